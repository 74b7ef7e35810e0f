package vn.motcua.desk.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Column headers never cut at any text size: once the table has its skin (and again when its style changes, e.g. the
 * text size), each column's minimum width becomes its header's text width. Widths set in pixels elsewhere do not
 * grow with 150–200 % text; this does.
 */
public final class TableHeaders {
    private TableHeaders() {
    }

    public static void neverCut(TableView<?> table) {
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                Platform.runLater(() -> fit(table));
            }
        });
        table.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> fit(table));
            }
        });
    }

    /**
     * Also keeps {@code column} wide enough for {@code sample} (the longest value it shows, e.g. "Quá hạn 999 ngày"),
     * measured in the table's own font so it follows the text size.
     */
    public static void fitText(TableView<?> table, javafx.scene.control.TableColumn<?, ?> column, String sample) {
        column.getProperties().put(SAMPLE, sample);
        neverCut(table);
    }

    private static final String SAMPLE = "motcua.sample";

    private static void fit(TableView<?> table) {
        table.applyCss();
        for (var column : table.getColumns()) {
            if (column.getProperties().get(SAMPLE) instanceof String sample) {
                javafx.scene.text.Text t = new javafx.scene.text.Text(sample);
                Node anyCell = table.lookup(".table-cell");
                Node header = table.lookup(".column-header .label");
                javafx.scene.text.Font font = anyCell instanceof javafx.scene.control.Labeled l ? l.getFont()
                        : header instanceof Label l ? l.getFont() : null;
                if (font != null) {
                    t.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD,
                            font.getSize()));
                }
                double need = Math.ceil(t.getLayoutBounds().getWidth() + 24);
                widen(column, need);
            }
        }
        for (Node header : table.lookupAll(".column-header")) {
            if (!(header instanceof javafx.scene.control.skin.TableColumnHeader h) || h.getTableColumn() == null) {
                continue;
            }
            Node label = h.lookup(".label");
            if (label instanceof Label l) {
                double need = Math.ceil(l.prefWidth(-1) + h.snappedLeftInset() + h.snappedRightInset() + 8);
                widen(h.getTableColumn(), need);
            }
        }
    }

    /** Raises a column's minimum (and preferred) width to {@code need}, leaving widths the screen binds alone. */
    private static void widen(javafx.scene.control.TableColumnBase<?, ?> column, double need) {
        if (column.getMinWidth() < need && !column.minWidthProperty().isBound()) {
            column.setMinWidth(need);
        }
        if (column.getPrefWidth() < need && !column.prefWidthProperty().isBound()) {
            column.setPrefWidth(need);
        }
    }
}
