package vn.motcua.desk.main;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.QueueService.Queue;

/**
 * A queue in the side bar: its name (wrapping, never cut) and its live count, red when overdue dossiers wait, amber
 * when some are due soon; the tooltip names its Ctrl+digit key.
 */
final class QueueNavCell extends ListCell<Queue> {
    private final MainViewModel vm;
    private final Messages m;

    QueueNavCell(MainViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        setPrefWidth(0); // cells take the list's width: long names wrap instead of pushing counts away
    }

    /**
     * As tall as the name needs at the list's width: the cell's skin asks its graphic for one line's height, so a
     * name that wraps ("Refused / Stopped / Withdrawn" in English) would be cut to "…" in its second line.
     */
    @Override
    protected double computePrefHeight(double width) {
        double own = super.computePrefHeight(width);
        double w = width > 0 ? width : getWidth();
        if (getGraphic() instanceof Region g && w > 0) {
            javafx.geometry.Insets in = getInsets();
            return Math.max(own, g.prefHeight(w - in.getLeft() - in.getRight()) + in.getTop() + in.getBottom());
        }
        return own;
    }

    @Override
    protected void updateItem(Queue q, boolean empty) {
        super.updateItem(q, empty);
        if (empty || q == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(m.of("queue", q));
        name.setMaxWidth(Double.MAX_VALUE);
        name.setMinWidth(0);
        name.setWrapText(true);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(vm.count(q).asString());
        count.getStyleClass().add("nav-count");
        String alert = q == Queue.OVERDUE ? "nav-count-overdue" : q == Queue.DUE_SOON ? "nav-count-due-soon" : null;
        if (alert != null) {
            ChangeListener<Number> colour = (obs, old, n) -> {
                count.getStyleClass().remove(alert);
                if (n.intValue() > 0) {
                    count.getStyleClass().add(alert);
                }
            };
            vm.count(q).addListener(new WeakChangeListener<>(colour));
            count.getProperties().put("colour", colour);
            colour.changed(null, null, vm.count(q).get());
        }
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, name, count);
        box.setAlignment(Pos.CENTER_LEFT);
        setText(null);
        setGraphic(box);
        setId("nav-" + q.name());
        setTooltip(q.ordinal() < MainView.QUEUE_KEYS ? new Tooltip("Ctrl+" + (q.ordinal() + 1)) : null);
    }
}
