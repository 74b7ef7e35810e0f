package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskSettings;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.SetupService;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.domain.fee.PaymentMethod;

/**
 * Issue 20 over a real central server: a fee marked paid at desk 1 goes up as {@code FEE_PAID}, is applied by the
 * server (once: a second payment from another desk is refused), and comes down to desk 2 with the logbook line
 * desk 1 gave at registration.
 */
class FeePaidSyncTest {
    private static final String OFFICE = "000.00.01.H22";

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    SyncEngine sync1;
    SyncEngine sync2;

    @BeforeEach
    void start() throws Exception {
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")).withHost("127.0.0.1")
                .withPort(0);
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        desk1 = desk(1);
        desk2 = desk(2);
        sync1 = enrolled(desk1, 1);
        sync2 = enrolled(desk2, 2);
    }

    @AfterEach
    void stop() {
        TestDesks.closeAll(desk1, desk2, server, central);
    }

    private DeskContext desk(int no) {
        return TestDesks.desk(dir, OFFICE, no);
    }

    private SyncEngine enrolled(DeskContext d, int no) {
        return TestDesks.enrolled(central, server, OFFICE, d, no);
    }

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }

    @Test
    void feePaidAtOneDesk_isAppliedByTheServer_andPulledByTheOther() {
        String code = desk1.registration().register(new RegistrationRequest("1.004873", "direct", "counter",
                LocalDateTime.now(desk1.clock()).minusHours(1).withNano(0).toString(),
                new RegistrationRequest.Person("Nguyễn Văn Đức", "038095012345", null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null),
                admin(desk1)).dossier().code();
        SyncReport up0 = sync1.syncOnce();
        assertThat(up0.ok()).as(up0.error()).isTrue();
        assertThat(sync2.syncOnce().ok()).isTrue();
        // Both desks know the dossier; desk 2 has not been told of a payment.
        assertThat(desk2.fees().fee(code).payment()).isEmpty();

        desk1.fees().markPaid(code, PaymentMethod.TRANSFER, admin(desk1), "FT2612345");
        // Desk 2, not yet synced, also takes a payment for it (a clerk's mistake): the server keeps only the first.
        desk2.fees().markPaid(code, PaymentMethod.CASH, admin(desk2), null);
        SyncReport up = sync1.syncOnce();
        assertThat(up.ok()).as(up.error()).isTrue();
        assertThat(up.rejected()).isZero();
        SyncReport second = sync2.syncOnce();
        assertThat(second.rejected()).isEqualTo(1);
        assertThat(desk2.sync().quarantined(false, admin(desk2))).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo("FEE_PAID");
            assertThat(q.code()).isEqualTo("FEE_ALREADY_PAID");
        });

        // Desk 3 (a new desk of the office) learns the payment and desk 1's logbook line from the pull.
        DeskContext desk3 = desk(3);
        try {
            SyncEngine sync3 = enrolled(desk3, 3);
            assertThat(sync3.syncOnce().ok()).isTrue();
            var fee = desk3.fees().fee(code);
            assertThat(fee.payment()).get().satisfies(p -> {
                assertThat(p.method()).isEqualTo(PaymentMethod.TRANSFER);
                assertThat(p.amountVnd()).isEqualTo(10_000);
                assertThat(p.note()).isEqualTo("FT2612345");
            });
            var line = desk3.database().read(c -> new vn.motcua.store.LogbookRepository().find(c,
                    desk3.fees().fee(code).dossier().id()));
            assertThat(line).get().isEqualTo(new vn.motcua.domain.dossier.LogbookLine(
                    String.valueOf(LocalDateTime.now(desk1.clock()).minusHours(1).getYear()), 1));
        } finally {
            desk3.close();
        }
    }
}
