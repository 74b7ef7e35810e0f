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

    private static void fit(TableView<?> table) {
        table.applyCss();
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
