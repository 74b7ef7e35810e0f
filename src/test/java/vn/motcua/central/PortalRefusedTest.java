package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.portal.JsonPortalGateway;
import vn.motcua.central.portal.PortalConfig;
import vn.motcua.central.portal.PortalSender;
import vn.motcua.central.portal.PortalStatus;
import vn.motcua.central.portal.mock.MockPortal;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskContext;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.TestDesks;

/**
 * Issue 17, "one record always refused": the portal refuses one dossier every time; the other dossiers flow, the
 * refused change is set aside after the allowed attempts and listed with the portal's reason (command line and
 * /metrics), the later change of the same dossier waits behind it, and {@code central portal resend CODE} sends both
 * once the cause is fixed. Also pause/resume and the session expiring.
 */
class PortalRefusedTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneAlwaysRefusedChangeIsSetAsideAndResentAfterAFix(@TempDir Path dir) throws Exception {
        CentralFixture f = CentralFixture.sqlite(dir);
        MockPortal mock = new MockPortal(0, "xa", "mat-khau", 1);
        PortalConfig cfg = PortalConfig.defaults(mock.url(), "xa", "mat-khau").withMaxAttempts(3)
                .withTiming(Duration.ofSeconds(4), Duration.ofSeconds(2), Duration.ofMillis(10), Duration.ofMillis(40),
                        Duration.ofMillis(30));
        PortalSender sender = null;
        DeskContext desk = TestDesks.desk(dir.resolve("desks"), CentralFixture.OFFICE_A, 1);
        CentralCli cli = new CentralCli(dir);
        try {
            SyncEngine engine = TestDesks.enrolled(f.ctx, f.server, CentralFixture.OFFICE_A, desk, 1);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                codes.add(TestDesks.register(desk));
            }
            String bad = codes.get(2);
            desk.dossiers().apply(bad, DossierAction.TRANSFER, TestDesks.admin(desk), null, null, null);
            desk.dossiers().apply(codes.get(4), DossierAction.TRANSFER, TestDesks.admin(desk), null, null, null);
            mock.refuse(bad, true);
            assertThat(engine.syncOnce().ok()).isTrue();
            sender = new PortalSender(f.ctx.database(), new JsonPortalGateway(cfg), cfg, Clock.systemUTC(), "n1", 1)
                    .start();

            waitFor(() -> office(f).setAside() == 1 && office(f).sent() == 6);
            PortalStatus.Office o = office(f);
            assertThat(o.waiting()).as("the bad dossier's later change waits behind it").isEqualTo(1);
            assertThat(o.setAsideChanges()).singleElement().satisfies(s -> {
                assertThat(s.code()).isEqualTo(bad);
                assertThat(s.version()).isEqualTo(1);
                assertThat(s.attempts()).isEqualTo(3);
                assertThat(s.reason()).contains("error_code 2").contains("từ chối theo cấu hình thử nghiệm");
            });
            JsonNode held = JSON.readTree(mock.dossiersJson().toString());
            assertThat(held.has(bad)).isFalse();
            for (String code : codes) {
                if (!code.equals(bad)) {
                    assertThat(held.get(code).get("progress").size()).as(code)
                            .isEqualTo(code.equals(codes.get(4)) ? 2 : 1);
                }
            }
            var status = cli.run("portal", "status");
            assertThat(status.exit()).isZero();
            JsonNode listed = JSON.readTree(status.out()).get("offices").get(0);
            assertThat(listed.get("setAside").asLong()).isEqualTo(1);
            assertThat(listed.get("waiting").asLong()).isEqualTo(1);
            assertThat(listed.get("setAsideChanges").get(0).get("code").asText()).isEqualTo(bad);
            assertThat(listed.get("setAsideChanges").get(0).get("reason").asText()).contains("từ chối");
            String metrics = f.get("/metrics", null).body();
            assertThat(metrics).contains("motcua_portal_changes_set_aside{office=\"" + CentralFixture.OFFICE_A
                    + "\"} 1").contains("motcua_portal_changes_sent{office=\"" + CentralFixture.OFFICE_A + "\"} 6")
                    .contains("motcua_portal_changes_waiting{office=\"" + CentralFixture.OFFICE_A + "\"} 1");

            // nothing set aside for a code that went through: refused with exit 3
            assertThat(cli.run("portal", "resend", codes.get(0)).exit()).isEqualTo(3);

            // the fix, then resend: both of the bad dossier's changes go, in order
            mock.refuse(bad, false);
            mock.expireSessions();
            var resend = cli.run("portal", "resend", bad);
            assertThat(resend.exit()).as(resend.err()).isZero();
            assertThat(JSON.readTree(resend.out()).get("requeued").asInt()).isEqualTo(1);
            waitFor(() -> office(f).sent() == 8);
            assertThat(office(f).setAside()).isZero();
            assertThat(office(f).waiting()).isZero();
            JsonNode after = JSON.readTree(mock.dossiersJson().toString()).get(bad);
            assertThat(after.get("progress")).hasSize(2);
            assertThat(after.get("progress").get(0).get("TrangThai").asText()).isEqualTo("2");
            assertThat(after.get("progress").get(1).get("TrangThai").asText()).isEqualTo("4");
            assertThat(after.get("dossier").get("TrangThaiHoSo").asText()).isEqualTo("4");
            assertThat(mock.signIns()).as("signed in again after the session expired").isGreaterThanOrEqualTo(2);

            // pause: changes queue, nothing goes; resume: they go
            assertThat(cli.run("portal", "pause").exit()).isZero();
            String late = TestDesks.register(desk);
            assertThat(engine.syncOnce().ok()).isTrue();
            Thread.sleep(400);
            assertThat(office(f).waiting()).isEqualTo(1);
            assertThat(office(f).paused()).isTrue();
            assertThat(JSON.readTree(mock.dossiersJson().toString()).has(late)).isFalse();
            assertThat(cli.run("portal", "resume").exit()).isZero();
            waitFor(() -> office(f).sent() == 9);
            assertThat(JSON.readTree(mock.dossiersJson().toString()).has(late)).isTrue();
        } finally {
            if (sender != null) {
                sender.close();
            }
            TestDesks.closeAll(desk, mock, f);
        }
    }

    private static PortalStatus.Office office(CentralFixture f) {
        return PortalStatus.read(f.ctx.database(), Clock.systemUTC()).stream()
                .filter(o -> o.officeCode().equals(CentralFixture.OFFICE_A)).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 30 s");
            }
            Thread.sleep(50);
        }
    }
}
