package vn.motcua.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.Json;
import vn.motcua.sync.SyncClient;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.SyncStatus;
import vn.motcua.sync.SyncRig;
import vn.motcua.sync.TestDesks;

/**
 * Issue 19, "one home per text": a real central server refuses a rig.desk(1), and the rig.desk(1) shows the refusal in its clerk's
 * language — the server sends the reason's key and arguments next to its Vietnamese text — while the command line's
 * JSON keeps the Vietnamese {@code error}.
 */
class SyncRefusalLanguageTest {
    private static final String OFFICE = SyncRig.OFFICE;
    private static final Messages EN = Messages.forLanguage("en");
    private static final Messages VI = Messages.forLanguage("vi");

    @RegisterExtension
    final SyncRig rig = SyncRig.notEnrolled(1);

    private static String en(String key) {
        return Msg.bundle(Locale.ENGLISH).getString(key);
    }

    private static String vi(String key) {
        return Msg.bundle(Locale.forLanguageTag("vi")).getString(key);
    }

    private ConnectionViewModel connection(Messages m) {
        return new ConnectionViewModel(rig.desk(1).sync(), TestDesks.admin(rig.desk(1)), new CurrentThreadTaskExecutor(), m,
                rig.desk(1).clock());
    }

    @Test
    void aBadEnrollmentCode_isRefusedInTheClerksLanguage() {
        for (Messages m : new Messages[] {EN, VI}) {
            ConnectionViewModel vm = connection(m);
            vm.serverUrlProperty().set(rig.server().baseUrl());
            vm.codeProperty().set("AAAAA-BBBBB-CCCCC-DDDDD");
            vm.enroll(null);
            assertThat(vm.errorProperty().get()).isEqualTo(m == EN ? en("central.enroll.codeInvalid")
                    : vi("central.enroll.codeInvalid"));
        }
        assertThat(en("central.enroll.codeInvalid")).isNotEqualTo(vi("central.enroll.codeInvalid"));
    }

    @Test
    void aRevokedDevice_isToldInEnglishOnAnEnglishDesk_andInVietnameseInTheJson() {
        SyncEngine engine = new SyncEngine(rig.desk(1).database(), rig.desk(1).clock(), new SyncClient(rig.desk(1).clock(),
                Duration.ofSeconds(5), Duration.ofSeconds(30)), new SyncEngine.Options(100, 200, 2,
                Duration.ofMillis(5), Duration.ofMillis(20), 1));
        SyncEngine.Enrolled enrolled = engine.enroll(rig.server().baseUrl(), rig.central().enrollment().issue(OFFICE, 1,
                Duration.ofHours(1)).enrollmentCode(), "Quầy 1", "test");
        assertThat(engine.syncOnce().ok()).isTrue();
        rig.central().admin().revoke(enrolled.deviceId());

        SyncReport r = engine.syncOnce();
        assertThat(r.errorCode()).isEqualTo("DEVICE_REVOKED");
        assertThat(r.errorMsg().key()).isEqualTo("central.auth.revoked");
        assertThat(EN.msg(r.errorMsg())).isEqualTo(en("central.auth.revoked"));
        assertThat(VI.msg(r.errorMsg())).isEqualTo(vi("central.auth.revoked"));
        // the command line's JSON: the Vietnamese text, and no new field
        JsonNode json = Json.mapper().valueToTree(r);
        assertThat(json.get("error").asText()).isEqualTo(vi("central.auth.revoked"));
        assertThat(json.has("errorMsg")).isFalse();

        // kept in the database: a restarted rig.desk(1) (a new engine on the same file) still says it in English
        SyncStatus s = new SyncEngine(rig.desk(1).database(), rig.desk(1).clock()).status();
        assertThat(s.lastError()).isEqualTo(vi("central.auth.revoked"));
        assertThat(EN.msg(s.lastErrorMsg())).isEqualTo(en("central.auth.revoked"));
        JsonNode statusJson = Json.mapper().valueToTree(s);
        assertThat(statusJson.has("lastErrorMsg")).isFalse();
        assertThat(statusJson.has("clockWarningMsg")).isFalse();
        assertThat(statusJson.get("lastError").asText()).isEqualTo(vi("central.auth.revoked"));
    }

    @Test
    void anUnknownToken_showsInTheStatusBarsLanguage_andASuccessClearsIt() {
        SyncEngine engine = rig.enrol(1);
        rig.desk(1).database().run(c -> c.createStatement().execute("UPDATE sync_state SET device_token = 'not-a-token'"));
        SyncReport r = engine.syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");

        SyncStatus s = rig.desk(1).sync().status();
        assertThat(s.enrolled()).isTrue();
        for (Messages m : new Messages[] {EN, VI}) {
            SyncStatusViewModel vm = new SyncStatusViewModel(m, rig.desk(1).clock());
            vm.show(s);
            String reason = m == EN ? en("central.auth.invalid") : vi("central.auth.invalid");
            assertThat(vm.detailsProperty().get()).contains(m.t("sync.status.lastError", reason));
        }
        assertThat(en("central.auth.invalid")).isNotEqualTo(vi("central.auth.invalid"));
    }
}
