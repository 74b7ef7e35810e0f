package vn.motcua.desk.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.text;
import static vn.motcua.desk.DeskUi.waitFor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.desk.DeskUi;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskFixture;

/** "Nhập danh mục thủ tục…": administrator only; a good file is imported, a bad one imports nothing and lists why. */
@ExtendWith(ApplicationExtension.class)
class CatalogImportUiTest {
    @TempDir
    static Path dir;
    @TempDir
    static Path files;
    private static DeskUi ui;

    @BeforeAll
    static void createDesk() {
        ui = DeskUi.over(AdminScreens.deskWithClerk(dir));
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        ui.start(stage);
    }

    /** The shipped sample catalogue with {@code change} applied, written to {@code name}. */
    private static Path catalogue(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = CatalogImportUiTest.class.getResourceAsStream("/vn/motcua/catalog/sample-catalog.json")) {
            root = (ObjectNode) json.readTree(in);
        }
        change.accept(root);
        Path f = files.resolve(name);
        Files.writeString(f, json.writeValueAsString(root));
        return f;
    }

    private static ObjectNode procedure(ObjectNode root, int i) {
        return (ObjectNode) root.withArray("procedures").get(i);
    }

    @Test
    void clerk_doesNotSeeIt_andTheServiceRefusesHim(FxRobot robot) throws Exception {
        signIn(robot, "canbo", AdminScreens.CLERK_PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-catalog-import")).isFalse();
        Path good = catalogue("clerk.json", r -> procedure(r, 0).put("name", "Tên do cán bộ sửa"));
        Actor clerk = AdminScreens.CLERK;
        assertThatThrownBy(() -> ui.desk().ctx().catalog().importFile(good, false, clerk))
                .isInstanceOf(vn.motcua.service.AccessDeniedException.class);
        assertThat(ui.desk().ctx().catalog().find("1.001193").orElseThrow().name()).isNotEqualTo("Tên do cán bộ sửa");
    }

    @Test
    void admin_goodFileIsImported_badFileImportsNothingAndListsEveryBadEntry(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);
        assertThat(AdminScreens.menuItemVisible(robot, "menu-catalog-import")).isTrue();
        Window owner = robot.lookup("#user-menu").query().getScene().getWindow();
        int count = ui.desk().ctx().catalog().list(false).size();

        Path good = catalogue("tot.json", r -> procedure(r, 0).put("name", "Đăng ký khai sinh (danh mục tỉnh)"));
        Platform.runLater(() -> CatalogImportDialog.importFile(owner, ui.app().messages(), ui.desk().ctx().catalog(),
                ui.desk().admin(), ui.tasks(), good));
        waitFor(() -> robot.lookup("#catalog-import-summary").tryQuery().isPresent());
        assertThat(text(robot, "#catalog-import-summary")).isEqualTo("Đã nhập " + count + " thủ tục từ tệp «tot.json».");
        robot.clickOn("#catalog-import-close");
        assertThat(ui.desk().ctx().catalog().find("1.001193").orElseThrow().name())
                .isEqualTo("Đăng ký khai sinh (danh mục tỉnh)");

        Path bad = catalogue("sai.json", r -> {
            procedure(r, 2).put("name", "Tên mới không được nhập");
            procedure(r, 1).put("name", "");
            ((ObjectNode) procedure(r, 3).get("times").get("direct")).put("unit", "fortnight");
        });
        Platform.runLater(() -> CatalogImportDialog.importFile(owner, ui.app().messages(), ui.desk().ctx().catalog(),
                ui.desk().admin(), ui.tasks(), bad));
        waitFor(() -> robot.lookup("#catalog-import-problems").tryQuery().isPresent());
        assertThat(text(robot, "#catalog-import-summary")).startsWith("Không nhập tệp «sai.json»: có 2 mục sai");
        ListView<?> problems = robot.lookup("#catalog-import-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).hasSize(2);
        assertThat(problems.getItems().get(0).toString()).startsWith("Mục 2 (1.000894), trường procedures[1].name");
        assertThat(problems.getItems().get(1).toString())
                .startsWith("Mục 4 (1.004873), trường procedures[3].times.direct.unit")
                .endsWith("cần một trong các giá trị working-days, calendar-days, working-hours, same-day, nhưng gặp "
                        + "«fortnight»"); // the problem itself in Vietnamese too (decision 0025)
        robot.clickOn("#catalog-import-close");
        assertThat(ui.desk().ctx().catalog().find(procedure(readSample(), 2).get("code").asText()).orElseThrow()
                .name()).isNotEqualTo("Tên mới không được nhập");
        assertThat(ui.desk().ctx().catalog().list(false)).hasSize(count);

        // only the good entries, as catalog import --partial: the bad two are skipped and listed again
        Platform.runLater(() -> CatalogImportDialog.importFile(owner, ui.app().messages(), ui.desk().ctx().catalog(),
                ui.desk().admin(), ui.tasks(), bad));
        waitFor(() -> robot.lookup("#catalog-import-partial").tryQuery().isPresent());
        robot.clickOn("#catalog-import-partial");
        waitFor(() -> text(robot, "#catalog-import-summary").startsWith("Đã nhập " + (count - 2)));
        assertThat(text(robot, "#catalog-import-summary")).contains("bỏ qua 2 mục sai");
        assertThat(robot.lookup("#catalog-import-partial").tryQuery()).isEmpty();
        assertThat(robot.lookup("#catalog-import-problems").queryAs(ListView.class).getItems()).hasSize(2);
        robot.clickOn("#catalog-import-close");
        assertThat(ui.desk().ctx().catalog().find(procedure(readSample(), 2).get("code").asText()).orElseThrow()
                .name()).isEqualTo("Tên mới không được nhập");
    }

    private static ObjectNode readSample() throws Exception {
        try (InputStream in = CatalogImportUiTest.class.getResourceAsStream("/vn/motcua/catalog/sample-catalog.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }
}
