package vn.motcua.desk.main;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.Session;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.dossier.DossierDetailView;
import vn.motcua.desk.dossier.DossierDetailViewModel;
import vn.motcua.desk.help.HelpDialog;
import vn.motcua.desk.queue.QueueView;
import vn.motcua.desk.queue.QueueViewModel;
import vn.motcua.desk.register.ReceivedDialog;
import vn.motcua.desk.register.RegisterView;
import vn.motcua.desk.register.RegisterViewModel;
import vn.motcua.desk.settings.SettingsDialog;
import vn.motcua.desk.sync.RatingPanel;
import vn.motcua.desk.sync.SyncStatusBar;
import vn.motcua.desk.users.UsersDialog;
import vn.motcua.service.DeskContext;
import vn.motcua.service.QueueService.Queue;

/**
 * The main window: queues with live counts on the left, the work area in the middle (a queue, the registration form
 * or a dossier), the status bar, the function-key shortcuts and the idle lock.
 */
public final class MainView {
    /** What the main window asks of the application shell. */
    public interface Shell {
        void signOut();

        /** The preferences were saved ({@code languageChanged} tells whether the language changed); the shell rebuilds the window. */
        void preferencesChanged(boolean languageChanged);

        /** Closes the database, restores the given backup and reopens the desk; null when not available. */
        default java.util.function.Consumer<java.nio.file.Path> restorer() {
            return null;
        }
    }

    @FXML private BorderPane frame;
    @FXML private Label officeTitle;
    @FXML private Button registerButton;
    @FXML private Button helpButton;
    @FXML private Button supervisorButton;
    @FXML private Button reportsButton;
    @FXML private MenuButton userMenu;
    @FXML private MenuItem usersItem;
    @FXML private ListView<Queue> navList;
    @FXML private StackPane content;
    @FXML private Label userStatus;
    @FXML private Label officeStatus;
    @FXML private Label deskStatus;
    @FXML private Label connectionStatus;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label dateStatus;

    private final StackPane root;
    private final DeskContext ctx;
    private final Session session;
    private final Messages m;
    private final FxTaskExecutor tasks;
    private final ReceiptPrinter printer;
    private final vn.motcua.desk.print.DeskPrinting printing;
    private final DeskPreferences prefs;
    private final Shell shell;
    private final MainViewModel vm;
    private final QueueViewModel queueVm;
    private final QueueView queueView;
    private RegisterViewModel registerVm;
    private RegisterView registerView;
    private SessionLock sessionLock;
    private vn.motcua.desk.supervisor.SupervisorViewModel supervisorVm;
    private vn.motcua.desk.supervisor.SupervisorView supervisorView;
    private vn.motcua.desk.report.ReportsViewModel reportsVm;
    private vn.motcua.desk.report.ReportsView reportsView;
    private final IdleTimer idle;
    private final Timeline clockTick;
    private SyncStatusBar syncBar;
    private final javafx.collections.ListChangeListener<javafx.stage.Window> windowWatch = this::windowsChanged;
    private final javafx.beans.value.ChangeListener<Boolean> showingWatch = (obs, was, showing) -> {
        if (!showing) {
            dispose();
        }
    };
    private final javafx.event.EventHandler<InputEvent> activityFilter = this::activity;
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowWatchOfScene = (obs, old, w) -> {
        if (w == null) {
            dispose(); // the scene was taken off its window: the window is gone for this view
        } else {
            watchWindow(w);
        }
    };
    private javafx.stage.Window window;
    private boolean disposed;

    public MainView(DeskContext ctx, Session session, Messages messages, FxTaskExecutor tasks, ReceiptPrinter printer,
                    DeskPreferences prefs, Shell shell) {
        this(ctx, session, messages, tasks, printer, prefs, shell, IdleClock.SYSTEM);
    }

    /** @param idleClock the clock of the idle lock ({@link IdleClock#SYSTEM}; tests move one by hand) */
    public MainView(DeskContext ctx, Session session, Messages messages, FxTaskExecutor tasks, ReceiptPrinter printer,
                    DeskPreferences prefs, Shell shell, IdleClock idleClock) {
        this.idle = new IdleTimer(idleClock, this::lock);
        this.ctx = ctx;
        this.session = session;
        this.m = messages;
        this.tasks = tasks;
        this.printer = printer;
        this.prefs = prefs;
        this.shell = shell;
        this.root = FxmlView.load(this, "MainView.fxml", messages);
        this.vm = new MainViewModel(session, ctx.queues(), tasks, messages, ctx.clock());
        this.queueVm = new QueueViewModel(ctx.queues(), tasks, messages);
        this.queueView = new QueueView(queueVm, messages, this::showDossier);
        officeTitle.setText(session.office().officeName());
        registerButton.setGraphic(Icons.of(Material2AL.ADD));
        helpButton.setGraphic(Icons.of(Material2AL.HELP_OUTLINE));
        userMenu.setText(session.actor().fullName());
        userMenu.setGraphic(Icons.of(Material2AL.ACCOUNT_CIRCLE));
        usersItem.setVisible(vm.isAdmin());
        if (prefs.textScale() >= 150) {
            // large text: the office and the user are in the status bar already; keep the header to what is used
            officeTitle.setVisible(false);
            officeTitle.setManaged(false);
            helpButton.setText(null);
            helpButton.setTooltip(new javafx.scene.control.Tooltip(m.t("main.help")));
            userMenu.setText(null);
            userMenu.setTooltip(new javafx.scene.control.Tooltip(session.actor().fullName()));
        }
        registerButton.setMinWidth(Region.USE_PREF_SIZE);
        this.printing = printer instanceof vn.motcua.desk.print.DeskPrinting dp ? dp
                : vn.motcua.desk.print.DeskPrinting.standard(ctx.print(), session.actor(), m, tasks);
        vn.motcua.desk.backup.ToolsMenu.install(userMenu, ctx, session.actor(), m, tasks, printing,
                shell.restorer());
        boolean supervises = session.actor().role() != vn.motcua.domain.account.Role.CLERK;
        supervisorButton.setVisible(supervises);
        supervisorButton.setManaged(supervises);
        supervisorButton.setGraphic(Icons.of(Material2AL.DASHBOARD));
        reportsButton.setVisible(supervises);
        reportsButton.setManaged(supervises);
        reportsButton.setGraphic(Icons.of(Material2AL.INSERT_CHART_OUTLINED));
        setUpNav();
        setUpStatusBar();
        clockTick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), e -> {
            vm.tick();
            vm.refreshCounts();
        }));
        clockTick.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                detach(old);
            }
            if (scene != null && !disposed) {
                attach(scene);
            }
        });
        navList.getSelectionModel().select(Queue.NEW);
        vm.refreshCounts();
    }

    private void setUpNav() {
        navList.getItems().setAll(Queue.values());
        navList.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0); // cells take the list's width: long names wrap instead of pushing counts away
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
                String alert = q == Queue.OVERDUE ? "nav-count-overdue" : q == Queue.DUE_SOON ? "nav-count-due-soon"
                        : null;
                if (alert != null) {
                    javafx.beans.value.ChangeListener<Number> colour = (obs, old, n) -> {
                        count.getStyleClass().remove(alert);
                        if (n.intValue() > 0) {
                            count.getStyleClass().add(alert);
                        }
                    };
                    vm.count(q).addListener(new javafx.beans.value.WeakChangeListener<>(colour));
                    count.getProperties().put("colour", colour);
                    colour.changed(null, null, vm.count(q).get());
                }
                count.setMinWidth(Region.USE_PREF_SIZE);
                HBox box = new HBox(6, name, count);
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setText(null);
                setGraphic(box);
                setId("nav-" + q.name());
            }
        });
        navList.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            if (q != null) {
                showQueue(q);
            }
        });
    }

    private void setUpStatusBar() {
        userStatus.setText(vm.userLine());
        userStatus.setGraphic(Icons.of(Material2AL.ACCOUNT_CIRCLE));
        officeStatus.setText(session.office().officeName() + " · " + session.office().agencyCode());
        officeStatus.setGraphic(Icons.of(Material2AL.ACCOUNT_BALANCE));
        deskStatus.setText(m.t("status.desk", session.office().deskNo()));
        deskStatus.setGraphic(Icons.of(Material2AL.DESKTOP_WINDOWS));
        syncBar = new SyncStatusBar(connectionStatus, ctx, session, m, tasks);
        syncBar.addMenuItems(userMenu, usersItem);
        busyIndicator.visibleProperty().bind(tasks.busyProperty());
        dateStatus.textProperty().bind(vm.todayProperty());
        dateStatus.setGraphic(Icons.of(Material2AL.EVENT));
    }

    private void attach(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F2), this::showRegister);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), this::focusSearch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F9), this::submitRegistration);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        // input in any window of the desk (the main one and its dialogs) counts as activity
        javafx.stage.Window.getWindows().forEach(this::watch);
        javafx.stage.Window.getWindows().addListener(windowWatch);
        watchWindow(scene.getWindow());
        scene.windowProperty().addListener(windowWatchOfScene);
        sessionLock = new SessionLock(root, frame, m, () -> new LockOverlay(m, session.actor(),
                ctx.accounts(), tasks, this::unlock, this::signOutFromLock));
        startIdleTimer();
        clockTick.play();
        syncBar.start();
    }

    private void detach(Scene scene) {
        clockTick.stop();
        syncBar.stop();
        idle.stop();
        if (sessionLock != null) {
            sessionLock.unlock();
        }
        javafx.stage.Window.getWindows().removeListener(windowWatch);
        javafx.stage.Window.getWindows().forEach(w -> w.removeEventFilter(InputEvent.ANY, activityFilter));
        if (window != null) {
            window.showingProperty().removeListener(showingWatch);
            window = null;
        }
        if (scene != null) {
            scene.getAccelerators().clear();
            scene.windowProperty().removeListener(windowWatchOfScene);
        }
    }

    private void watchWindow(javafx.stage.Window w) {
        if (window != null) {
            window.showingProperty().removeListener(showingWatch);
        }
        window = w;
        if (window != null) {
            window.showingProperty().addListener(showingWatch);
        }
    }

    private void windowsChanged(javafx.collections.ListChangeListener.Change<? extends javafx.stage.Window> c) {
        while (c.next()) {
            c.getRemoved().forEach(w -> w.removeEventFilter(InputEvent.ANY, activityFilter));
            c.getAddedSubList().forEach(this::watch);
        }
    }

    /** Input counts as activity in the main window and the windows it owns, not in the counter screen. */
    private void watch(javafx.stage.Window w) {
        w.removeEventFilter(InputEvent.ANY, activityFilter);
        w.addEventFilter(InputEvent.ANY, activityFilter);
    }

    private void activity(InputEvent e) {
        if (locked() || !(e.getSource() instanceof javafx.stage.Window w) || !ownedByMain(w)) {
            return;
        }
        if (e instanceof KeyEvent || e.getEventType() == MouseEvent.MOUSE_MOVED
                || e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == MouseEvent.MOUSE_DRAGGED
                || e instanceof ScrollEvent) {
            idle.touch();
        }
    }

    private boolean ownedByMain(javafx.stage.Window w) {
        for (javafx.stage.Window x = w; x != null; x = x instanceof javafx.stage.Stage s ? s.getOwner()
                : x instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null) {
            if (x == window) {
                return true;
            }
        }
        return false;
    }

    private void startIdleTimer() {
        idle.start(java.time.Duration.ofMinutes(prefs.idleMinutes()));
    }

    private boolean locked() {
        return sessionLock != null && sessionLock.isLocked();
    }

    // ---- navigation -------------------------------------------------------------------------------------------

    public void showQueue(Queue q) {
        if (locked()) {
            return;
        }
        if (navList.getSelectionModel().getSelectedItem() != q) {
            navList.getSelectionModel().select(q);
            return;
        }
        queueView.resetSortHeader();
        queueVm.show(q);
        setContent(queueView.root());
    }

    private void backToQueue() {
        Queue q = navList.getSelectionModel().getSelectedItem();
        queueVm.load();
        vm.refreshCounts();
        setContent(queueView.root());
        if (q == null) {
            navList.getSelectionModel().select(Queue.NEW);
        }
    }

    @FXML
    public void showRegister() {
        if (locked()) {
            return;
        }
        if (registerVm == null) {
            registerVm = new RegisterViewModel(RegisterViewModel.Services.of(ctx, session.actor()), ctx.clock(), tasks,
                    m, registered -> Platform.runLater(() -> {
                        syncBar.changed();
                        vm.refreshCounts();
                        queueVm.load();
                        ReceivedDialog.Choice choice = ReceivedDialog.show(root.getScene().getWindow(), m, registered,
                                printer, tasks);
                        registerVm.reset();
                        if (choice == ReceivedDialog.Choice.VIEW) {
                            showDossier(registered.dossier().code());
                        } else {
                            registerView.focusFirst();
                        }
                    }));
            registerView = new RegisterView(registerVm, m);
            registerVm.loadCatalogue();
        }
        navList.getSelectionModel().clearSelection();
        setContent(registerView.root());
        registerVm.refreshAppointment();
        registerView.focusFirst();
    }

    /** The supervisor's home (supervisor and admin; the service checks the role again). */
    @FXML
    public void showSupervisor() {
        if (locked()) {
            return;
        }
        if (supervisorView == null) {
            supervisorVm = new vn.motcua.desk.supervisor.SupervisorViewModel(ctx.dashboard(), ctx.apologies(),
                    session.actor(), tasks, m);
            supervisorView = new vn.motcua.desk.supervisor.SupervisorView(supervisorVm, m,
                    code -> showDossier(code, this::showSupervisor), entry -> printApology(entry.code()));
        }
        navList.getSelectionModel().clearSelection();
        setContent(supervisorView.root());
        supervisorVm.refresh();
    }

    /** Reports: satisfaction charts and the official exports (supervisor and admin; the services check again). */
    @FXML
    public void showReports() {
        if (locked()) {
            return;
        }
        if (reportsView == null) {
            reportsVm = new vn.motcua.desk.report.ReportsViewModel(ctx.dashboard(), ctx.ratings(), session.actor(),
                    session.office(), tasks, m);
            reportsView = new vn.motcua.desk.report.ReportsView(reportsVm, m);
        }
        navList.getSelectionModel().clearSelection();
        setContent(reportsView.root());
        reportsVm.load();
    }

    /** The counter rating screen in its own window (a second monitor when there is one). */
    @FXML
    private void showCounterRating() {
        vn.motcua.desk.rating.CounterRatingView.open(root.getScene().getWindow(), ctx.ratings(), session.actor(),
                tasks, m);
    }

    /** Prints the apology slip just recorded with the office's settings for that form; failures are shown. */
    private void printApology(String code) {
        vn.motcua.desk.common.BackgroundTask.wrapRunnable(() -> {
            byte[] pdf = ctx.print().formPdf(vn.motcua.print.FormType.APOLOGY, code, session.actor(), null);
            ctx.print().printWithSettings(vn.motcua.print.FormType.APOLOGY, pdf);
        }).onFailure(e -> vn.motcua.desk.common.Dialogs.error(root.getScene().getWindow(), m,
                m.t("supervisor.apology.printFailed", vn.motcua.desk.common.ErrorMessages.of(e, m))))
                .executeWith(tasks);
    }

    public void showDossier(String code) {
        showDossier(code, this::backToQueue);
    }

    private void showDossier(String code, Runnable back) {
        if (locked()) {
            return;
        }
        DossierDetailViewModel dvm = new DossierDetailViewModel(ctx, session.actor(), tasks, m, () -> {
            syncBar.changed();
            vm.refreshCounts();
            queueVm.load();
        });
        DossierDetailView view = new DossierDetailView(dvm, m, back);
        new vn.motcua.desk.print.DossierPrintMenu(printing, m).attach(view, dvm);
        RatingPanel rating = new RatingPanel(ctx.sync(), m, tasks);
        vn.motcua.desk.fee.FeePanel fee = new vn.motcua.desk.fee.FeePanel(ctx.fees(), session.actor(), m, tasks);
        view.extraBox().getChildren().addAll(fee.root(), rating.root());
        setContent(view.root());
        dvm.load(code);
        fee.load(code);
        rating.load(code);
    }

    private void setContent(Node node) {
        content.getChildren().setAll(node);
    }

    /** F3: look a dossier up among all of them, whatever its status (the box keeps what was typed). */
    private void focusSearch() {
        if (locked()) {
            return;
        }
        if (navList.getSelectionModel().getSelectedItem() != Queue.ALL) {
            navList.getSelectionModel().select(Queue.ALL);
        } else if (!content.getChildren().contains(queueView.root())) {
            showQueue(Queue.ALL);
        }
        Platform.runLater(queueView::focusSearch);
    }

    private void refresh() {
        if (!locked()) {
            vm.refreshCounts();
            queueVm.load();
        }
    }

    private void submitRegistration() {
        if (!locked() && registerView != null && content.getChildren().contains(registerView.root())) {
            registerView.submitIfValid();
        }
    }

    // ---- menu -------------------------------------------------------------------------------------------------

    @FXML
    private void showHelp() {
        HelpDialog.show(root.getScene().getWindow(), m);
    }

    @FXML
    private void showSettings() {
        SettingsDialog.show(root.getScene().getWindow(), m, prefs, tasks).ifPresent(languageChanged -> {
            startIdleTimer();
            shell.preferencesChanged(languageChanged);
        });
    }

    @FXML
    private void showUsers() {
        UsersDialog.show(root.getScene().getWindow(), m, ctx.accounts(), session.actor(), tasks);
    }

    /** Locks the desk (Ctrl+L, or by itself after the idle time): every window of it, dialogs included. */
    @FXML
    public void lock() {
        if (locked() || sessionLock == null || disposed) {
            return;
        }
        idle.stop();
        syncBar.stop();
        sessionLock.lock();
    }

    private void unlock() {
        sessionLock.unlock();
        startIdleTimer();
        syncBar.start();
    }

    /** "Đăng nhập tài khoản khác" on the lock: the session ends, its dialogs close, the sign-in screen shows. */
    private void signOutFromLock() {
        sessionLock.endSession();
        shell.signOut();
    }

    /** Whether the desk is locked now. */
    public boolean isLocked() {
        return locked();
    }

    /** Whether the window's timers (counts, date, idle lock, sync) run; false for good after {@link #dispose()}. */
    public boolean isActive() {
        return !disposed && clockTick.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** The window holding the lock's password card, while locked. */
    public javafx.stage.Stage lockWindow() {
        return sessionLock == null ? null : sessionLock.cardStage();
    }

    @FXML
    private void signOut() {
        shell.signOut();
    }

    public StackPane root() {
        return root;
    }

    /**
     * Stops for good everything the window runs in the background (the count/date tick, the sync schedule, the idle
     * lock): called on sign-out and when the window closes. Counts still being loaded are dropped.
     */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        vm.dispose();
        detach(root.getScene());
    }

}
