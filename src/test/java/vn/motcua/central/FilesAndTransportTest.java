package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.service.DeskFixture;
import vn.motcua.sync.SyncException;

/**
 * Issue 13, item 7: files readable by their owner only (central folder and files, backups wherever written),
 * enrollment over plain http to another host refused without {@code --insecure}, chunked citizen form posts cut at
 * the same limit as declared ones, and the desk database at {@code synchronous=FULL}.
 */
class FilesAndTransportTest {

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void centralDataFolder_is0700_andEveryFileInIt0600(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "POSIX permissions only");
        Path dir = tmp.resolve("central");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // a key file another part of the server left world-readable
        Path key = Files.writeString(dir.resolve("rating-seal.key"), "k");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

        CentralCli.Run run = new CentralCli(dir).run("office", "add", "--agency-code", "000.00.01.H22", "--name", "Xã A");
        assertThat(run.exit()).as(run.err()).isZero();

        assertThat(perms(dir)).isEqualTo("rwx------");
        assertThat(Files.exists(dir.resolve("central.db"))).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(perms(f)).as(f.getFileName().toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void centralSqliteFile_elsewhere_isCreated0600_withItsWalFiles(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "POSIX permissions only");
        try (CentralFixture f = CentralFixture.sqlite(tmp)) {
            f.ctx.admin().addOffice("000.00.09.H22", "Xã C", false); // a write: the WAL file exists now
            assertThat(perms(tmp.resolve("central.db"))).isEqualTo("rw-------");
            for (String side : new String[] {"central.db-wal", "central.db-shm"}) {
                if (Files.exists(tmp.resolve(side))) {
                    assertThat(perms(tmp.resolve(side))).as(side).isEqualTo("rw-------");
                }
            }
            assertThat(Files.exists(tmp.resolve("central.db-wal"))).isTrue();
        }
    }

    @Test
    void backupWrittenAnywhere_is0600(@TempDir Path tmp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(), "POSIX permissions only");
        Path usb = tmp.resolve("usb");
        Files.createDirectories(usb);
        Files.setPosixFilePermissions(usb, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (DeskFixture desk = DeskFixture.create(tmp.resolve("desk"), 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            desk.register("1.004873", "2026-04-29T09:00", "Nguyễn Văn An");
            var toFolder = desk.ctx().backups().create(usb);
            var daily = desk.ctx().backups().create(null);
            assertThat(toFolder.integrity()).isEqualTo("ok");
            assertThat(perms(toFolder.backup().file())).isEqualTo("rw-------");
            assertThat(perms(daily.backup().file())).isEqualTo("rw-------");
            try (Stream<Path> files = Files.list(usb)) {
                assertThat(files.toList()).allSatisfy(p -> assertThat(perms(p)).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void deskDatabase_runsAtSynchronousFull(@TempDir Path tmp) {
        try (DeskFixture desk = DeskFixture.create(tmp, 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            int[] modes = new int[2];
            desk.ctx().database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    modes[0] = rs.getInt(1);
                }
                return null;
            });
            desk.ctx().database().write(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA synchronous")) {
                    rs.next();
                    modes[1] = rs.getInt(1);
                }
                return null;
            });
            assertThat(modes).containsExactly(2, 2); // 2 = FULL (NORMAL is 1)
        }
    }

    @Test
    void enrollOverPlainHttp_toAnotherHost_isRefusedUnlessInsecure(@TempDir Path tmp) {
        try (DeskFixture desk = DeskFixture.create(tmp, 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            for (String url : new String[] {"http://motcua.example.gov.vn", "http://10.1.2.3:8080",
                "http://0.0.0.0:1", "http://192.168.1.10/"}) {
                assertThatThrownBy(() -> desk.ctx().sync().enroll(url, "ABCD-EFGH", "Quầy 1", desk.admin()))
                        .as(url).isInstanceOfSatisfying(SyncException.class,
                                e -> assertThat(e.code()).isEqualTo("INSECURE_URL"))
                        .hasMessageContaining("--insecure");
            }
            // with --insecure the same address is tried (nothing listens there: a network error, not the refusal)
            assertThatThrownBy(() -> desk.ctx().sync().enroll("http://0.0.0.0:1", "ABCD-EFGH", "Quầy 1",
                    desk.admin(), true)).isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.code()).isNotEqualTo("INSECURE_URL"));
            // loopback stays allowed without the flag (a network error again, not the refusal)
            for (String url : new String[] {"http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"}) {
                assertThatThrownBy(() -> desk.ctx().sync().enroll(url, "ABCD-EFGH", "Quầy 1", desk.admin()))
                        .as(url).isInstanceOfSatisfying(SyncException.class,
                                e -> assertThat(e.code()).isNotEqualTo("INSECURE_URL"));
            }
        }
    }

    @Test
    void enrollOverHttps_toARemoteHost_isNotRefusedForItsScheme(@TempDir Path tmp) {
        try (DeskFixture desk = DeskFixture.create(tmp, 1, LocalDateTime.of(2026, 4, 29, 9, 0))) {
            assertThatThrownBy(() -> desk.ctx().sync().enroll("https://127.0.0.1:1", "ABCD-EFGH", "Quầy 1",
                    desk.admin())).isInstanceOfSatisfying(SyncException.class,
                            e -> assertThat(e.code()).isNotEqualTo("INSECURE_URL"));
        }
    }

    @Test
    void chunkedCitizenForm_isCutAtTheDeclaredLimit(@TempDir Path tmp) throws Exception {
        try (CentralFixture f = CentralFixture.sqlite(tmp)) {
            String path = "/tra-cuu/" + URLEncoder.encode("000.00.01.H22-260429-0001", StandardCharsets.UTF_8);
            String over = "last4=1234&pad=" + "a".repeat(16 * 1024); // 16 KiB + 15 bytes
            String exact = "last4=1234&pad=" + "a".repeat(16 * 1024 - 15); // exactly 16 KiB
            assertThat(exact.length()).isEqualTo(16 * 1024);
            // declared length: refused above the limit, taken at it
            assertThat(f.send(form(f, path, over, false)).statusCode()).isEqualTo(413);
            assertThat(f.send(form(f, path, exact, false)).statusCode()).isNotEqualTo(413);
            // the same bodies chunked (no length): the same answers
            assertThat(f.send(form(f, path, over, true)).statusCode()).isEqualTo(413);
            assertThat(f.send(form(f, path, exact, true)).statusCode()).isNotEqualTo(413);
            // a chunked body far larger (1 MiB, over even the API limit) is refused with the same page
            String huge = "last4=1234&pad=" + "a".repeat(1024 * 1024);
            var r = f.send(form(f, path, huge, true));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("Nội dung gửi quá lớn");
        }
    }

    private static HttpRequest form(CentralFixture f, String path, String body, boolean chunked) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(f.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                        : HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }
}
