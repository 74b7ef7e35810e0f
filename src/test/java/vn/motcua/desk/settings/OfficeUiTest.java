package vn.motcua.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskPerClass;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.SetupService;

/** "Thông tin đơn vị": administrator only, live header preview, a bad value saves nothing, a good one is audited. */
@ExtendWith(ApplicationExtension.class)
class OfficeUiTest {
    @RegisterExtension
    static final DeskPerClass DESK = DeskPerClass.of(d -> AdminScreens.deskWithClerk(d));

    @Start
    void start(Stage stage) {
        DESK.ui().start(stage);
    }

    @Test
    void clerk_doesNotSeeIt_andTheServiceRefusesHim(FxRobot robot) throws Exception {
        OfficeProfile before = DESK.ui().desk().ctx().setup().office().orElseThrow();
        signIn(robot, "canbo", AdminScreens.CLERK_PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-office")).isFalse();
        Actor clerk = AdminScreens.CLERK;
        assertThatThrownBy(() -> DESK.ui().desk().ctx().setup().updateOffice(
                new SetupService.OfficeDetails("UBND xã Khác", null, null, null), clerk))
                .isInstanceOf(vn.motcua.service.AccessDeniedException.class);
        assertThat(DESK.ui().desk().ctx().setup().office().orElseThrow()).isEqualTo(before);
    }

    @Test
    void admin_previewFollowsTheTyping_badNameSavesNothing_goodOneIsSavedAuditedAndReadBack(FxRobot robot)
            throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-office")).isTrue();
        OfficeProfile before = DESK.ui().desk().ctx().setup().office().orElseThrow();
        long audits = DESK.ui().desk().count("audit");
        vn.motcua.desk.DeskUi.menu(robot, "menu-office");
        waitFor(() -> robot.lookup("#office-name").tryQuery().isPresent());
        assertThat(text(robot, "#office-name")).isEqualTo("Xã Quảng Phú");

        set(robot, "#office-name", "   ");
        robot.clickOn("#office-save");
        waitFor(() -> text(robot, "#office-error").equals("Tên đơn vị không được để trống."));
        assertThat(DESK.ui().desk().ctx().setup().office().orElseThrow()).isEqualTo(before);
        assertThat(DESK.ui().desk().count("audit")).isEqualTo(audits);

        set(robot, "#office-name", "UBND xã Hòa Bình");
        set(robot, "#office-governingBody", "");
        set(robot, "#office-placeName", "");
        waitFor(() -> text(robot, "#office-header-preview").startsWith("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\n"));
        assertThat(text(robot, "#office-header-preview")).contains("Hòa Bình, ngày");
        set(robot, "#office-unitName", "BỘ PHẬN MỘT CỬA");
        waitFor(() -> text(robot, "#office-header-preview").contains("\nBỘ PHẬN MỘT CỬA\n"));
        robot.clickOn("#office-save");
        waitFor(() -> robot.lookup("#office-save").tryQuery().isEmpty());
        waitFor(() -> vn.motcua.desk.DeskUi.shownText("Đã lưu thông tin đơn vị.")); // the corner notice

        OfficeProfile saved = DESK.ui().desk().ctx().setup().office().orElseThrow();
        assertThat(saved.officeName()).isEqualTo("UBND xã Hòa Bình");
        assertThat(saved.governingBody()).isEqualTo("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
        assertThat(saved.unitName()).isEqualTo("BỘ PHẬN MỘT CỬA");
        assertThat(saved.placeName()).isEqualTo("Hòa Bình");
        assertThat(saved.agencyCode()).isEqualTo(before.agencyCode());
        assertThat(saved.ratingSecret()).isEqualTo(before.ratingSecret());
        assertThat(saved.deviceId()).isEqualTo(before.deviceId());
        assertThat(DESK.ui().desk().count("audit")).isEqualTo(audits + 1);

        vn.motcua.desk.DeskUi.menu(robot, "menu-office");
        waitFor(() -> robot.lookup("#office-name").tryQuery().isPresent());
        assertThat(text(robot, "#office-name")).isEqualTo("UBND xã Hòa Bình");
        assertThat(text(robot, "#office-unitName")).isEqualTo("BỘ PHẬN MỘT CỬA");
        robot.clickOn("#office-cancel");
    }

    private static void set(FxRobot robot, String query, String value) {
        TextField f = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> f.setText(value));
    }
}
