package vn.motcua.desk.main;

import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ListView;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.QueueService.Queue;

/** The queue side bar of the main window: its rows, their keys (Ctrl+1 … Ctrl+9) and its focus on entry. */
final class SideBar {
    /** How many queues have a Ctrl+digit key. */
    static final int QUEUE_KEYS = 9;

    private SideBar() {
    }

    /** Fills the list with every queue and makes a queue take the focus ring when Tab enters the list. */
    static void install(ListView<Queue> list, MainViewModel vm, Messages m) {
        list.getItems().setAll(Queue.values());
        list.setCellFactory(l -> new QueueNavCell(vm, m));
        // Tab into the side bar from a page that is not a queue (no queue selected): a queue takes the focus ring,
        // else the list holds the focus with nothing drawn
        list.focusedProperty().addListener((obs, was, now) -> {
            if (now && list.getFocusModel().getFocusedIndex() < 0) {
                list.getFocusModel().focus(Math.max(0, list.getSelectionModel().getSelectedIndex()));
            }
        });
    }

    /** The queues Ctrl+1 … Ctrl+9 open, in order (F1 lists them). */
    static List<Queue> keyedQueues() {
        return Arrays.asList(Queue.values()).subList(0, Math.min(QUEUE_KEYS, Queue.values().length));
    }
}
