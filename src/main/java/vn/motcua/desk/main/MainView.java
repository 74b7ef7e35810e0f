package vn.motcua.desk.main;

import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.desk.ReceiptPrinter;
import vn.motcua.desk.Session;
import vn.motcua.desk.backup.ToolsMenu;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.FxmlView;
import vn.motcua.desk.common.Icons;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.help.HelpDialog;
import vn.motcua.desk.print.DeskPrinting;
import vn.motcua.desk.scan.DeskScanning;
import vn.motcua.desk.scan.ScanRouter;
import vn.motcua.desk.sync.SyncStatusBar;
import vn.motcua.service.DeskContext;
import vn.motcua.service.QueueService.Queue;

/**
 * The main window's wiring: the header, the queue side bar, the status bar, the function-key shortcuts, the idle
 * lock and the timers. What the work area shows is {@link Navigator}'s; input that keeps the desk unlocked is
 * {@link ActivityWatcher}'s; the registration draft around a session is {@link DraftPrompts}' (decision 0020).
 */
public final class MainView {
    /** What the main window asks of the application shell. */
    public interface Shell {
        void signOut();

        /** The preferences were saved ({@code languageChanged} tells whether the language changed); the shell rebuilds the window. */
        void preferencesChanged(boolean languageChanged);

        /** Closes the database, restores the given backup and reopens the desk; null when not available. */
        default Consumer<java.nio.file.Path> restorer() {
            return null;
        }
    }

    /** Where the clerk is in the window: a queue, or one of the other screens (a dossier counts as its queue). */
    public record Place(Queue queue, String screen) {
    }

    /** Ctrl+1 … Ctrl+9 open the first nine queues of the side bar, in its order. */
    public static final int QUEUE_KEYS = SideBar.QUEUE_KEYS;

    @FXML private BorderPane frame;
    @FXML private Label officeTitle;
    @FXML private Button registerButton;
    @FXML private Button helpButton;
    @FXML private Button supervisorButton;
    @FXML private Button reportsButton;
    @FXML private MenuButton userMenu;
    @FXML private MenuItem settingsItem;
    @FXML private MenuItem usersItem;
    @FXML private MenuItem workHoursItem;
    @FXML private MenuItem officeItem;
    @FXML private MenuItem catalogImportItem;
    @FXML private MenuItem counterRatingItem;
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
    @FXML private VBox nav;

    private final StackPane root;
    private final DeskContext ctx;
    private final Session session;
    private final Messages m;
    private final FxTaskExecutor tasks;
    private final ReceiptPrinter printer;
    private final DeskPreferences prefs;
    private final Shell shell;
    private final MainViewModel vm;
    private final Navigator navigator;
    private final DraftPrompts drafts;
    private final ActivityWatcher activity;
    private final IdleTimer idle;
    private final Timeline clockTick;
    private final DeskScanning scanning;
    private SessionLock sessionLock;
    private SyncStatusBar syncBar;
    private boolean disposed;
    private boolean draftOffered;
    private boolean draftHandled;
    private final Shortcuts shortcuts = new Shortcuts(this::locked);

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
        this.vm = new MainViewModel(session, ctx.queues(), tasks, messages, ctx.clock(), ctx.print()::qrCodesWork);
        DeskPrinting printing = printer instanceof DeskPrinting dp ? dp
                : DeskPrinting.standard(ctx.print(), session.actor(), m, tasks);
        this.navigator = new Navigator(ctx, session, m, tasks, printer, printing, vm, navList, content, root,
                this::locked, () -> syncBar.changed());
        this.drafts = new DraftPrompts(navigator, m, () -> root.getScene().getWindow());
        this.activity = new ActivityWatcher(idle, this::locked, this::dispose, () -> {
            if (!disposed) {
                vm.refreshQr(); // back in the window (e.g. the connection dialog enrolled the desk)
            }
        });
        setUpHeader();
        UserMenu.wire(new UserMenu.Items(settingsItem, usersItem, officeItem, workHoursItem, catalogImportItem,
                counterRatingItem), vm, ctx, session, m, tasks, prefs, () -> root.getScene().getWindow(),
                languageChanged -> {
                    startIdleTimer();
                    shell.preferencesChanged(languageChanged);
                });
        ToolsMenu.install(userMenu, ctx, session.actor(), m, tasks, printing, shell.restorer());
        SideBar.install(navList, vm, m);
        setUpStatusBar();
        scanning = new DeskScanning(new ScanRouter(navigator.scanScreens(), m, ctx.clock()), ctx.dataDir(), m);
        scanning.addMenuItem(userMenu, usersItem);
        UserMenu.arrange(userMenu, vm.isAdmin(), m);
        scanning.addStatus((Pane) deskStatus.getParent());
        clockTick = new Timeline(new KeyFrame(Duration.seconds(30), e -> tick()));
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
        setUpShortcuts();
    }

    /**
     * What the window does every 30 seconds: today's date, every queue's count (a changed count reloads the list
     * shown with it: work of another desk or of the command line appears without F5) and the QR-code warning.
     */
    public void tick() {
        vm.tick();
        vm.refreshCounts();
        vm.refreshQr();
    }

    private void setUpHeader() {
        registerButton.setGraphic(Icons.of(Material2AL.ADD));
        helpButton.setGraphic(Icons.of(Material2AL.HELP_OUTLINE));
        userMenu.setText(session.actor().fullName());
        userMenu.setGraphic(Icons.of(Material2AL.ACCOUNT_CIRCLE));
        if (prefs.textScale() >= 150) {
            // large text: the office and the user are in the status bar already; keep the header to what is used
            officeTitle.setVisible(false);
            officeTitle.setManaged(false);
            helpButton.setText(null);
            helpButton.setTooltip(new Tooltip(m.t("main.help")));
            userMenu.setText(null);
            userMenu.setTooltip(new Tooltip(session.actor().fullName()));
            // the supervisor's and reports' buttons keep their icon and say their name as a tooltip: never "…"
            for (Button b : new Button[] {supervisorButton, reportsButton}) {
                b.setTooltip(new Tooltip(b.getText()));
                b.setText(null);
            }
        }
        for (Button b : new Button[] {supervisorButton, reportsButton, helpButton, registerButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the queue side bar folds away (large text on a small screen); Ctrl+1…9 still open the queues
        navToggle.setGraphic(Icons.of(Material2MZ.MENU));
        navToggle.setTooltip(new Tooltip(m.t("main.toggleNav")));
        nav.managedProperty().bind(nav.visibleProperty());
        nav.setVisible(prefs.textScale() < 200);
        boolean supervises = vm.supervises();
        supervisorButton.setVisible(supervises);
        supervisorButton.setManaged(supervises);
        supervisorButton.setGraphic(Icons.of(Material2AL.DASHBOARD));
        reportsButton.setVisible(supervises);
        reportsButton.setManaged(supervises);
        reportsButton.setGraphic(Icons.of(Material2AL.INSERT_CHART_OUTLINED));
    }

    private void setUpStatusBar() {
        userStatus.setText(vm.userLine());
        userStatus.setGraphic(Icons.of(Material2AL.ACCOUNT_CIRCLE));
        officeStatus.textProperty().bind(vm.officeLineProperty());
        officeStatus.setGraphic(Icons.of(Material2AL.ACCOUNT_BALANCE));
        officeTitle.textProperty().bind(vm.officeNameProperty());
        deskStatus.setText(m.t("status.desk", session.office().deskNo()));
        deskStatus.setGraphic(Icons.of(Material2AL.DESKTOP_WINDOWS));
        syncBar = new SyncStatusBar(connectionStatus, ctx, session, m, tasks);
        syncBar.addMenuItems(userMenu, usersItem);
        busyIndicator.visibleProperty().bind(tasks.busyProperty());
        dateStatus.textProperty().bind(vm.todayProperty());
        dateStatus.setGraphic(Icons.of(Material2AL.EVENT));
        qrStatus.setGraphic(Icons.of(Material2AL.ERROR_OUTLINE));
        qrStatus.setTooltip(new Tooltip(m.t("qr.notEnrolled")));
        qrStatus.managedProperty().bind(qrStatus.visibleProperty());
        qrStatus.visibleProperty().bind(vm.qrWarningProperty());
    }

    // ---- shortcuts --------------------------------------------------------------------------------------------

    private void setUpShortcuts() {
        shortcuts.key(KeyCode.F1, this::showHelp).key(KeyCode.F2, this::showRegister)
                .key(KeyCode.F3, navigator::focusSearch).key(KeyCode.F5, this::refresh)
                .key(KeyCode.F9, navigator::submitRegistration).ctrl(KeyCode.L, this::lock);
        for (int i = 0; i < QUEUE_KEYS && i < Queue.values().length; i++) {
            Queue q = Queue.values()[i];
            Runnable open = () -> navigator.openQueue(q);
            shortcuts.ctrl(KeyCode.valueOf("DIGIT" + (i + 1)), open).ctrl(KeyCode.valueOf("NUMPAD" + (i + 1)), open);
        }
    }

    private void refresh() {
        if (!locked()) {
            vm.refreshQr();
            navigator.reloadQueue();
        }
    }

    // ---- the window's life ------------------------------------------------------------------------------------

    private void attach(Scene scene) {
        shortcuts.attach(scene);
        activity.attach(scene);
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
                    drafts.offer();
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
        activity.detach(scene);
        if (scene != null) {
            shortcuts.detach(scene);
        }
    }

    private void startIdleTimer() {
        idle.start(java.time.Duration.ofMinutes(prefs.idleMinutes()));
    }

    private boolean locked() {
        return sessionLock != null && sessionLock.isLocked();
    }

    // ---- navigation (the work area is the navigator's) --------------------------------------------------------

    @FXML
    public void showRegister() {
        navigator.showRegister();
    }

    /** The supervisor's home (supervisor and admin; the service checks the role again). */
    @FXML
    public void showSupervisor() {
        navigator.showSupervisor();
    }

    /** Reports: satisfaction charts and the official exports (supervisor and admin; the services check again). */
    @FXML
    public void showReports() {
        navigator.showReports();
    }

    public void showDossier(String code) {
        navigator.showDossier(code);
    }

    /** Where the clerk is now (kept when the window is rebuilt after the settings changed). */
    public Place place() {
        return navigator.place();
    }

    /** Goes back to {@code place} in a rebuilt window; with {@code draft}, the kept form is put back without asking. */
    public void resume(Place place, boolean draft) {
        if (draft) {
            draftHandled = true;
            drafts.restoreKept();
        } else {
            navigator.go(place);
        }
    }

    // ---- the registration draft ------------------------------------------------------------------------------

    /** Whether a registration was started and not registered (closing the window or signing out asks first). */
    public boolean hasUnsavedRegistration() {
        return drafts.unsaved();
    }

    /** Writes the half-filled registration as this clerk's draft now; it is offered back at the next sign-in. */
    public void keepDraft() {
        drafts.keep();
    }

    /** Throws the half-filled registration away. */
    public void discardDraft() {
        drafts.discard();
    }

    /**
     * Asks what to do with a half-filled registration before the window closes or the clerk signs out: keep it as a
     * draft, throw it away, or stay. True when the desk may go on closing.
     */
    public boolean confirmLeave(boolean closing) {
        return drafts.confirmLeave(closing);
    }

    // ---- menu -------------------------------------------------------------------------------------------------

    /** Shows or hides the queue side bar. */
    @FXML
    private void toggleNav() {
        nav.setVisible(!nav.isVisible());
    }

    public boolean navShown() { // whether the queue side bar is shown
        return nav.isVisible();
    }

    @FXML
    private void showHelp() {
        HelpDialog.show(root.getScene().getWindow(), m, SideBar.keyedQueues().stream().map(q -> m.of("queue", q)).toList());
    }

    // ---- the lock ---------------------------------------------------------------------------------------------

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

    /** ID-card and receipt scanning of this window (tests set its timing). */
    public DeskScanning scanning() {
        return scanning;
    }

    /** Whether the desk is locked now. */
    public boolean isLocked() {
        return locked();
    }

    /** Whether the window's timers (counts, date, idle lock, sync) run; false for good after {@link #dispose()}. */
    public boolean isActive() {
        return !disposed && clockTick.getStatus() == Animation.Status.RUNNING;
    }

    /** The window holding the lock's password card, while locked. */
    public Stage lockWindow() {
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
        drafts.close();
        vm.dispose();
        detach(root.getScene());
    }
}
