package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code motcua central account add|list|disable|enable|reset-password} on the default SQLite database. */
class CentralAccountCommandsTest {
    private static final String OFFICE = "000.00.01.H22";

    @TempDir
    Path dir;

    private CentralCli.Run run(String... args) {
        return new CentralCli(dir).run(args);
    }

    @Test
    void addListDisableEnableReset() {
        assertThat(run("office", "add", "--agency-code", OFFICE, "--name", "Xã Quảng Phú").exit()).isZero();

        CentralCli.Run given = run("account", "add", "--office", "000.00.01.h22", "--username", "hoa.lt", "--full-name",
                "Lê Thị Hoa", "--password", "mat-khau-tinh");
        assertThat(given.exit()).as(given.err()).isZero();
        assertThat(given.out()).contains("\"username\" : \"hoa.lt\"", "\"role\" : \"CLERK\"", "\"active\" : true")
                .doesNotContain("initialPassword", "argon2", "mat-khau-tinh");

        CentralCli.Run generated = run("account", "add", "--office", OFFICE, "--username", "nam.nv", "--full-name",
                "Nguyễn Văn Nam", "--role", "supervisor", "--must-change");
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).containsPattern("\"initialPassword\" : \"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}\"")
                .contains("\"mustChangePassword\" : true", "\"role\" : \"SUPERVISOR\"").doesNotContain("argon2");

        CentralCli.Run list = run("account", "list", "--office", OFFICE);
        assertThat(list.out()).contains("hoa.lt", "nam.nv").doesNotContain("argon2", "initialPassword");

        assertThat(run("account", "disable", "--office", OFFICE, "--username", "hoa.lt").out())
                .contains("\"active\" : false");
        assertThat(run("account", "disable", "--office", OFFICE, "--username", "hoa.lt").exit()).isEqualTo(3);
        assertThat(run("account", "enable", "--office", OFFICE, "--username", "hoa.lt").out())
                .contains("\"active\" : true");
        CentralCli.Run reset = run("account", "reset-password", "--office", OFFICE, "--username", "hoa.lt");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("initialPassword").doesNotContain("argon2");

        // refusals: taken name (3), unknown office/account (3), bad input (2)
        assertThat(run("account", "add", "--office", OFFICE, "--username", "hoa.lt", "--full-name", "X").exit())
                .isEqualTo(3);
        assertThat(run("account", "add", "--office", "000.00.09.H22", "--username", "lan.pt", "--full-name", "X")
                .exit()).isEqualTo(3);
        assertThat(run("account", "enable", "--office", OFFICE, "--username", "khong.co").exit()).isEqualTo(3);
        CentralCli.Run badRole = run("account", "add", "--office", OFFICE, "--username", "lan.pt", "--full-name", "Phạm Lan",
                "--role", "BOSS");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("Vai trò phải là");
        assertThat(run("account", "add", "--office", OFFICE, "--username", "lan.pt", "--full-name", "Phạm Lan",
                "--password", "ngan").exit()).isEqualTo(2);
    }
}
