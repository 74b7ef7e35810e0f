package vn.motcua.desk;

import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.desk.common.BackgroundTask;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.Dialogs;
import vn.motcua.desk.common.ErrorMessages;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;
import vn.motcua.desk.login.LoginView;
import vn.motcua.desk.login.LoginViewModel;
import vn.motcua.desk.main.MainView;
import vn.motcua.desk.setup.SetupView;
import vn.motcua.desk.setup.SetupViewModel;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.service.DeskContext;

/**
 * The desk application in one window: the first-run wizard when the desk is not set up, then sign-in, then the main
 * window. Built through its constructor over a {@link DeskContext}; {@link DeskLauncher} starts it for real, tests
 * start it on a TestFX stage.
 */
public final class DeskApp implements MainView.Shell {
    private static final Logger LOG = LoggerFactory.getLogger(DeskApp.class);

    private final DeskContext ctx;
    private final DeskPreferences prefs;
    private final java.util.function.BiFunction<Messages, Session, ReceiptPrinter> printerFactory;
    private final FxTaskExecutor tasks;
    private Messages messages;
    private Stage stage;
    private Scene scene;
    private MainView main;
    private Session session;
    private java.util.function.Consumer<java.nio.file.Path> restorer;
    private vn.motcua.desk.main.IdleClock idleClock = vn.motcua.desk.main.IdleClock.SYSTEM;
    private Runnable afterFirstScreen;
    private java.util.concurrent.CompletionStage<Boolean> dataChecked;

    /**
     * @param printerFactory makes the receipt printer for the chosen language (the print module's, once merged;
     *                       {@link PlaceholderReceiptPrinter} until then)
     */
    public DeskApp(DeskContext ctx, DeskPreferences prefs, Function<Messages, ReceiptPrinter> printerFactory,
                   FxTaskExecutor tasks) {
        this(ctx, prefs, (java.util.function.BiFunction<Messages, Session, ReceiptPrinter>) (m, s) ->
                printerFactory.apply(m), tasks);
    }

    /** @param printerFactory makes the receipt printer for the language and the signed-in clerk */
    public DeskApp(DeskContext ctx, DeskPreferences prefs,
                   java.util.function.BiFunction<Messages, Session, ReceiptPrinter> printerFactory,
                   FxTaskExecutor tasks) {
        this.ctx = ctx;
        this.prefs = prefs;
        this.printerFactory = printerFactory;
        this.tasks = tasks;
        this.messages = Messages.forLanguage(prefs.language());
        vn.motcua.desk.common.DatePickers.useLanguage(messages);
    }

    /** Shows the desk on {@code stage} (on the JavaFX thread). */
    public void start(Stage stage) {
        start(stage, null);
    }

    /**
     * Shows the desk on {@code stage} (on the JavaFX thread); {@code office}, when the caller has read it already,
     * lets the window open on the sign-in screen (one layout and one frame instead of an empty window, a read on
     * another thread and a second frame; issue 18). Null: the office is read here (the setup wizard when there is none).
     */
    public void start(Stage stage, OfficeProfile office) {
        this.stage = stage;
        Theme.install();
        tasks.setUnhandledFailureHandler(e -> Dialogs.error(stage, messages, ErrorMessages.of(e, messages)));
        scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 720);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(messages.t("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        var icon = DeskApp.class.getResourceAsStream("/vn/motcua/desk/icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
        if (office != null) {
            showLogin(office, null);
            stage.show();
            return;
        }
        stage.show();
        BackgroundTask.wrap(() -> ctx.setup().office())
                .onSuccess(found -> {
                    if (found.isPresent()) {
                        showLogin(found.get(), null);
                    } else {
                        showSetup();
                    }
                })
                .executeWith(tasks);
    }

    private void setRoot(Parent root) {
        Theme.applyTextScale(root, prefs.textScale());
        scene.setRoot(root);
    }

    /**
     * Work that must not compete with the first screen for the CPU (the daily backup): run once, on the JavaFX
     * thread, when the first screen (sign-in or setup) has been drawn — at the pulse after the one that drew it, after
     * the fonts the first screen does not use ({@link Theme#installLaterFonts}).
     */
    public void setAfterFirstScreen(Runnable work) {
        this.afterFirstScreen = work;
    }

    /**
     * The database's start-up check when it runs after the first screen was drawn, while the clerk types (issue 18,
     * decision 0039): a sign-in waits for it ({@link LoginViewModel}); true when the data is sound. Set before
     * {@link #start}; null (the default): checked before the window.
     */
    public void setDataCheck(java.util.concurrent.CompletionStage<Boolean> dataChecked) {
        this.dataChecked = dataChecked;
    }

    private void firstScreenShown(String what) {
        DeskLauncher.mark(what + " built");
        new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                DeskLauncher.mark(what + " drawn");
                // the logging's set-up, left out of the path to this frame (decision 0034), now beside the desk
                vn.motcua.service.logging.StartLogging.activateInBackground();
                Theme.installLaterFonts();
                Runnable work = afterFirstScreen;
                afterFirstScreen = null;
                if (work != null) {
                    work.run();
                }
            }
        }.start();
    }

    private void showSetup() {
        stage.setTitle(messages.t("setup.title") + " — " + messages.t("app.title"));
        SetupViewModel vm = new SetupViewModel(ctx.setup(), tasks, messages, adminUser ->
                BackgroundTask.wrap(() -> ctx.setup().office().orElseThrow())
                        .onSuccess(office -> showLogin(office, adminUser))
                        .executeWith(tasks));
        setRoot(new SetupView(vm, messages).root());
        firstScreenShown("setup screen");
    }

    private void showLogin(OfficeProfile office, String username) {
        if (main != null) {
            main.dispose();
            main = null;
        }
        session = null;
        stage.setTitle(messages.t("app.title") + " — " + office.officeName());
        LoginViewModel vm = new LoginViewModel(ctx.accounts(), tasks, messages, actor -> signedIn(actor, office),
                dataChecked);
        setRoot(new LoginView(vm, messages, office.officeName(), username).root());
        firstScreenShown("sign-in screen");
    }

    private void signedIn(Actor actor, OfficeProfile office) {
        LOG.info("Signed in: {} ({})", actor.username(), actor.role());
        session = new Session(actor, office);
        showMain();
    }

    private void showMain() {
        if (main != null) {
            main.dispose();
        }
        main = new MainView(ctx, session, messages, tasks, printerFactory.apply(messages, session), prefs, this,
                idleClock);
        setRoot(main.root());
    }

    /**
     * The window's close box: with a half-filled registration the clerk is asked (keep the draft / discard / stay);
     * false when the clerk chose to stay. While locked nobody is asked and what was typed is kept as the draft.
     */
    public boolean mayClose() {
        if (main == null) {
            return true;
        }
        if (main.isLocked()) {
            main.keepDraft();
            return true;
        }
        return main.confirmLeave(true);
    }

    @Override
    public void signOut() {
        if (main != null && !main.isLocked() && !main.confirmLeave(false)) {
            return;
        }
        LOG.info("Signed out: {}", session == null ? "-" : session.actor().username());
        OfficeProfile office = session == null ? null : session.office();
        if (office == null) {
            return;
        }
        showLogin(office, null);
    }

    @Override
    public void preferencesChanged(boolean languageChanged) {
        messages = Messages.forLanguage(prefs.language());
        vn.motcua.desk.common.DatePickers.useLanguage(messages);
        stage.setTitle(messages.t("app.title") + " — " + session.office().officeName());
        // the window is rebuilt in the new language or size: the clerk stays where they were, the form keeps its text
        MainView.Place place = main == null ? null : main.place();
        boolean draft = main != null && main.hasUnsavedRegistration();
        if (draft) {
            main.keepDraft();
        }
        showMain();
        main.resume(place, draft);
    }

    /** How "Sao lưu & khôi phục" asks for a restore: the launcher closes the database, restores and reopens. */
    public void setRestorer(java.util.function.Consumer<java.nio.file.Path> restorer) {
        this.restorer = restorer;
    }

    @Override
    public java.util.function.Consumer<java.nio.file.Path> restorer() {
        return restorer;
    }

    /** The clock of the idle lock (tests move one by hand); takes effect at the next sign-in. */
    public void setIdleClock(vn.motcua.desk.main.IdleClock idleClock) {
        this.idleClock = java.util.Objects.requireNonNull(idleClock, "idleClock");
    }

    /** The main window while someone is signed in, else null. */
    public MainView mainView() {
        return main;
    }

    public Messages messages() {
        return messages;
    }
}
