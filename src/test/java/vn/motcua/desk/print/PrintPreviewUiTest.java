package vn.motcua.desk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.common.FxTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.service.DeskFixture;

/**
 * The receipt preview as the clerk sees it (TestFX + Monocle): it opens on a registered dossier, shows the pages, and
 * "Lưu PDF" writes the very bytes previewed — a PDF whose text carries the dossier code and the applicant's name.
 * The receipt is rendered once: exactly one PRINT audit row.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewUiTest {
    @TempDir
    static Path dir;
    private static DeskFixture desk;
    private static FxTaskExecutor tasks;
    private static String code;
    private Stage owner;

    @BeforeAll
    static void createDesk() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
        tasks = new FxTaskExecutor();
    }

    @AfterAll
    static void close() {
        tasks.close();
        desk.close();
    }

    @Start
    void start(Stage stage) {
        owner = stage;
        if (stage.getScene() != null) {
            // the shared primary stage may still hold an earlier test's desk: detaching its root stops its timers
            stage.getScene().setRoot(new javafx.scene.layout.StackPane());
        }
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void receiptPreview_showsPages_andSavesThePdfShown(FxRobot robot) throws Exception {
        // a desk window of an earlier test class in this JVM may have fired its timer onto its closed executor
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.clearExceptions();
        Path out = dir.resolve("giay-tiep-nhan.pdf");
        int auditBefore = desk.count("audit");
        DeskPrinting printing = new DeskPrinting(desk.ctx().print(), desk.admin(), Messages.forLanguage("vi"), tasks,
                (w, name) -> Optional.of(out));
        robot.interact(() -> printing.receipt(owner, code, false));
        waitFor(() -> robot.lookup("#preview-pages").tryQuery()
                .map(n -> !((VBox) n).getChildren().isEmpty()).orElse(false));
        VBox pages = robot.lookup("#preview-pages").query();
        assertThat(pages.getChildren()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(((Label) robot.lookup("#preview-status").query()).getText()).startsWith("Bản xem trước:");
        assertThat(desk.count("audit") - auditBefore).isEqualTo(1);

        robot.clickOn("#preview-save");
        waitFor(() -> Files.exists(out) && ((Label) robot.lookup("#preview-status").query()).getText()
                .startsWith("Đã lưu PDF"));
        try (var doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(code).contains("Nguyễn Văn Đức").contains("GIẤY TIẾP NHẬN HỒ SƠ");
        }
        assertThat(desk.count("audit") - auditBefore).as("saving reuses the previewed bytes").isEqualTo(1);
        robot.clickOn("#preview-close");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }
}
