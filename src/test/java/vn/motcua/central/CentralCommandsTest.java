package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's commands ({@code motcua central ...}) on the default SQLite database of a data folder. */
class CentralCommandsTest {
    @TempDir
    Path dir;

    private CentralCli.Run run(String... args) {
        return new CentralCli(dir).run(args);
    }

    @Test
    void officeAndEnrollmentCode() {
        CentralCli.Run add = run("office", "add", "--agency-code", "000.00.01.h22", "--name", "Xã Quảng Phú");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("\"agencyCode\" : \"000.00.01.H22\"").contains("Xã Quảng Phú");
        assertThat(Files.exists(dir.resolve("central.db"))).isTrue();
        assertThat(run("office", "add", "--agency-code", "000.00.01.H22", "--name", "Lần hai").exit()).isEqualTo(3);
        assertThat(run("office", "add", "--agency-code", "H22", "--name", "Sai mã").exit()).isEqualTo(2);

        CentralCli.Run code = run("enroll-code", "--office", "000.00.01.H22", "--desk", "1");
        assertThat(code.exit()).as(code.err()).isZero();
        assertThat(code.out()).containsPattern("\"enrollmentCode\" : \"[A-Z2-9]{5}(-[A-Z2-9]{5}){3}\"")
                .contains("\"expiresAt\"");
        assertThat(run("enroll-code", "--office", "000.00.09.H22", "--desk", "1").exit()).isEqualTo(3);
        assertThat(run("enroll-code", "--office", "000.00.01.H22", "--desk", "0").exit()).isEqualTo(2);
        assertThat(run("device", "list").out().trim()).isEqualTo("[ ]");
        assertThat(run("device", "revoke", "no-such-device").exit()).isEqualTo(3);
        assertThat(run("office", "list").out()).contains("000.00.01.H22");
    }

    @Test
    void catalogAndCalendarImport_areAllOrNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\":1,\"procedures\":[{\"code\":\"x\"}]}");
        CentralCli.Run refused = run("catalog", "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("NOT imported");

        Path sample = copy("/vn/motcua/catalog/sample-catalog.json", "catalog.json");
        CentralCli.Run ok = run("catalog", "import", sample.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("\"version\" : 1");

        Path calendar = copy("/vn/motcua/calendar/vn-official.json", "calendar.json");
        CentralCli.Run cal = run("calendar", "import", calendar.toString());
        assertThat(cal.exit()).as(cal.err()).isZero();
        assertThat(cal.out()).contains("\"version\" : 1");
        assertThat(run("calendar", "import", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
    }

    private Path copy(String resource, String name) throws Exception {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
