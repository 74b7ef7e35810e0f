package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
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
    private static final String OFFICE = "000.00.01.H22";
    private static final String AGENCY = "Sở Tư pháp";

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    SyncEngine sync1;
    SyncEngine sync2;

    @BeforeEach
    void start() {
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")).withHost("127.0.0.1")
                .withPort(0);
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        desk1 = TestDesks.desk(dir, OFFICE, 1);
        desk2 = TestDesks.desk(dir, OFFICE, 2);
        sync1 = TestDesks.enrolled(central, server, OFFICE, desk1, 1);
        sync2 = TestDesks.enrolled(central, server, OFFICE, desk2, 2);
    }

    @AfterEach
    void stop() {
        TestDesks.closeAll(desk1, desk2, server, central);
    }

    private void act(DeskContext d, String code, DossierAction a, String reason, String agency) {
        d.dossiers().apply(code, a, TestDesks.admin(d), reason, agency, LocalDateTime.now(d.clock()).plusDays(5).withNano(0));
    }

    private String serverAgency(String code) {
        return central.database().read(c -> {
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
        String code = TestDesks.register(desk1);
        act(desk1, code, DossierAction.TRANSFER, null, null);
        act(desk1, code, DossierAction.INTEROP_SEND, null, AGENCY);
        act(desk1, code, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy tờ", null);
        act(desk1, code, DossierAction.SUPPLEMENT_RECEIVED, null, null);
        act(desk1, code, DossierAction.INTEROP_RETURN, null, null);
        synced(sync1);
        assertThat(serverAgency(code)).isNull();
        assertThat(sync1.status().quarantined()).isZero();
    }

    @Test
    void separateSyncs_theServerKeepsTheAgencyThroughTheSupplement_andAnotherDeskCanReturnIt() {
        String code = TestDesks.register(desk1);
        act(desk1, code, DossierAction.TRANSFER, null, null);
        act(desk1, code, DossierAction.INTEROP_SEND, null, AGENCY);
        synced(sync1);
        assertThat(serverAgency(code)).isEqualTo(AGENCY);

        act(desk1, code, DossierAction.REQUEST_SUPPLEMENT, "Thiếu bản sao giấy tờ", null);
        synced(sync1);
        assertThat(serverAgency(code)).as("waiting for a supplement at the agency").isEqualTo(AGENCY);

        act(desk1, code, DossierAction.SUPPLEMENT_RECEIVED, null, null);
        synced(sync1);
        assertThat(serverAgency(code)).as("back in processing, still at the agency").isEqualTo(AGENCY);

        // the other desk pulls it and takes it back from the agency; the server accepts (it used to refuse)
        synced(sync2);
        assertThat(desk2.dossiers().show(code, TestDesks.admin(desk2)).orElseThrow().dossier().interopAgency()).isEqualTo(AGENCY);
        act(desk2, code, DossierAction.INTEROP_RETURN, null, null);
        synced(sync2);
        assertThat(serverAgency(code)).isNull();
        synced(sync1);
        var back = desk1.dossiers().show(code, TestDesks.admin(desk1)).orElseThrow().dossier();
        assertThat(back.interopAgency()).isNull();
        assertThat(back.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(back.version()).isEqualTo(6);
    }

    @Test
    void aStop_orAWithdrawal_clearsTheAgency_onTheServerToo() {
        String code = TestDesks.register(desk1);
        act(desk1, code, DossierAction.TRANSFER, null, null);
        act(desk1, code, DossierAction.INTEROP_SEND, null, AGENCY);
        synced(sync1);
        act(desk1, code, DossierAction.STOP, "Cơ quan liên thông trả lại", null);
        synced(sync1);
        assertThat(serverAgency(code)).isNull();
    }
}
