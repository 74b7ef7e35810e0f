package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans stored once per content in the data folder, tied to document lines, counted for the reports. */
class AttachmentServiceTest {
    @TempDir
    Path dir;
    @TempDir
    Path scans;
    private DeskFixture desk;
    private String code;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 6, 10, 0));
        code = desk.register("1.001193", "2026-05-06T09:30", "Nguyễn Văn Đức").dossier().code();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void attach_storesByContent_listsIt_andCountsDigitisedComponents() throws Exception {
        Path pdf = Files.write(scans.resolve("to-khai.pdf"), "%PDF-1.4 scan".getBytes());
        Path copy = Files.write(scans.resolve("ban-sao.pdf"), "%PDF-1.4 scan".getBytes());
        var a = desk.ctx().attachments().attach(code, 0, pdf, desk.admin());
        desk.ctx().attachments().attach(code, 0, copy, desk.admin());
        assertThat(a.mediaType()).isEqualTo("application/pdf");
        assertThat(desk.ctx().attachments().fileOf(a)).exists()
                .isEqualTo(dir.resolve("attachments").resolve(a.sha256().substring(0, 2)).resolve(a.sha256()));
        assertThat(desk.ctx().attachments().list(code)).hasSize(1);
        assertThat(desk.ctx().attachments().digitisedComponents(code)).isEqualTo(1);
    }

    @Test
    void attach_refusesWhatIsNotAScan_andChangesNothing() throws Exception {
        Path exe = Files.write(scans.resolve("virus.pdf"), "MZ not a pdf".getBytes());
        assertThatThrownBy(() -> desk.ctx().attachments().attach(code, 0, exe, desk.admin()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không phải PDF, JPG hoặc PNG");
        Path empty = Files.createFile(scans.resolve("rong.png"));
        assertThatThrownBy(() -> desk.ctx().attachments().attach(code, 0, empty, desk.admin()))
                .hasMessageContaining("rỗng");
        assertThatThrownBy(() -> desk.ctx().attachments().attach(code, 9, exe, desk.admin()))
                .hasMessageContaining("thành phần thứ 10");
        assertThat(desk.ctx().attachments().list(code)).isEmpty();
        try (var files = Files.walk(dir.resolve("attachments"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
