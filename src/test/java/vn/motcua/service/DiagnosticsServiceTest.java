package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsServiceTest {
    @Test
    void diagnosticsZip_hasInfoButNoSecretsOrPersonalData(@TempDir Path dir) throws Exception {
        try (DeskFixture desk = DeskFixture.create(dir.resolve("d"), 1, LocalDateTime.of(2026, 5, 4, 10, 0))) {
            desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
            String secret = desk.ctx().database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT rating_secret FROM office")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            Path zip = desk.ctx().diagnostics().write(dir.resolve("diag.zip"));
            Map<String, String> entries = new HashMap<>();
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(zip))) {
                for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            String info = entries.get("diagnostics.json");
            assertThat(info).contains("\"integrity\" : \"ok\"").contains("\"dossier\" : 1")
                    .contains("Xã Quảng Phú").doesNotContain(secret).doesNotContain("Nguyễn Văn Đức")
                    .doesNotContain("038095001234").doesNotContain("argon2");
        }
    }
}
