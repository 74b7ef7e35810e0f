package vn.motcua.desk.queue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.motcua.desk.common.Icons;
import vn.motcua.service.QueueService.QueueRow;

/**
 * Keeps the queue's columns on screen: the procedure name takes the room the others leave, and when the text is
 * large (150–200 % on a 1366 px screen) the least needed columns hide, in a fixed order, until the rest fit. The
 * table's column chooser (the "+" at the right of the header) shows or hides any column; a column the clerk chose
 * there stays as chosen.
 */
final class QueueColumns {
    /** The narrowest the procedure column gets, in em, before another column gives way. */
    private static final double PROCEDURE_MIN_EM = 12;

    private final TableView<QueueRow> table;
    private final TableColumn<QueueRow, ?> procedure;
    private final TableColumn<QueueRow, ?> status;
    private final List<TableColumn<QueueRow, ?>> hideOrder;
    private final Set<TableColumn<QueueRow, ?>> autoHidden = new HashSet<>();
    private final Set<TableColumn<QueueRow, ?>> chosen = new HashSet<>();
    private boolean statusNeeded = true;
    private boolean adjusting;

    QueueColumns(TableView<QueueRow> table, TableColumn<QueueRow, ?> procedure, TableColumn<QueueRow, ?> status,
                 List<TableColumn<QueueRow, ?>> hideOrder) {
        this.table = table;
        this.procedure = procedure;
        this.status = status;
        this.hideOrder = hideOrder;
        table.setTableMenuButtonVisible(true);
        for (TableColumn<QueueRow, ?> c : table.getColumns()) {
            c.visibleProperty().addListener((obs, was, now) -> {
                if (!adjusting) {
                    chosen.add(c); // the clerk's own choice in the column chooser
                    autoHidden.remove(c);
                    fit();
                }
            });
            if (c != procedure) {
                c.widthProperty().addListener((obs, was, now) -> fit()); // follows the text size (widths in em)
            }
        }
        table.widthProperty().addListener((obs, was, now) -> fit());
    }

    /** A one-status queue needs no status column (unless the clerk asked for it). */
    void statusNeeded(boolean needed) {
        statusNeeded = needed;
        if (!chosen.contains(status)) {
            set(status, needed && !autoHidden.contains(status));
        }
        fit();
    }

    /** The columns shown now, for tests. */
    List<TableColumn<QueueRow, ?>> shown() {
        return table.getColumns().stream().filter(TableColumn::isVisible).toList();
    }

    private void fit() {
        if (adjusting || table.getWidth() <= 0) {
            return;
        }
        double room = table.getWidth() - 2.5 * em() - PROCEDURE_MIN_EM * em();
        // give back what was hidden for lack of room, most needed first, while it fits
        for (int i = hideOrder.size() - 1; i >= 0; i--) {
            TableColumn<QueueRow, ?> c = hideOrder.get(i);
            if (autoHidden.contains(c) && othersWidth() + c.getMinWidth() <= room) {
                autoHidden.remove(c);
                set(c, c != status || statusNeeded);
            }
        }
        for (TableColumn<QueueRow, ?> c : hideOrder) {
            if (othersWidth() <= room) {
                break;
            }
            if (c.isVisible() && !chosen.contains(c)) {
                autoHidden.add(c);
                set(c, false);
            }
        }
        procedure.setPrefWidth(Math.max(PROCEDURE_MIN_EM * em(), table.getWidth() - othersWidth() - 2.5 * em()));
    }

    private double othersWidth() {
        return table.getColumns().stream().filter(c -> c != procedure && c.isVisible())
                .mapToDouble(c -> Math.max(c.getWidth(), c.getMinWidth())).sum();
    }

    private void set(TableColumn<QueueRow, ?> c, boolean visible) {
        adjusting = true;
        try {
            c.setVisible(visible);
        } finally {
            adjusting = false;
        }
    }

    private static double em() {
        return Icons.sizeProperty().get() / 1.15;
    }
}
