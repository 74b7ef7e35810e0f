package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskContext;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.fee.PaymentMethod;

/**
 * Issue 20 over a real central server: a fee marked paid at desk 1 goes up as {@code FEE_PAID}, is applied by the
 * server (once: a second payment from another desk is refused), and comes down to desk 2 with the logbook line
 * desk 1 gave at registration.
 */
class FeePaidSyncTest {
    private static final String OFFICE = SyncRig.OFFICE;

    @TempDir
    Path dir;
    @RegisterExtension
    final SyncRig rig = SyncRig.enrolled(2);

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }

    @Test
    void feePaidAtOneDesk_isAppliedByTheServer_andPulledByTheOther() {
        String code = rig.desk(1).registration().register(new RegistrationRequest("1.004873", "direct", "counter",
                LocalDateTime.now(rig.desk(1).clock()).minusHours(1).withNano(0).toString(),
                new RegistrationRequest.Person("Nguyễn Văn Đức", "038095012345", null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null),
                admin(rig.desk(1))).dossier().code();
        SyncReport up0 = rig.sync(1).syncOnce();
        assertThat(up0.ok()).as(up0.error()).isTrue();
        assertThat(rig.sync(2).syncOnce().ok()).isTrue();
        // Both desks know the dossier; desk 2 has not been told of a payment.
        assertThat(rig.desk(2).fees().fee(code).payment()).isEmpty();

        rig.desk(1).fees().markPaid(code, PaymentMethod.TRANSFER, admin(rig.desk(1)), "FT2612345");
        // Desk 2, not yet synced, also takes a payment for it (a clerk's mistake): the server keeps only the first.
        rig.desk(2).fees().markPaid(code, PaymentMethod.CASH, admin(rig.desk(2)), null);
        SyncReport up = rig.sync(1).syncOnce();
        assertThat(up.ok()).as(up.error()).isTrue();
        assertThat(up.rejected()).isZero();
        SyncReport second = rig.sync(2).syncOnce();
        assertThat(second.rejected()).isEqualTo(1);
        assertThat(rig.desk(2).sync().quarantined(false, admin(rig.desk(2)))).anySatisfy(q -> {
            assertThat(q.type()).isEqualTo("FEE_PAID");
            assertThat(q.code()).isEqualTo("FEE_ALREADY_PAID");
        });

        // Desk 3 (a new desk of the office) learns the payment and desk 1's logbook line from the pull.
        DeskContext desk3 = TestDesks.desk(dir, OFFICE, 3);
        try {
            SyncEngine sync3 = TestDesks.enrolled(rig.central(), rig.server(), OFFICE, desk3, 3);
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
                    String.valueOf(LocalDateTime.now(rig.desk(1).clock()).minusHours(1).getYear()), 1));
        } finally {
            desk3.close();
        }
    }
}
