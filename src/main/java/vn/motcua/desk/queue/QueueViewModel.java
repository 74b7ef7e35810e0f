package vn.motcua.desk.queue;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.service.QueueService;
import vn.motcua.service.QueueService.Queue;
import vn.motcua.service.QueueService.QueueRow;
import vn.motcua.store.QueueRepository.Sort;

/**
 * One work queue as a paged table: which queue, the search text, the sort column, the page. Every change loads one
 * page in the background; answers to superseded requests are dropped, so fast typing never shows stale rows.
 */
public final class QueueViewModel {
    public static final int PAGE_SIZE = 50;

    private final ObjectProperty<Queue> queue = new SimpleObjectProperty<>(Queue.NEW);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(null);
    private final BooleanProperty ascending = new SimpleBooleanProperty(false);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final IntegerBinding pageCount;
    private final QueueService queues;
    private final TaskExecutor tasks;
    private final Messages messages;
    private long generation;

    public QueueViewModel(QueueService queues, TaskExecutor tasks, Messages messages) {
        this.queues = queues;
        this.tasks = tasks;
        this.messages = messages;
        this.pageCount = Bindings.createIntegerBinding(() -> Math.max(1, (total.get() + PAGE_SIZE - 1) / PAGE_SIZE),
                total);
    }

    /** Shows another queue from its first page, in its natural order, keeping the search text. */
    public void show(Queue q) {
        queue.set(q);
        sort.set(null);
        page.set(0);
        load();
    }

    public void search(String text) {
        search.set(text == null ? "" : text);
        page.set(0);
        load();
    }

    public void sortBy(Sort column, boolean asc) {
        sort.set(column);
        ascending.set(asc);
        page.set(0);
        load();
    }

    public void nextPage() {
        if (page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
            load();
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            page.set(page.get() - 1);
            load();
        }
    }

    /** Loads the current page; a later call supersedes an earlier one still running. */
    public void load() {
        long mine = ++generation;
        Queue q = queue.get();
        String text = search.get();
        Sort s = sort.get();
        boolean asc = ascending.get();
        int offset = page.get() * PAGE_SIZE;
        loading.set(true);
        BackgroundTask.wrap(() -> queues.page(q, text, s, asc, offset, PAGE_SIZE))
                .onSuccess(p -> {
                    if (mine == generation) {
                        error.set("");
                        total.set(p.total());
                        page.set(p.offset() / PAGE_SIZE);
                        rows.setAll(p.rows());
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        error.set(ErrorMessages.of(e, messages));
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .executeWith(tasks);
    }

    public ObjectProperty<Queue> queueProperty() {
        return queue;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerBinding pageCountProperty() {
        return pageCount;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<QueueRow> rows() {
        return rows;
    }
}
