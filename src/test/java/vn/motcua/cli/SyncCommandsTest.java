package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.service.DeskContext;
import vn.motcua.store.RatingRepository;

/**
 * {@code sync} against a real central server in process: a revoked device is said to be revoked and refused with
 * exit 3; a server that cannot be reached exits 4 (not 1, "internal error"); ratings print their criteria as JSON.
 */
class SyncCommandsTest {
    @TempDir
    Path dir;

    @Test
    void revokedDevice_isSaidRevoked_andAnUnreachableServerHasItsOwnExitCode() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("desk"));
        cli.setUp();
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath())
                .withHost("127.0.0.1").withPort(0);
        String url;
        try (CentralContext central = CentralContext.open(cfg, Clock.systemUTC());
             CentralServer server = CentralServer.start(central, cfg)) {
            url = server.baseUrl();
            central.admin().addOffice("000.00.01.H22", "Xã Quảng Phú", false);
            String code = central.enrollment().issue("000.00.01.H22", 1, Duration.ofHours(1)).enrollmentCode();
            CliRunner.Run enrolled = cli.run("enroll", "--server", url, "--code", code);
            assertThat(enrolled.exit()).as(enrolled.err()).isZero();
            assertThat(cli.run("sync").exit()).isZero();
            JsonNode status = cli.run("sync", "status").json();
            assertThat(status.get("state").asText()).isEqualTo("enrolled");
            assertThat(status.get("enrolled").asBoolean()).isTrue();

            central.admin().revoke(enrolled.json().get("deviceId").asText());
            CliRunner.Run refused = cli.run("sync");
            assertThat(refused.exit()).isEqualTo(3);
            assertThat(refused.json().get("errorCode").asText()).isEqualTo("DEVICE_REVOKED");
            JsonNode after = cli.run("sync", "status").json();
            assertThat(after.get("state").asText()).isEqualTo("revoked");
            assertThat(after.get("enrolled").asBoolean()).isFalse();
            assertThat(after.get("revokedAt").isNull()).isFalse();
        }
        // the server is gone: a network failure, exit 4
        CliRunner.Run down = cli.run("sync");
        assertThat(down.exit()).as(down.err()).isEqualTo(ErrorReporter.SERVER_UNREACHABLE);
        assertThat(down.json().get("errorCode").asText()).isEqualTo("NETWORK");
        assertThat(down.err()).startsWith("error: sync stopped");
    }

    @Test
    void enroll_withTheServerDown_exits4() {
        CliRunner cli = new CliRunner(dir.resolve("desk"));
        cli.setUp();
        CliRunner.Run r = cli.run("enroll", "--server", "http://127.0.0.1:9", "--code", "ABCD-EFGH");
        assertThat(r.exit()).as(r.err()).isEqualTo(ErrorReporter.SERVER_UNREACHABLE);
        assertThat(r.err()).startsWith("error:");
    }

    @Test
    void ratings_printTheirCriteriaAsJson() throws Exception {
        CliRunner cli = new CliRunner(dir.resolve("desk"));
        cli.setUp();
        try (DeskContext ctx = DeskContext.open(dir.resolve("desk"))) {
            ctx.database().write(c -> {
                new RatingRepository().upsert(c, new RatingRepository.Rating("000.00.01.H22-260429-0001", null,
                        "SATISFIED", null, "{\"time\":5,\"attitude\":4}", "qr", "2026-04-29T09:00:00Z",
                        "2026-04-29T09:00:00Z", 7));
                return null;
            });
        }
        JsonNode ratings = cli.run("sync", "ratings").json();
        assertThat(ratings).hasSize(1);
        JsonNode criteria = ratings.get(0).get("criteria");
        assertThat(criteria.isObject()).as(ratings.toString()).isTrue();
        assertThat(criteria.get("time").asInt()).isEqualTo(5);
        assertThat(ratings.get(0).get("dossierCode").asText()).isEqualTo("000.00.01.H22-260429-0001");
    }
}
