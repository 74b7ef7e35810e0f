package vn.motcua.desk.main;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskApp;
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.PlaceholderReceiptPrinter;
import vn.motcua.desk.ScreenShots;
import vn.motcua.desk.backup.RecoveryView;
import vn.motcua.desk.backup.RecoveryViewModel;
import vn.motcua.desk.common.DeskPreferences;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.common.Theme;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.RealisticDesk;

import static vn.motcua.desk.DeskUi.waitFor;

/**
 * Not a test: screenshots of every main screen, its menus and its dialogs at 1366 × 768, 100 % and 200 % text,
 * Vietnamese and English, over 600 generated dossiers, with the labels found cut listed in {@code elided.txt}, when
 * run with {@code -Dscreenshots=DIR} ({@code mvn -o test -Dtest=MainScreensScreenshots -Dscreenshots=DIR}): sign-in,
 * queues, registration with its validation messages, the saved-dossier dialog, a dossier with its print menu, the
 * print preview, a form's print dialog and a lifecycle action's dialog, the supervisor's home and apology dialog,
 * reports, F1, the user menu with "Quản trị" open, every administrator's dialog, the counter rating window, the
 * damaged-database recovery screen and the first-run wizard; every window that shows is drawn at its place.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
class MainScreensScreenshots {
    static {
        System.setProperty("headless.geometry", "1366x768-32");
    }

    @TempDir
    static Path dir;
    @TempDir
    static Path fresh;
    private static DeskUi ui;
    private Stage stage;
    private ScreenShots shots;

    @BeforeAll
    static void createDesk() {
        ui = DeskUi.over(RealisticDesk.create(dir, 600));
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void shoot(FxRobot robot) throws Exception {
        shots = ScreenShots.fromProperty();
        for (String lang : new String[] {"vi", "en"}) {
            for (int scale : new int[] {100, 200}) {
                String tag = lang + "-" + scale;
                ui.startAt(robot, stage, lang, scale);
                waitFor(() -> robot.lookup("#login-username").tryQuery().isPresent());
                shot(tag, "01-login");
                DeskUi.signIn(robot, "admin", DeskFixture.PASSWORD);
                Thread.sleep(1500);
                shot(tag, "02-queue-new");
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
                Thread.sleep(1200);
                shot(tag, "03-queue-overdue");
                registration(robot, tag);
                dossier(robot, tag);
                supervisor(robot, tag);
                robot.clickOn("#nav-reports");
                Thread.sleep(1500);
                shot(tag, "30-reports");
                robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
                robot.type(KeyCode.F1);
                Thread.sleep(800);
                shot(tag, "31-help");
                robot.type(KeyCode.ESCAPE);
                Thread.sleep(300);
                robot.clickOn("#user-menu");
                Thread.sleep(500);
                shot(tag, "32-user-menu");
                robot.clickOn("#menu-admin");
                Thread.sleep(500);
                shot(tag, "33-user-menu-admin");
                ScreenShots.closeOthers(robot, stage);
                String[][] dialogs = {{"menu-settings", "40-settings"}, {"menu-users", "41-users"},
                    {"menu-office", "42-office"}, {"menu-work-hours", "43-work-hours"},
                    {"menu-print-settings", "44-print-settings"}, {"menu-backup", "45-backup"},
                    {"menu-sync-connection", "46-sync-connection"}, {"menu-scanner", "47-scanner"},
                    {"menu-counter-rating", "48-rating-window"}};
                for (String[] d : dialogs) {
                    if (DeskUi.menuItem(robot, d[0]) == null) {
                        continue;
                    }
                    DeskUi.menu(robot, d[0]);
                    Thread.sleep(1500);
                    shot(tag, d[1]);
                    if (d[0].equals("menu-counter-rating")) {
                        ratingQuestion(robot, tag);
                    }
                    ScreenShots.closeOthers(robot, stage);
                }
                DeskUi.signOut(robot);
            }
        }
        // the screens shown instead of the sign-in, last: they replace the desk on the stage
        for (String lang : new String[] {"vi", "en"}) {
            for (int scale : new int[] {100, 200}) {
                String tag = lang + "-" + scale;
                recoveryScreen(robot, lang, scale, tag);
                setupWizard(robot, lang, scale, tag);
            }
        }
        shots.writeElided();
    }

    private void shot(String tag, String name) throws Exception {
        shots.shot(stage, tag, name);
    }

    /** F2, a procedure, a bad name (its message), F9 on the unfinished form, then a good one saved: the dialog. */
    private void registration(FxRobot robot, String tag) throws Exception {
        robot.type(KeyCode.F2);
        Thread.sleep(800);
        robot.write("ket hon").type(KeyCode.ENTER);
        Thread.sleep(800);
        robot.write("038095001234");
        Thread.sleep(400);
        robot.type(KeyCode.TAB).write("12");
        Thread.sleep(600);
        shot(tag, "10-register-message");
        robot.type(KeyCode.F9);
        Thread.sleep(800);
        shot(tag, "11-register-refused");
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".register-page .scroll-pane")
                .query()).setVvalue(1));
        Thread.sleep(300);
        shot(tag, "12-register-bottom");
        robot.interact(() -> robot.lookup("#register-name").queryAs(javafx.scene.control.TextField.class)
                .setText("Trần Thị Bình"));
        robot.interact(() -> robot.lookup("#register-name").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.type(KeyCode.F9);
        waitFor(() -> robot.lookup("#received-code").tryQuery().isPresent());
        Thread.sleep(600);
        shot(tag, "13-received");
        robot.clickOn("#received-view");
        waitFor(() -> robot.lookup("#dossier-print-menu").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        Thread.sleep(800);
        shot(tag, "14-dossier-new");
    }

    /** The new dossier's print menu, receipt preview, a form's print dialog and a lifecycle action's dialog. */
    private void dossier(FxRobot robot, String tag) throws Exception {
        robot.clickOn("#dossier-print-menu");
        Thread.sleep(500);
        shot(tag, "15-print-menu");
        robot.clickOn("#print-reprint");
        waitFor(() -> robot.lookup("#preview-pages").tryQuery()
                .map(n -> !((javafx.scene.layout.VBox) n).getChildren().isEmpty()).orElse(false));
        Thread.sleep(800);
        shot(tag, "16-print-preview");
        robot.clickOn("#preview-close");
        Thread.sleep(400);
        ScreenShots.closeOthers(robot, stage);
        robot.clickOn("#dossier-print-menu");
        Thread.sleep(400);
        robot.clickOn("#print-supplement");
        waitFor(() -> robot.lookup("#extras-items").tryQuery().isPresent());
        Thread.sleep(500);
        shot(tag, "17-print-form-dialog");
        ScreenShots.closeOthers(robot, stage);
        Node action = robot.lookup("#dossier-actions .button").query();
        robot.clickOn(action);
        waitFor(() -> robot.lookup("#action-ok").tryQuery().isPresent());
        Thread.sleep(500);
        shot(tag, "18-action-dialog");
        ScreenShots.closeOthers(robot, stage);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        Thread.sleep(1200);
        robot.type(KeyCode.ENTER);
        Thread.sleep(1500);
        shot(tag, "19-dossier-processing");
    }

    /** The supervisor's home with the overdue list, and the apology dialog for a dossier at risk. */
    private void supervisor(FxRobot robot, String tag) throws Exception {
        robot.clickOn("#nav-supervisor");
        Thread.sleep(1500);
        robot.clickOn("#figure-OVERDUE");
        Thread.sleep(1200);
        shot(tag, "20-supervisor");
        robot.clickOn("#supervisor-risk-tab");
        TableView<?> risk = robot.lookup("#supervisor-risk").queryAs(TableView.class);
        waitFor(() -> !risk.getItems().isEmpty());
        robot.interact(() -> risk.getSelectionModel().select(0));
        Thread.sleep(500);
        shot(tag, "21-supervisor-risk");
        javafx.scene.control.Button make = robot.lookup("#supervisor-apology").queryButton();
        waitFor(() -> !make.isDisabled());
        javafx.application.Platform.runLater(make::fire);
        waitFor(() -> robot.lookup("#apology-date").tryQuery().isPresent());
        Thread.sleep(500);
        robot.clickOn("#apology-ok"); // no reason yet: the message says so
        Thread.sleep(500);
        shot(tag, "22-apology-dialog");
        ScreenShots.closeOthers(robot, stage);
    }

    /** The counter rating window's question screen, for a returned dossier. */
    private void ratingQuestion(FxRobot robot, String tag) throws Exception {
        String done = ui.desk().ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT code FROM dossier WHERE status = 10 "
                    + "AND code NOT IN (SELECT dossier_code FROM rating UNION SELECT dossier_code FROM counter_rating)"
                    + " LIMIT 1")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (done == null || robot.lookup("#rating-code").tryQuery().isEmpty()) {
            return;
        }
        robot.clickOn("#rating-code").write(done);
        robot.clickOn("#rating-open");
        Thread.sleep(800);
        shot(tag, "49-rating-question");
        if (robot.lookup("#rating-DISSATISFIED").tryQuery().isPresent()) {
            robot.clickOn("#rating-DISSATISFIED");
            Thread.sleep(500);
            shot(tag, "50-rating-reasons");
        }
    }

    /** The screen a damaged data file gets instead of the sign-in. */
    private void recoveryScreen(FxRobot robot, String lang, int scale, String tag) throws Exception {
        Messages m = Messages.forLanguage(lang);
        robot.interact(() -> {
            var vm = new RecoveryViewModel(fresh.resolve("hong"), "org.flywaydb.core.api.FlywayException: Unable to "
                    + "obtain connection from database: [SQLITE_NOTADB] File opened that is not a database file",
                    Clock.systemUTC(), ui.tasks(), m, () -> { });
            var root = new RecoveryView(vm, m, () -> { }).root();
            Theme.applyTextScale(root, scale);
            stage.getScene().setRoot(root);
        });
        Thread.sleep(1200);
        shot(tag, "60-recovery");
    }

    /** The first-run wizard on a desk that was never set up, with its messages after an empty submit. */
    private void setupWizard(FxRobot robot, String lang, int scale, String tag) throws Exception {
        Path data = fresh.resolve("setup-" + tag);
        DeskPreferences prefs = DeskPreferences.load(data);
        prefs.setLanguage(lang);
        prefs.setTextScale(scale);
        prefs.save();
        DeskContext ctx = DeskContext.open(data, Clock.system(DeskContext.ZONE));
        try {
            robot.interact(() -> new DeskApp(ctx, DeskPreferences.load(data), PlaceholderReceiptPrinter::new,
                    ui.tasks()).start(stage));
            waitFor(() -> robot.lookup("#setup-officeName").tryQuery().isPresent());
            Thread.sleep(800);
            shot(tag, "61-setup");
            robot.clickOn("#setup-officeName").write("UBND xã Quảng Phú");
            robot.interact(() -> robot.lookup("#setup-submit").queryButton().fire());
            Thread.sleep(800);
            shot(tag, "62-setup-messages");
            robot.interact(() -> stage.getScene().setRoot(new javafx.scene.layout.StackPane()));
        } finally {
            ctx.close();
        }
    }
}
