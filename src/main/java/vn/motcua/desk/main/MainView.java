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
    @FXML private MenuItem workHoursItem;
    @FXML private MenuItem officeItem;
    @FXML private MenuItem catalogImportItem;
    @FXML private ListView<Queue> navList;
    @FXML private StackPane content;
    @FXML private Label userStatus;
    @FXML private Label officeStatus;
    @FXML private Label deskStatus;
    @FXML private Label connectionStatus;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label dateStatus;
    @FXML private Label qrStatus;
    @FXML private Button navToggle;
    @FXML private javafx.scene.layout.VBox nav;

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
    private vn.motcua.desk.register.DraftKeeper draftKeeper;
    private final vn.motcua.desk.register.RegistrationDraft.Store draftStore;
    private SessionLock sessionLock;
    private vn.motcua.desk.supervisor.SupervisorViewModel supervisorVm;
    private vn.motcua.desk.supervisor.SupervisorView supervisorView;
    private vn.motcua.desk.report.ReportsViewModel reportsVm;
    private vn.motcua.desk.report.ReportsView reportsView;
    private final IdleTimer idle;
    private final Timeline clockTick;
    private SyncStatusBar syncBar;
    private final vn.motcua.desk.scan.DeskScanning scanning;
    private final javafx.collections.ListChangeListener<javafx.stage.Window> windowWatch = this::windowsChanged;
    private final javafx.beans.value.ChangeListener<Boolean> showingWatch = (obs, was, showing) -> {
        if (!showing) {
            dispose();
        }
    };
    private final javafx.event.EventHandler<InputEvent> activityFilter = this::activity;
    /** Back in the main window (e.g. after the connection dialog enrolled the desk): the QR warning is checked. */
    private final javafx.beans.value.ChangeListener<Boolean> focusWatch = (obs, was, focused) -> {
        if (focused && !isDisposed()) {
            refreshQrStatus();
        }
    };
    private final javafx.beans.value.ChangeListener<javafx.stage.Window> windowWatchOfScene = (obs, old, w) -> {
        if (w == null) {
            dispose(); // the scene was taken off its window: the window is gone for this view
        } else {
            watchWindow(w);
        }
    };
    private javafx.stage.Window window;
    private boolean disposed;
    private boolean draftOffered;
    private boolean draftHandled;
    /** The window's shortcuts, in the order F1 lists them (see {@link #shortcuts()}). */
    private final java.util.Map<KeyCombination, Runnable> shortcuts = new java.util.LinkedHashMap<>();
    private final javafx.event.EventHandler<KeyEvent> shortcutFilter = this::shortcut;

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
        this.draftStore = new vn.motcua.desk.register.RegistrationDraft.Store(ctx.dataDir(),
                session.actor().username());
        this.vm = new MainViewModel(session, ctx.queues(), tasks, messages, ctx.clock());
        this.queueVm = new QueueViewModel(ctx.queues(), tasks, messages);
        this.queueView = new QueueView(queueVm, messages, this::showDossier);
        officeTitle.setText(session.office().officeName());
        registerButton.setGraphic(Icons.of(Material2AL.ADD));
        helpButton.setGraphic(Icons.of(Material2AL.HELP_OUTLINE));
        userMenu.setText(session.actor().fullName());
        userMenu.setGraphic(Icons.of(Material2AL.ACCOUNT_CIRCLE));
        usersItem.setVisible(vm.isAdmin());
        workHoursItem.setVisible(vm.isAdmin());
        officeItem.setVisible(vm.isAdmin());
        catalogImportItem.setVisible(vm.isAdmin());
        if (prefs.textScale() >= 150) {
            // large text: the office and the user are in the status bar already; keep the header to what is used
            officeTitle.setVisible(false);
            officeTitle.setManaged(false);
            helpButton.setText(null);
            helpButton.setTooltip(new javafx.scene.control.Tooltip(m.t("main.help")));
            userMenu.setText(null);
            userMenu.setTooltip(new javafx.scene.control.Tooltip(session.actor().fullName()));
            // the supervisor's and reports' buttons keep their icon and say their name as a tooltip: never "…"
            for (Button b : new Button[] {supervisorButton, reportsButton}) {
                b.setTooltip(new javafx.scene.control.Tooltip(b.getText()));
                b.setText(null);
            }
        }
        for (Button b : new Button[] {supervisorButton, reportsButton, helpButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        registerButton.setMinWidth(Region.USE_PREF_SIZE);
        // the queue side bar folds away (large text on a small screen); Ctrl+1…9 still open the queues
        navToggle.setGraphic(Icons.of(org.kordamp.ikonli.material2.Material2MZ.MENU));
        navToggle.setTooltip(new javafx.scene.control.Tooltip(m.t("main.toggleNav")));
        nav.managedProperty().bind(nav.visibleProperty());
        nav.setVisible(prefs.textScale() < 200);
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
        scanning = new vn.motcua.desk.scan.DeskScanning(new vn.motcua.desk.scan.ScanRouter(scanScreens(), m,
                ctx.clock()), ctx.dataDir(), m);
        scanning.addMenuItem(userMenu, usersItem);
        scanning.addStatus((javafx.scene.layout.Pane) deskStatus.getParent());
        clockTick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(30), e -> {
            vm.tick();
            vm.refreshCounts();
            refreshQrStatus();
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
        // a count that changed (another desk's work brought by sync, the clock) reloads the list shown with it
        for (Queue q : Queue.values()) {
            vm.count(q).addListener((obs, old, now) -> {
                if (!disposed && !locked() && navList.getSelectionModel().getSelectedItem() == q
                        && content.getChildren().contains(queueView.root())) {
                    queueVm.load();
                }
            });
        }
        shortcuts.put(new KeyCodeCombination(KeyCode.F1), this::showHelp);
        shortcuts.put(new KeyCodeCombination(KeyCode.F2), this::showRegister);
        shortcuts.put(new KeyCodeCombination(KeyCode.F3), this::focusSearch);
        shortcuts.put(new KeyCodeCombination(KeyCode.F5), this::refresh);
        shortcuts.put(new KeyCodeCombination(KeyCode.F9), this::submitRegistration);
        shortcuts.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), this::lock);
        for (int i = 0; i < QUEUE_KEYS && i < Queue.values().length; i++) {
            Queue q = Queue.values()[i];
            Runnable open = () -> openQueue(q);
            shortcuts.put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN),
                    open);
            shortcuts.put(new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + (i + 1)), KeyCombination.SHORTCUT_DOWN),
                    open);
        }
    }

    /** Ctrl+1 … Ctrl+9 open the first nine queues of the side bar, in its order. */
    public static final int QUEUE_KEYS = 9;

    /** The queues Ctrl+1 … Ctrl+9 open, in order (F1 lists them). */
    public static java.util.List<Queue> keyedQueues() {
        return java.util.Arrays.asList(Queue.values()).subList(0, Math.min(QUEUE_KEYS, Queue.values().length));
    }

    private void shortcut(KeyEvent e) {
        if (locked()) {
            return;
        }
        for (var s : shortcuts.entrySet()) {
            if (s.getKey().match(e)) {
                e.consume();
                s.getValue().run();
                return;
            }
        }
    }

    /** Opens a queue from the keyboard and puts the focus in its list. */
    private void openQueue(Queue q) {
        if (navList.getSelectionModel().getSelectedItem() != q) {
            navList.getSelectionModel().select(q);
        } else {
            showQueue(q);
        }
        Platform.runLater(queueView::focusTable);
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
                setTooltip(q.ordinal() < QUEUE_KEYS ? new javafx.scene.control.Tooltip("Ctrl+" + (q.ordinal() + 1))
                        : null);
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
        qrStatus.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        qrStatus.setTooltip(new javafx.scene.control.Tooltip(m.t("qr.notEnrolled")));
        qrStatus.managedProperty().bind(qrStatus.visibleProperty());
        refreshQrStatus();
    }

    /** The status bar says so while receipts' QR codes cannot work (the desk is not enrolled yet). */
    private void refreshQrStatus() {
        qrStatus.setVisible(!ctx.print().qrCodesWork());
    }

    private void attach(Scene scene) {
        // a filter, not accelerators: a focused list or table (the side bar, a queue) takes F2 and the like for
        // itself before accelerators run, so the window's shortcuts are matched first, wherever the focus is
        scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcutFilter);
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
        scanning.attach(scene);
        if (!draftOffered) {
            draftOffered = true;
            Platform.runLater(() -> {
                if (!disposed && !draftHandled && root.getScene() != null && root.getScene().getWindow() != null) {
                    draftHandled = true;
                    offerDraft();
                }
            });
        }
    }

    private void detach(Scene scene) {
        scanning.detach();
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
            window.focusedProperty().removeListener(focusWatch);
            window = null;
        }
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, shortcutFilter);
            scene.windowProperty().removeListener(windowWatchOfScene);
        }
    }

    private void watchWindow(javafx.stage.Window w) {
        if (window != null) {
            window.showingProperty().removeListener(showingWatch);
            window.focusedProperty().removeListener(focusWatch);
        }
        window = w;
        if (window != null) {
            window.showingProperty().addListener(showingWatch);
            window.focusedProperty().addListener(focusWatch);
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

    /** What an ID-card or receipt scan can do in this window (issue 14, {@link vn.motcua.desk.scan.ScanRouter}). */
    private vn.motcua.desk.scan.ScanRouter.Screens scanScreens() {
        return new vn.motcua.desk.scan.ScanRouter.Screens() {
            @Override
            public RegisterViewModel registrationShowing() {
                return !locked() && registerView != null && content.getChildren().contains(registerView.root())
                        ? registerVm : null;
            }

            @Override
            public RegisterViewModel openRegistration() {
                if (locked()) {
                    return null;
                }
                showRegister();
                return registerVm;
            }

            @Override
            public Node focusOwner() {
                return locked() || root.getScene() == null ? null : root.getScene().getFocusOwner();
            }

            @Override
            public void openDossier(String code) {
                showDossier(code);
            }

            @Override
            public void tell(String message) {
                if (!locked()) {
                    vn.motcua.desk.common.Dialogs.info(root.getScene().getWindow(), m, m.t("scan.title"), message);
                }
            }
        };
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
        ensureRegister();
        navList.getSelectionModel().clearSelection();
        setContent(registerView.root());
        registerVm.refreshAppointment();
        registerView.focusFirst();
    }

    private void ensureRegister() {
        if (registerVm == null) {
            registerVm = new RegisterViewModel(RegisterViewModel.Services.of(ctx, session.actor()), ctx.clock(), tasks,
                    m, registered -> Platform.runLater(() -> {
                        draftKeeper.discard();
                        syncBar.changed();
                        vm.refreshCounts();
                        queueVm.load();
                        ReceivedDialog.Choice choice = ReceivedDialog.show(root.getScene().getWindow(), m, registered,
                                printer, tasks, ctx.print().qrCodesWork() ? null : m.t("qr.notEnrolled"));
                        draftKeeper.pauseWhile(registerVm::reset);
                        if (choice == ReceivedDialog.Choice.VIEW) {
                            showDossier(registered.dossier().code());
                        } else {
                            registerView.focusFirst();
                        }
                    }));
            registerView = new RegisterView(registerVm, m);
            draftKeeper = new vn.motcua.desk.register.DraftKeeper(registerVm, draftStore, ctx.clock());
            registerView.setOnReset(draftKeeper::discard);
            registerVm.loadCatalogue();
        }
    }

    // ---- the registration draft ------------------------------------------------------------------------------

    /** Whether a registration was started and not registered (closing the window or signing out asks first). */
    public boolean hasUnsavedRegistration() {
        return registerVm != null && registerVm.hasInput();
    }

    /** Writes the half-filled registration as this clerk's draft now; it is offered back at the next sign-in. */
    public void keepDraft() {
        if (draftKeeper != null) {
            draftKeeper.flush();
        }
    }

    /** Throws the half-filled registration away. */
    public void discardDraft() {
        if (draftKeeper != null) {
            draftKeeper.discard();
            draftKeeper.pauseWhile(registerVm::reset);
        }
    }

    /**
     * Asks what to do with a half-filled registration before the window closes or the clerk signs out: keep it as a
     * draft, throw it away, or stay. True when the desk may go on closing.
     */
    public boolean confirmLeave(boolean closing) {
        if (!hasUnsavedRegistration()) {
            return true;
        }
        String who = registerVm.fullNameProperty().get();
        int answer = vn.motcua.desk.common.Dialogs.choose(root.getScene().getWindow(), m.t("draft.leave.title"),
                m.t("draft.leave.message", who == null || who.isBlank() ? m.t("draft.unnamed") : who.strip()),
                "draft-leave", 2,
                new vn.motcua.desk.common.Dialogs.Choice(m.t(closing ? "draft.leave.keepExit" : "draft.leave.keep"),
                        "draft-keep", javafx.scene.control.ButtonBar.ButtonData.YES),
                new vn.motcua.desk.common.Dialogs.Choice(m.t(closing ? "draft.leave.discardExit"
                        : "draft.leave.discard"), "draft-discard", javafx.scene.control.ButtonBar.ButtonData.NO),
                new vn.motcua.desk.common.Dialogs.Choice(m.t("draft.leave.stay"), "draft-stay",
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        if (answer == 0) {
            keepDraft();
            return true;
        }
        if (answer == 1) {
            discardDraft();
            return true;
        }
        if (registerView != null) {
            showRegister();
        }
        return false;
    }

    /** Where the clerk is in the window: a queue, or one of the other screens (a dossier counts as its queue). */
    public record Place(Queue queue, String screen) {
    }

    /** Where the clerk is now (kept when the window is rebuilt after the settings changed). */
    public Place place() {
        Node shown = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        if (registerView != null && shown == registerView.root()) {
            return new Place(null, "register");
        }
        if (supervisorView != null && shown == supervisorView.root()) {
            return new Place(null, "supervisor");
        }
        if (reportsView != null && shown == reportsView.root()) {
            return new Place(null, "reports");
        }
        Queue q = navList.getSelectionModel().getSelectedItem();
        return new Place(q == null ? Queue.NEW : q, null);
    }

    /** Goes back to {@code place} in a rebuilt window; with {@code draft}, the kept form is put back without asking. */
    public void resume(Place place, boolean draft) {
        if (draft) {
            draftHandled = true;
            var kept = draftStore.load();
            showRegister();
            kept.ifPresent(registerVm::restore);
            return;
        }
        if (place == null) {
            return;
        }
        switch (place.screen() == null ? "" : place.screen()) {
            case "register" -> showRegister();
            case "supervisor" -> showSupervisor();
            case "reports" -> showReports();
            default -> showQueue(place.queue());
        }
    }

    /** At sign-in: a draft this clerk left (closed window, crash, power cut) is offered back. */
    private void offerDraft() {
        var kept = draftStore.load();
        if (kept.isEmpty()) {
            return;
        }
        var d = kept.get();
        String who = d.fullName() == null || d.fullName().isBlank() ? m.t("draft.unnamed") : d.fullName().strip();
        String when = d.savedAt() == null ? "" : vn.motcua.desk.common.Formats.dateTime(d.savedAt());
        int answer = vn.motcua.desk.common.Dialogs.choose(root.getScene().getWindow(), m.t("draft.offer.title"),
                m.t("draft.offer.message", who, when), "draft-offer", 0,
                new vn.motcua.desk.common.Dialogs.Choice(m.t("draft.offer.resume"), "draft-resume",
                        javafx.scene.control.ButtonBar.ButtonData.YES),
                new vn.motcua.desk.common.Dialogs.Choice(m.t("draft.offer.discard"), "draft-throw",
                        javafx.scene.control.ButtonBar.ButtonData.NO),
                new vn.motcua.desk.common.Dialogs.Choice(m.t("draft.offer.later"), "draft-later",
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        if (answer == 0) {
            showRegister();
            registerVm.restore(d);
        } else if (answer == 1) {
            draftStore.clear();
        }
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
            supervisorVm.useCalendar(ctx.calendar()::workingCalendar,
                    () -> java.time.LocalDate.now(ctx.clock()));
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

    /**
     * Prints the apology slip just recorded with the office's settings for that form. With no printer set up or
     * found on this computer the slip opens in the preview instead (save as PDF there); other failures are shown.
     */
    private void printApology(String code) {
        vn.motcua.desk.common.BackgroundTask.wrap(() -> {
            if (!printerAvailable(ctx.print().settings(vn.motcua.print.FormType.APOLOGY).printer())) {
                return false;
            }
            byte[] pdf = ctx.print().formPdf(vn.motcua.print.FormType.APOLOGY, code, session.actor(), null);
            try {
                ctx.print().printWithSettings(vn.motcua.print.FormType.APOLOGY, pdf);
            } catch (vn.motcua.service.ValidationException e) {
                if (e.problems().stream().anyMatch(p -> "printer".equals(p.field()))) {
                    return false;
                }
                throw e;
            }
            return true;
        }).onSuccess(printed -> {
            if (!printed) {
                printing.form(root.getScene().getWindow(), vn.motcua.print.FormType.APOLOGY, code, null);
                vn.motcua.desk.common.Dialogs.info(root.getScene().getWindow(), m, m.t("supervisor.apology.title"),
                        m.t("supervisor.apology.noPrinter", code));
            }
        }).onFailure(e -> vn.motcua.desk.common.Dialogs.error(root.getScene().getWindow(), m,
                m.t("supervisor.apology.printFailed", vn.motcua.desk.common.ErrorMessages.of(e, m))))
                .executeWith(tasks);
    }

    /** The named printer is installed; a blank name means the system default, which must exist. */
    private boolean printerAvailable(String name) {
        java.util.List<String> printers = ctx.print().printers();
        return name == null || name.isBlank() ? !printers.isEmpty() : printers.contains(name);
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
            refreshQrStatus();
            queueVm.load();
        }
    }

    private void submitRegistration() {
        if (!locked() && registerView != null && content.getChildren().contains(registerView.root())) {
            registerView.submitIfValid();
        }
    }

    // ---- menu -------------------------------------------------------------------------------------------------

    /** Shows or hides the queue side bar. */
    @FXML
    private void toggleNav() {
        nav.setVisible(!nav.isVisible());
    }

    /** Whether the queue side bar is shown. */
    public boolean navShown() {
        return nav.isVisible();
    }

    @FXML
    private void showHelp() {
        HelpDialog.show(root.getScene().getWindow(), m, keyedQueues().stream().map(q -> m.of("queue", q)).toList());
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

    @FXML
    private void showOffice() {
        if (session.actor().role() == vn.motcua.domain.account.Role.ADMIN) {
            vn.motcua.desk.settings.OfficeDialog.show(root.getScene().getWindow(), m, ctx.setup(), session.actor(),
                    tasks).ifPresent(saved -> {
                        officeTitle.setText(saved.officeName());
                        officeStatus.setText(saved.officeName() + " · " + saved.agencyCode());
                    });
        }
    }

    @FXML
    private void showCatalogImport() {
        if (session.actor().role() == vn.motcua.domain.account.Role.ADMIN) {
            vn.motcua.desk.settings.CatalogImportDialog.chooseAndImport(root.getScene().getWindow(), m, ctx.catalog(),
                    session.actor(), tasks);
        }
    }

    @FXML
    private void showWorkHours() {
        if (session.actor().role() == vn.motcua.domain.account.Role.ADMIN) {
            vn.motcua.desk.settings.WorkingHoursDialog.show(root.getScene().getWindow(), m, ctx.calendar(),
                    session.actor(), tasks);
        }
    }

    /** Locks the desk (Ctrl+L, or by itself after the idle time): every window of it, dialogs included. */
    @FXML
    public void lock() {
        if (locked() || sessionLock == null || disposed) {
            return;
        }
        scanning.flush(); // keys typed just before go where they were typed, before the form is covered
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

    private boolean isDisposed() {
        return disposed;
    }

    /** ID-card and receipt scanning of this window (tests set its timing). */
    public vn.motcua.desk.scan.DeskScanning scanning() {
        return scanning;
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
        if (draftKeeper != null) {
            draftKeeper.close();
        }
        vm.dispose();
        detach(root.getScene());
    }

}
