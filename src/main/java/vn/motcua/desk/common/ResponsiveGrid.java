package vn.motcua.desk.common;

import javafx.scene.Node;
import javafx.scene.layout.GridPane;

/**
 * A form grid of label/field pairs laid out in four columns (two pairs a row) that folds into two columns (one pair
 * a row) when it is narrower than a width given in em, so large text sizes stay readable instead of squeezing fields.
 */
public final class ResponsiveGrid {
    private static final String ORIGIN = "responsive-grid-origin";

    private ResponsiveGrid() {
    }

    public static void foldBelow(GridPane grid, double em) {
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            Integer c = GridPane.getColumnIndex(n);
            Integer span = GridPane.getColumnSpan(n);
            n.getProperties().put(ORIGIN, new int[] {r == null ? 0 : r, c == null ? 0 : c, span == null ? 1 : span});
        }
        Runnable apply = () -> layout(grid, grid.getWidth() > 0 && grid.getWidth() < em * fontPx());
        grid.widthProperty().addListener((obs, old, now) -> apply.run());
        Icons.sizeProperty().addListener((obs, old, now) -> apply.run());
    }

    private static double fontPx() {
        return Icons.sizeProperty().get() / 1.15;
    }

    private static void layout(GridPane grid, boolean narrow) {
        Boolean current = (Boolean) grid.getProperties().get("narrow");
        if (current != null && current == narrow) {
            return;
        }
        grid.getProperties().put("narrow", narrow);
        var cols = grid.getColumnConstraints();
        for (int i = 2; i < cols.size(); i++) {
            cols.get(i).setHgrow(narrow ? javafx.scene.layout.Priority.NEVER
                    : i == 3 ? javafx.scene.layout.Priority.ALWAYS : null);
            cols.get(i).setMaxWidth(narrow ? 0 : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            cols.get(i).setMinWidth(narrow ? 0 : i == 2 ? Double.NEGATIVE_INFINITY
                    : javafx.scene.layout.Region.USE_COMPUTED_SIZE);
        }
        grid.setHgap(narrow ? 0 : 12);
        for (Node n : grid.getChildren()) {
            if (n instanceof javafx.scene.control.Label l && l.getStyleClass().contains("field-label")) {
                javafx.scene.layout.GridPane.setMargin(l, narrow ? new javafx.geometry.Insets(0, 12, 0, 0) : null);
            }
        }
        for (Node n : grid.getChildren()) {
            int[] o = (int[]) n.getProperties().get(ORIGIN);
            if (o == null) {
                continue;
            }
            if (narrow) {
                GridPane.setConstraints(n, o[1] % 2, o[0] * 2 + (o[1] >= 2 ? 1 : 0), 1, 1);
            } else {
                GridPane.setConstraints(n, o[1], o[0], o[2], 1);
            }
        }
    }
}
