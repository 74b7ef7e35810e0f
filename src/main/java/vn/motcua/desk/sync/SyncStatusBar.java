package vn.motcua.desk.sync;

import java.time.Duration;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Notices;
import vn.motcua.desk.common.TaskExecutor;
import vn.motcua.domain.account.Role;
import vn.motcua.service.DeskContext;

/**
 * The status bar's connectivity item and its sync scheduler: the label the main window already has (online /
 * offline, pending events, last sync, errors in the tooltip), an amber clock warning and the "Đồng bộ ngay" button
 * placed right after it, and the menu entries "Kết nối máy chủ…" (administrator) and "Lỗi đồng bộ…" (supervisor).
 * The scheduler runs only while the main window is open, unlocked, and the desk is enrolled.
 */
public final class SyncStatusBar {
    private static final Logger LOG = LoggerFactory.getLogger(SyncStatusBar.class);
    static final Duration PERIOD = Duration.ofMinutes(1);
    static final Duration RETRY = Duration.ofSeconds(15);

    private final DeskContext ctx;
    private final Session session;
    private final Messages m;
    private final TaskExecutor tasks;
    private final SyncStatusViewModel vm;
    private final Label connection;
    private final Label clockWarning = new Label();
    private final Button syncNow = new Button();
    private SyncScheduler scheduler;
    private boolean wanted;
    private boolean syncAsked;
    private boolean lostConnection;

    public SyncStatusBar(Label connection, DeskContext ctx, Session session, Messages messages, TaskExecutor tasks) {
        this.ctx = ctx;
        this.session = session;
        this.m = messages;
        this.tasks = tasks;
        this.connection = connection;
        this.vm = new SyncStatusViewModel(messages, ctx.clock());
        connection.textProperty().bind(vm.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.detailsProperty());
        tip.setShowDuration(javafx.util.Duration.seconds(20));
        connection.setTooltip(tip);
        vm.lookProperty().addListener((obs, old, look) -> showLook(look));
        showLook(vm.lookProperty().get());
        // "1 lỗi đồng bộ" in red: a supervisor clicks it to see the list
        connection.setOnMouseClicked(e -> {
            if (vm.lookProperty().get() == SyncStatusViewModel.Look.PROBLEM && mayResolve()) {
                openQuarantine(connection.getScene().getWindow());
            }
        });

        clockWarning.setId("status-clock");
        clockWarning.getStyleClass().add("clock-warning");
        clockWarning.setGraphic(Icons.of(Material2AL.ACCESS_TIME));
        clockWarning.setWrapText(true);
        clockWarning.textProperty().bind(vm.clockWarningProperty());
        clockWarning.visibleProperty().bind(vm.clockWarningProperty().isNotEmpty());
        clockWarning.managedProperty().bind(clockWarning.visibleProperty());

        syncNow.setId("status-sync-now");
        syncNow.setText(m.t("sync.now"));
        syncNow.setGraphic(Icons.of(Material2MZ.SYNC));
        syncNow.getStyleClass().addAll("flat", "small");
        syncNow.setMinWidth(Region.USE_PREF_SIZE);
        syncNow.setOnAction(e -> syncNow());
        syncNow.visibleProperty().bind(vm.enrolledProperty());
        syncNow.managedProperty().bind(syncNow.visibleProperty());

        if (connection.getParent() instanceof Pane bar) {
            int at = bar.getChildren().indexOf(connection);
            bar.getChildren().addAll(at + 1, java.util.List.of(syncNow, clockWarning));
        }
    }

    private boolean mayResolve() {
        Role role = session.actor().role();
        return role == Role.ADMIN || role == Role.SUPERVISOR;
    }

    private void openQuarantine(javafx.stage.Window owner) {
        QuarantineDialog.show(owner, m, new QuarantineViewModel(ctx.sync(), session.actor(), tasks, m), this::changed);
    }

    private void showLook(SyncStatusViewModel.Look look) {
        connection.setCursor(look == SyncStatusViewModel.Look.PROBLEM && mayResolve() ? javafx.scene.Cursor.HAND
                : javafx.scene.Cursor.DEFAULT);
        for (SyncStatusViewModel.Look l : SyncStatusViewModel.Look.values()) {
            connection.getStyleClass().remove(l.styleClass());
        }
        connection.getStyleClass().add(look.styleClass());
        connection.setGraphic(Icons.of(switch (look) {
            case ONLINE -> Material2AL.CLOUD_DONE;
            case PROBLEM -> Material2AL.ERROR_OUTLINE;
            default -> Material2AL.CLOUD_OFF;
        }));
    }

    /** Adds "Kết nối máy chủ…" and "Lỗi đồng bộ…" to the user menu, after {@code after}, as the role allows. */
    public void addMenuItems(MenuButton menu, MenuItem after) {
        int at = menu.getItems().indexOf(after) + 1;
        Role role = session.actor().role();
        if (role == Role.ADMIN) {
            MenuItem connect = new MenuItem(m.t("sync.connection.menu"));
            connect.setId("menu-sync-connection");
            connect.setOnAction(e -> ConnectionDialog.show(menu.getScene().getWindow(), m,
                    new ConnectionViewModel(ctx.sync(), session.actor(), tasks, m, ctx.clock()), this::enrolled));
            menu.getItems().add(at++, connect);
        }
        if (mayResolve()) {
            MenuItem errors = new MenuItem(m.t("sync.quarantine.menu"));
            errors.setId("menu-sync-quarantine");
            errors.setOnAction(e -> openQuarantine(menu.getScene().getWindow()));
            menu.getItems().add(at, errors);
        }
    }

    /** The main window opened or was unlocked: show the status and sync in the background if enrolled. */
    public void start() {
        wanted = true;
        BackgroundTask.wrap(() -> ctx.sync().status())
                .onSuccess(s -> {
                    vm.show(s);
                    if (s.enrolled() && wanted) {
                        startScheduler();
                    }
                })
                .onFailure(e -> LOG.error("Cannot read the sync status", e))
                .executeWith(tasks);
    }

    /** The window closes or locks: no more runs until {@link #start()}. */
    public void stop() {
        wanted = false;
        if (scheduler != null && scheduler.isRunning()) {
            scheduler.cancel();
        }
        vm.syncingProperty().set(false);
    }

    /** "Đồng bộ ngay". */
    public void syncNow() {
        syncAsked = true;
        if (scheduler == null) {
            start();
        } else {
            scheduler.syncNow();
        }
    }

    /** Something changed locally (a registration, an action, a retried event): re-read the counts. */
    public void changed() {
        BackgroundTask.wrap(() -> ctx.sync().status())
                .onSuccess(vm::show)
                .onFailure(e -> LOG.error("Cannot read the sync status", e))
                .executeWith(tasks);
    }

    private void enrolled() {
        if (scheduler == null) {
            start();
        } else {
            scheduler.syncNow();
        }
    }

    private void startScheduler() {
        if (scheduler == null) {
            scheduler = new SyncScheduler(ctx.sync()::syncNow, ctx.sync()::status, PERIOD, RETRY, m::msg);
            javafx.beans.InvalidationListener show = obs -> vm.show(true, scheduler.onlineProperty().get(),
                    scheduler.pendingEventsProperty().get(), scheduler.quarantinedProperty().get(),
                    scheduler.lastSuccessProperty().get(), scheduler.lastErrorProperty().get(),
                    scheduler.clockWarningProperty().get(), scheduler.pendingFilesProperty().get());
            scheduler.onlineProperty().addListener(show);
            scheduler.pendingFilesProperty().addListener(show);
            scheduler.pendingEventsProperty().addListener(show);
            scheduler.quarantinedProperty().addListener(show);
            scheduler.lastSuccessProperty().addListener(show);
            scheduler.lastErrorProperty().addListener(show);
            scheduler.clockWarningProperty().addListener(show);
            noticeChanges();
            scheduler.stateProperty().addListener((obs, old, state) ->
                    vm.syncingProperty().set(state == Worker.State.RUNNING));
        }
        if (!scheduler.isRunning()) {
            scheduler.restart();
        }
    }

    /**
     * Corner notices for what the clerk should know without looking at the status bar: the central server was lost
     * or came back, some changes were set aside (sync errors), a sync asked for by hand is done.
     */
    private void noticeChanges() {
        scheduler.onlineProperty().addListener((obs, was, online) -> {
            if (!online && was) { // lost after working; the first connection of the day says nothing
                lostConnection = true;
                notice(Notices.Kind.WARNING, m.t("notice.sync.offline"));
            } else if (online && lostConnection) {
                lostConnection = false;
                notice(Notices.Kind.DONE, m.t("notice.sync.online"));
            }
        });
        scheduler.quarantinedProperty().addListener((obs, was, now) -> {
            if (now.intValue() > was.intValue()) {
                notice(Notices.Kind.WARNING, m.t("notice.sync.quarantined", now.intValue() - was.intValue()));
            }
        });
        scheduler.lastSuccessProperty().addListener((obs, was, now) -> {
            if (syncAsked && now != null) {
                syncAsked = false;
                notice(Notices.Kind.DONE, m.t("notice.sync.done"));
            }
        });
    }

    private void notice(Notices.Kind kind, String text) {
        Notices.show(connection.getScene() == null ? null : connection.getScene().getWindow(), kind, text);
    }

    SyncStatusViewModel viewModel() {
        return vm;
    }
}
