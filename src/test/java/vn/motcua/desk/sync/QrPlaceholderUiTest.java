package vn.motcua.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.desk.DeskUi;
import vn.motcua.desk.print.DeskPrinting;
import vn.motcua.desk.register.ReceivedDialog;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.DeskSettings;
import vn.motcua.service.RegistrationService;

/**
 * Until the desk is enrolled, receipts' QR codes point at a placeholder address: the status bar, the receipt's
 * preview and the "saved" dialog say so. Enrolling with a real central server stores the public address the server
 * names in its answer (not the address the desk used to reach it), and the warnings go away.
 */
@ExtendWith(ApplicationExtension.class)
class QrPlaceholderUiTest {
    private static final String PUBLIC = "https://dichvucong.quangphu.test";
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static CentralContext central;
    private static CentralServer server;
    private static RegistrationService.Registered registered;

    @BeforeAll
    static void createDesk() throws Exception {
        DeskFixture desk = DeskFixture.create(dir.resolve("desk"), 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        registered = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức");
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath())
                .withHost("127.0.0.1").withPort(0).withBaseUrl(PUBLIC);
        central = CentralContext.open(cfg, java.time.Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(DeskFixture.AGENCY, "Xã Quảng Phú", false);
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
        server.close();
        central.close();
    }

    @Start
    void start(Stage stage) {
        ui.start(stage);
    }

    @Test
    void notEnrolled_everyPlaceSaysTheQrCodesDoNotWorkYet_enrolled_theServersPublicAddressIsUsed(FxRobot robot)
            throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        assertThat(robot.lookup("#status-qr").query().isVisible()).isTrue();
        assertThat(text(robot, "#status-qr")).isEqualTo("Mã QR chưa dùng được");

        // the receipt's preview
        var printing = DeskPrinting.standard(ui.desk().ctx().print(), ui.desk().admin(), ui.app().messages(),
                ui.tasks());
        String code = registered.dossier().code();
        robot.interact(() -> printing.receipt(robot.window(0), code, false));
        waitFor(() -> robot.lookup("#preview-qr-warning").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text(robot, "#preview-qr-warning")).contains("CHƯA dùng được");
        robot.clickOn("#preview-close");

        // the "saved" dialog with its print button
        javafx.application.Platform.runLater(() -> ReceivedDialog.show(robot.window(0), ui.app().messages(),
                registered, d -> "", ui.tasks(), ui.desk().ctx().print().qrCodesWork() ? null : ui.app().messages().t("qr.notEnrolled")));
        waitFor(() -> robot.lookup("#received-qr-warning").tryQuery().isPresent());
        robot.clickOn("#received-next");

        // enrolled through a real server that names its public address
        String enrollment = central.enrollment().issue(DeskFixture.AGENCY, 1, Duration.ofHours(1)).enrollmentCode();
        ui.desk().ctx().sync().enroll("http://127.0.0.1:" + server.port(), enrollment, "Quầy 1", ui.desk().admin());
        assertThat(ui.desk().ctx().calendar().settings().centralBaseUrl()).isEqualTo(PUBLIC);
        assertThat(ui.desk().ctx().calendar().settings().centralBaseUrl()).isNotEqualTo(DeskSettings.PLACEHOLDER_URL);
        robot.clickOn("#nav-NEW").type(KeyCode.F5);
        waitFor(() -> !robot.lookup("#status-qr").query().isVisible());
        robot.interact(() -> printing.receipt(robot.window(0), code, false));
        waitFor(() -> robot.lookup("#preview-close").tryQuery().isPresent());
        assertThat(robot.lookup("#preview-qr-warning").query().isVisible()).isFalse();
        robot.clickOn("#preview-close");
    }
}
