package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.service.DeskContext;

/**
 * A dossier sent to another agency (liên thông) stays at the agency while it waits for a supplement the agency asked
 * for: the desk's lifecycle says so, and the server must judge by the same rule. Found by the sync soak (seed
 * 9244289671489): the server forgot the agency on any action but the sending, then refused the desk's «Nhận lại từ
 * liên thông» and the desk kept a step the server never took.
 */
class InteropThroughSupplementSyncTest {
    private static final String AGENCY = "Sở Tư pháp";

    @RegisterExtension
    final SyncRig rig = SyncRig.enrolled(2);

    private void act(DeskContext d, String code, DossierAction a, String reason, String agency) {
        d.dossiers().apply(code, a, TestDesks.admin(d), reason, agency,
                LocalDateTime.now(d.clock()).plusDays(5).withNano(0)); // the last: a supplement's deadline
    }

    private String serverAgency(String code) {
        return rig.central().database().read(c -> {
            try (var ps = c.prepareStatement("SELECT interop_agency FROM dossier WHERE code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    return rs.getString(1);
                }
            }
        });
    }

    private void synced(SyncEngine e) {
        var r = e.syncOnce();
        assertThat(r.ok()).as("sync ok").isTrue();
        assertThat(r.rejected()).as("events refused").isZero();
    }

    @Test
    void oneBatch_sendSupplementReturn_isAccepted() {
        String code = TestDesks.register(rig.desk(1));
        act(rig.desk(1), code, DossierAction.TRANSFER, null, null);
        act(rig.desk(1), code, DossierAction.INTEROP_SEND, null, AGENCY);
        act(rig.desk(1), code, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy tờ", null);
        act(rig.desk(1), code, DossierAction.SUPPLEMENT_RECEIVED, null, null);
        act(rig.desk(1), code, DossierAction.INTEROP_RETURN, null, null);
        synced(rig.sync(1));
        assertThat(serverAgency(code)).isNull();
        assertThat(rig.sync(1).status().quarantined()).isZero();
    }

    @Test
    void separateSyncs_theServerKeepsTheAgencyThroughTheSupplement_andAnotherDeskCanReturnIt() {
        String code = TestDesks.register(rig.desk(1));
        act(rig.desk(1), code, DossierAction.TRANSFER, null, null);
        act(rig.desk(1), code, DossierAction.INTEROP_SEND, null, AGENCY);
        synced(rig.sync(1));
        assertThat(serverAgency(code)).isEqualTo(AGENCY);

        act(rig.desk(1), code, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy tờ", null);
        synced(rig.sync(1));
        assertThat(serverAgency(code)).as("waiting for a supplement at the agency").isEqualTo(AGENCY);

        act(rig.desk(1), code, DossierAction.SUPPLEMENT_RECEIVED, null, null);
        synced(rig.sync(1));
        assertThat(serverAgency(code)).as("back in processing, still at the agency").isEqualTo(AGENCY);

        // the other desk pulls it and takes it back from the agency; the server accepts (it used to refuse)
        synced(rig.sync(2));
        assertThat(rig.desk(2).dossiers().show(code, TestDesks.admin(rig.desk(2))).orElseThrow().dossier().interopAgency()).isEqualTo(AGENCY);
        act(rig.desk(2), code, DossierAction.INTEROP_RETURN, null, null);
        synced(rig.sync(2));
        assertThat(serverAgency(code)).isNull();
        synced(rig.sync(1));
        var back = rig.desk(1).dossiers().show(code, TestDesks.admin(rig.desk(1))).orElseThrow().dossier();
        assertThat(back.interopAgency()).isNull();
        assertThat(back.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(back.version()).isEqualTo(6);
    }

    @Test
    void aStop_orAWithdrawal_clearsTheAgency_onTheServerToo() {
        String code = TestDesks.register(rig.desk(1));
        act(rig.desk(1), code, DossierAction.TRANSFER, null, null);
        act(rig.desk(1), code, DossierAction.INTEROP_SEND, null, AGENCY);
        synced(rig.sync(1));
        act(rig.desk(1), code, DossierAction.STOP, "Cơ quan liên thông trả lại", null);
        synced(rig.sync(1));
        assertThat(serverAgency(code)).isNull();
    }
}
