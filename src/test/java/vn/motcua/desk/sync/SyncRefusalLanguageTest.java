package vn.motcua.desk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.text.Msg;
import vn.motcua.service.DeskContext;
import vn.motcua.store.Json;
import vn.motcua.sync.SyncClient;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.SyncStatus;
import vn.motcua.sync.TestDesks;

/**
 * Issue 19, "one home per text": a real central server refuses a desk, and the desk shows the refusal in its clerk's
 * language — the server sends the reason's key and arguments next to its Vietnamese text — while the command line's
 * JSON keeps the Vietnamese {@code error}.
 */
class SyncRefusalLanguageTest {
    private static final String OFFICE = "000.00.01.H22";
    private static final Messages EN = Messages.forLanguage("en");
    private static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk;

    @BeforeEach
    void start() {
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")).withHost("127.0.0.1")
                .withPort(0);
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        desk = TestDesks.desk(dir, OFFICE, 1);
    }

    @AfterEach
    void stop() {
        TestDesks.closeAll(desk, server, central);
    }

    private static String en(String key) {
        return Msg.bundle(Locale.ENGLISH).getString(key);
    }

    private static String vi(String key) {
        return Msg.bundle(Locale.forLanguageTag("vi")).getString(key);
    }

    private ConnectionViewModel connection(Messages m) {
        return new ConnectionViewModel(desk.sync(), TestDesks.admin(desk), new CurrentThreadTaskExecutor(), m,
                desk.clock());
    }

    @Test
    void aBadEnrollmentCode_isRefusedInTheClerksLanguage() {
        for (Messages m : new Messages[] {EN, VI}) {
            ConnectionViewModel vm = connection(m);
            vm.serverUrlProperty().set(server.baseUrl());
            vm.codeProperty().set("AAAAA-BBBBB-CCCCC-DDDDD");
            vm.enroll(null);
            assertThat(vm.errorProperty().get()).isEqualTo(m == EN ? en("central.enroll.codeInvalid")
                    : vi("central.enroll.codeInvalid"));
        }
        assertThat(en("central.enroll.codeInvalid")).isNotEqualTo(vi("central.enroll.codeInvalid"));
    }

    @Test
    void aRevokedDevice_isToldInEnglishOnAnEnglishDesk_andInVietnameseInTheJson() {
        SyncEngine engine = new SyncEngine(desk.database(), desk.clock(), new SyncClient(desk.clock(),
                Duration.ofSeconds(5), Duration.ofSeconds(30)), new SyncEngine.Options(100, 200, 2,
                Duration.ofMillis(5), Duration.ofMillis(20), 1));
        SyncEngine.Enrolled enrolled = engine.enroll(server.baseUrl(), central.enrollment().issue(OFFICE, 1,
                Duration.ofHours(1)).enrollmentCode(), "Quầy 1", "test");
        assertThat(engine.syncOnce().ok()).isTrue();
        central.admin().revoke(enrolled.deviceId());

        SyncReport r = engine.syncOnce();
        assertThat(r.errorCode()).isEqualTo("DEVICE_REVOKED");
        assertThat(r.errorMsg().key()).isEqualTo("central.auth.revoked");
        assertThat(EN.msg(r.errorMsg())).isEqualTo(en("central.auth.revoked"));
        assertThat(VI.msg(r.errorMsg())).isEqualTo(vi("central.auth.revoked"));
        // the command line's JSON: the Vietnamese text, and no new field
        JsonNode json = Json.mapper().valueToTree(r);
        assertThat(json.get("error").asText()).isEqualTo(vi("central.auth.revoked"));
        assertThat(json.has("errorMsg")).isFalse();

        // kept in the database: a restarted desk (a new engine on the same file) still says it in English
        SyncStatus s = new SyncEngine(desk.database(), desk.clock()).status();
        assertThat(s.lastError()).isEqualTo(vi("central.auth.revoked"));
        assertThat(EN.msg(s.lastErrorMsg())).isEqualTo(en("central.auth.revoked"));
        JsonNode statusJson = Json.mapper().valueToTree(s);
        assertThat(statusJson.has("lastErrorMsg")).isFalse();
        assertThat(statusJson.has("clockWarningMsg")).isFalse();
        assertThat(statusJson.get("lastError").asText()).isEqualTo(vi("central.auth.revoked"));
    }

    @Test
    void anUnknownToken_showsInTheStatusBarsLanguage_andASuccessClearsIt() {
        SyncEngine engine = TestDesks.enrolled(central, server, OFFICE, desk, 1);
        desk.database().run(c -> c.createStatement().execute("UPDATE sync_state SET device_token = 'not-a-token'"));
        SyncReport r = engine.syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");

        SyncStatus s = desk.sync().status();
        assertThat(s.enrolled()).isTrue();
        for (Messages m : new Messages[] {EN, VI}) {
            SyncStatusViewModel vm = new SyncStatusViewModel(m, desk.clock());
            vm.show(s);
            String reason = m == EN ? en("central.auth.invalid") : vi("central.auth.invalid");
            assertThat(vm.detailsProperty().get()).contains(m.t("sync.status.lastError", reason));
        }
        assertThat(en("central.auth.invalid")).isNotEqualTo(vi("central.auth.invalid"));
    }
}
