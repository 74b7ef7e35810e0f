package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.report.Period;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.service.DeskContext;
import vn.motcua.service.ValidationException;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.RatingRepository;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.TestDesks;
import vn.motcua.sync.SyncReport;

/**
 * Issue 13's attack suite: an insider at a commune (a copy of a desk's database or backup, a tampered desk, a wiped
 * audit log) against a real central server over HTTP with real desks (SQLite) syncing to it. One test per attack; run
 * once per central database (SQLite always, PostgreSQL when configured).
 */
abstract class TrustAttackContract {
    static final String OFFICE = "000.00.01.H22";

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    SyncEngine sync1;
    SyncEngine sync2;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The central database URL, user and password for this run. */
    abstract String[] database(Path dir) throws Exception;

    String[] db;

    @BeforeEach
    void start() throws Exception {
        db = database(dir);
        CentralConfig cfg = CentralConfig.defaults(db[0]).withDatabase(db[0], db[1], db[2], 4).withHost("127.0.0.1")
                .withPort(0).withLimits(CentralFixture.generous()).withKeyFile(dir.resolve("central.key"));
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

    // ------------------------------------------------------------------------------------------------ 1. ratings

    @Test
    void forgedRatings_fromAStolenDatabaseOrBackup_countNowhere() throws Exception {
        String issued = register(desk1);
        ok(sync1.syncOnce());
        Path backup = desk1.backups().create(dir.resolve("usb")).backup().file();
        // the thief copies the database with its journal (everything of the data folder but the key file)
        Path stolen = dir.resolve("stolen.db");
        Files.copy(desk1.database().file(), stolen);
        for (String side : List.of("-wal", "-shm")) {
            Path p = Path.of(desk1.database().file() + side);
            if (Files.exists(p)) {
                Files.copy(p, Path.of(stolen + side));
            }
        }

        for (Path copy : List.of(stolen, backup)) {
            String stored = readSecret(copy);
            // what sits in the database is sealed: no usable rating secret in a copy or a backup
            assertThat(stored).startsWith("sealed:v1:");
            assertThat(stored).doesNotContain(desk1.setup().office().orElseThrow().ratingSecret());
            for (String guess : List.of(stored.substring("sealed:v1:".length()).replace('+', '-').replace('/', '_')
                    .replace("=", ""), stored.replaceAll("[^A-Za-z0-9_-]", ""))) {
                for (String code : List.of(issued, code(desk1, 901))) {
                    assertThat(page(code, tokenOrJunk(guess, code)).statusCode()).isEqualTo(403);
                }
            }
        }
        // the copy opened as a desk elsewhere (no key file): it makes a secret of its own, which the server never saw
        Path elsewhere = dir.resolve("thief");
        Files.createDirectories(elsewhere);
        Files.copy(stolen, elsewhere.resolve(DeskContext.DATABASE_FILE));
        for (String side : List.of("-wal", "-shm")) {
            if (Files.exists(Path.of(stolen + side))) {
                Files.copy(Path.of(stolen + side), Path.of(elsewhere.resolve(DeskContext.DATABASE_FILE) + side));
            }
        }
        try (DeskContext thief = DeskContext.open(elsewhere)) {
            String thiefSecret = thief.setup().office().orElseThrow().ratingSecret();
            assertThat(thiefSecret).isNotEqualTo(desk1.setup().office().orElseThrow().ratingSecret());
            assertThat(page(issued, RatingToken.of(thiefSecret, issued)).statusCode()).isEqualTo(403);
            assertThat(rate(code(desk1, 902), RatingToken.of(thiefSecret, code(desk1, 902)), "VERY_SATISFIED"))
                    .isEqualTo(403);
        }
        assertThat(count("rating")).isZero();

        // even the genuine secret cannot make a code count that no desk issued: held pending, never pulled
        String nobody = code(desk1, 950);
        assertThat(rate(nobody, RatingToken.of(secret(desk1), nobody), "VERY_SATISFIED")).isEqualTo(200);
        ok(sync2.syncOnce());
        assertThat(desk2.sync().ratings(100)).isEmpty();
        var figures = central.ratingFigures().stream().filter(o -> o.officeCode().equals(OFFICE)).findFirst()
                .orElseThrow();
        assertThat(figures.counted()).isZero();
        assertThat(figures.pending()).isEqualTo(1);

        // a rating the desk holds without its dossier (written into a desk database by hand) is not reported
        desk2.database().write(c -> {
            new RatingRepository().upsert(c, new RatingRepository.Rating(nobody, null, "VERY_SATISFIED", null, null,
                    "QR_RECEIPT", java.time.Instant.now().toString(), java.time.Instant.now().toString(), 999));
            return null;
        });
        assertThat(desk2.ratings().report(admin(desk2), thisMonth()).total()).isZero();

        // the genuine path: a rating of an issued code counts, reaches the other desk, and keeps an address hash
        assertThat(rate(issued, RatingToken.of(secret(desk1), issued), "SATISFIED")).isEqualTo(200);
        ok(sync2.syncOnce());
        assertThat(desk2.sync().rating(issued)).isPresent();
        String hash = central.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT client_hash, state, delay_seconds FROM rating "
                    + "WHERE dossier_code = ?")) {
                ps.setString(1, issued);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(2)).isEqualTo("COUNTED");
                    assertThat(rs.getLong(3)).isGreaterThanOrEqualTo(3000); // received an hour before
                    return rs.getString(1);
                }
            }
        });
        assertThat(hash).hasSize(32).doesNotContain("127.0.0.1");
        var after = central.ratingFigures().stream().filter(o -> o.officeCode().equals(OFFICE)).findFirst()
                .orElseThrow();
        assertThat(after.counted()).isEqualTo(1);
        assertThat(after.topAddressShare()).isEqualTo(1.0);
        // what the province reads: the CLI and /metrics
        List<String> args = new java.util.ArrayList<>(List.of("trust", "--db", db[0], "--key-file",
                dir.resolve("central.key").toString()));
        if (db[1] != null) {
            args.addAll(List.of("--db-user", db[1]));
        }
        if (db[2] != null) {
            args.addAll(List.of("--db-password", db[2]));
        }
        CentralCli.Run cli = new CentralCli(dir.resolve("cli")).run(args.toArray(String[]::new));
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode office = java.util.stream.StreamSupport.stream(vn.motcua.sync.wire.WireJson.mapper()
                .readTree(cli.out()).get("ratings").spliterator(), false)
                .filter(o -> o.get("office").asText().equals(OFFICE)).findFirst().orElseThrow();
        assertThat(office.get("counted").asLong()).isEqualTo(1);
        assertThat(office.get("pending").asLong()).isEqualTo(1);
        assertThat(office.get("topAddressShare").asDouble()).isEqualTo(1.0);
        String metrics = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("motcua_office_rating_top_address_share{office=\"" + OFFICE + "\"} 1.0")
                .contains("motcua_office_ratings_pending{office=\"" + OFFICE + "\"} 1");
    }

    @Test
    void aRatingGivenBeforeItsDossierSyncs_isCountedWhenTheDossierArrives() throws Exception {
        String code = register(desk1);
        assertThat(rate(code, RatingToken.of(secret(desk1), code), "SATISFIED")).isEqualTo(200);
        assertThat(state(code)).isEqualTo("PENDING");
        ok(sync1.syncOnce());
        assertThat(state(code)).isEqualTo("COUNTED");
        ok(sync2.syncOnce());
        assertThat(desk2.sync().rating(code)).isPresent();
    }

    @Test
    void aRevokedDesksSecret_isRefusedForNewCodes_whileOlderReceiptsKeepWorking() throws Exception {
        String old = register(desk1);
        ok(sync1.syncOnce());
        String stolenSecret = secret(desk1);
        String deviceId = central.admin().devices(OFFICE).stream().filter(d -> d.deskNo() == 1).findFirst()
                .orElseThrow().id();
        central.admin().revoke(deviceId);
        Thread.sleep(1100);

        // a code of this desk's block nobody has pushed yet: the revoked key opens nothing new
        String fresh = code(desk1, 960);
        assertThat(page(fresh, RatingToken.of(stolenSecret, fresh)).statusCode()).isEqualTo(403);
        // the receipt printed before the revocation still works for the citizen who holds it
        assertThat(page(old, RatingToken.of(stolenSecret, old)).statusCode()).isEqualTo(200);

        // the desk enrolls again: the server refuses its old secret, the desk makes a new one by itself
        sync1 = enrolled(desk1, 1);
        assertThat(secret(desk1)).isNotEqualTo(stolenSecret);
        String later = register(desk1, LocalDateTime.now().withNano(0));
        ok(sync1.syncOnce());
        assertThat(page(later, RatingToken.of(stolenSecret, later)).statusCode()).isEqualTo(403);
        assertThat(page(later, RatingToken.of(secret(desk1), later)).statusCode()).isEqualTo(200);
        assertThat(page(old, RatingToken.of(stolenSecret, old)).statusCode()).isEqualTo(200);

        // a rotation: receipts already printed keep working, the new key works at once
        String beforeRotation = RatingToken.of(secret(desk1), later);
        String keyId = sync1.rotateRatingSecret();
        assertThat(keyId).isEqualTo(RatingToken.keyId(secret(desk1)));
        assertThat(page(later, beforeRotation).statusCode()).isEqualTo(200);
        assertThat(page(later, RatingToken.of(secret(desk1), later)).statusCode()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------ 2. who may change

    @Test
    void aDeviceRewritingAnotherDesksDossierFacts_isRefused_andNothingChangesAnywhere() throws Exception {
        String code = register(desk1);
        ok(sync1.syncOnce());
        ok(sync2.syncOnce());
        String serverBefore = serverData(code);

        // desk 2 is tampered with: the applicant's name and phone rewritten in its database, then an ordinary action
        desk2.database().write(c -> {
            try (var ps = c.prepareStatement("UPDATE dossier SET applicant_name = 'Kẻ Mạo Danh', "
                    + "applicant_phone = '0999999999' WHERE code = ?")) {
                ps.setString(1, code);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            return null;
        });
        desk2.dossiers().apply(code, DossierAction.TRANSFER, admin(desk2), null, null, null);
        SyncReport r = sync2.syncOnce();
        assertThat(r.rejected()).isEqualTo(1);
        assertThat(desk2.sync().engine().quarantined(false)).singleElement()
                .satisfies(q -> assertThat(q.code()).isEqualTo("FACTS_CHANGED"));

        // and an explicit correction from a desk that did not receive the dossier: refused too
        var first = desk2.sync().engine().quarantined(false).get(0);
        assertThat(desk2.sync().engine().resolve(first.seq(), "admin", "thử nghiệm")).isTrue();
        desk2.dossiers().correctApplicant(code, admin(desk2), "Kẻ Mạo Danh Hai", null, null, null,
                "sửa cho khớp giấy tờ");
        SyncReport r2 = sync2.syncOnce();
        assertThat(r2.rejected()).isEqualTo(1);
        assertThat(desk2.sync().engine().quarantined(false)).singleElement()
                .satisfies(q -> assertThat(q.code()).isEqualTo("NOT_OWNER"));

        // nothing changed on the server, nor at desk 1
        assertThat(serverData(code)).isEqualTo(serverBefore);
        ok(sync1.syncOnce());
        Dossier at1 = desk1.dossiers().show(code, admin(desk1)).orElseThrow().dossier();
        assertThat(at1.applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
        assertThat(at1.version()).isEqualTo(1);

        // the receiving desk may correct, explicitly, and every desk gets the corrected facts
        desk1.dossiers().correctApplicant(code, admin(desk1), null, "0987654321", null, null,
                "công dân đổi số điện thoại");
        SyncReport corrected = sync1.syncOnce();
        ok(corrected);
        assertThat(corrected.rejected()).isZero();
        assertThat(serverData(code)).contains("0987654321").contains("Nguyễn Văn Đức");
        assertThat(count("correction")).isEqualTo(1);
        ok(sync2.syncOnce());
        Dossier at2 = desk2.dossiers().show(code, admin(desk2)).orElseThrow().dossier();
        // the tampered desk gets the true facts back, corrected by their owner
        assertThat(at2.applicant().phone()).isEqualTo("0987654321");
        assertThat(at2.applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
    }

    @Test
    void pulledChanges_leaveAuditRows_namingTheDeviceThatMadeThem() throws Exception {
        String code = register(desk1);
        ok(sync1.syncOnce());
        ok(sync2.syncOnce());
        desk1.dossiers().apply(code, DossierAction.TRANSFER, admin(desk1), null, null, null);
        ok(sync1.syncOnce());
        ok(sync2.syncOnce());
        String device1 = central.admin().devices(OFFICE).stream().filter(d -> d.deskNo() == 1).findFirst()
                .orElseThrow().id();
        List<String> rows = desk2.database().read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT detail FROM audit WHERE action = 'PULLED_CHANGE'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        assertThat(rows).singleElement().satisfies(d -> assertThat(d).contains(code).contains("v1 NEW -> v2 PROCESSING")
                .contains(device1).contains("desk 1"));
        assertThat(desk2.database().read(c -> new AuditRepository().verify(c)).intact()).isTrue();
    }

    // ----------------------------------------------------------------------------------------------- 3. audit

    @Test
    void wipedHashesAndADeletedTail_areDetected() throws Exception {
        String code = register(desk1);
        for (int i = 0; i < 5; i++) {
            desk1.dossiers().show(code, admin(desk1));
        }
        ok(sync1.syncOnce());
        AuditRepository audit = new AuditRepository();
        var serverHead = sync1.serverAuditHead().orElseThrow();
        assertThat(serverHead).isEqualTo(desk1.database().read(audit::head).orElseThrow());
        assertThat(desk1.database().read(c -> audit.verifyAgainst(c, serverHead)).intact()).isTrue();

        // the last three rows deleted: the local chain alone still looks whole, the server's head does not
        desk1.database().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)");
            }
            return null;
        });
        assertThat(desk1.database().read(audit::verify).intact()).isTrue();
        var cut = desk1.database().read(c -> audit.verifyAgainst(c, sync1.serverAuditHead().orElseThrow()));
        assertThat(cut.intact()).isFalse();
        assertThat(cut.problem()).contains("missing");
        // the next push carries the shorter head: the province sees the chain went backwards
        desk1.database().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE sync_state SET audit_head_sent = NULL");
            }
            return null;
        });
        ok(sync1.syncOnce());
        assertThat(central.regressedAuditChains()).singleElement()
                .satisfies(h -> assertThat(h.problem()).contains("went back"));

        // every hash and previous hash wiped (on the other desk): detected without the server
        ok(sync2.syncOnce());
        desk2.dossiers().show(code, admin(desk2)).orElseThrow();
        assertThat(desk2.database().read(audit::verify).intact()).isTrue();
        desk2.database().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE audit SET hash = NULL, prev_hash = NULL");
            }
            return null;
        });
        var wiped = desk2.database().read(audit::verify);
        assertThat(wiped.intact()).isFalse();
        assertThat(wiped.problem()).contains("lost its hash");
    }

    // ------------------------------------------------------------------------------ 6. apologies, counter ratings

    @Test
    void anApologyAtDesk1_survivesItsSync_showsAtDesk2_andOnTheServer() throws Exception {
        String code = register(desk1);
        desk1.dossiers().apply(code, DossierAction.TRANSFER, admin(desk1), null, null, null);
        ok(sync1.syncOnce());
        ok(sync2.syncOnce());
        Dossier before = desk1.dossiers().show(code, admin(desk1)).orElseThrow().dossier();
        LocalDateTime newDate = before.effectiveAppointment().plusDays(5).withHour(16).withMinute(0);
        desk1.apologies().apologise(admin(desk1), code, "Chờ kết quả xác minh của xã bạn", newDate);
        ok(sync1.syncOnce());
        ok(sync1.syncOnce());

        Dossier at1 = desk1.dossiers().show(code, admin(desk1)).orElseThrow().dossier();
        assertThat(at1.rescheduledAt()).isEqualTo(newDate);
        assertThat(serverData(code)).contains("\"rescheduledAt\":\"" + newDate.toString().substring(0, 16));
        assertThat(count("apology")).isEqualTo(1);

        ok(sync2.syncOnce());
        var view2 = desk2.dossiers().show(code, admin(desk2)).orElseThrow();
        assertThat(view2.dossier().rescheduledAt()).isEqualTo(newDate);
        assertThat(view2.progress()).anySatisfy(p -> assertThat(p.action()).startsWith("Xin lỗi và hẹn lại"));
        var register2 = desk2.apologies().register(admin(desk2), LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1));
        assertThat(register2).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("Chờ kết quả xác minh của xã bạn");
            assertThat(e.newAppointment()).isEqualTo(newDate);
        });
        ok(sync2.syncOnce());
        assertThat(desk2.apologies().register(admin(desk2), LocalDate.now().minusDays(1), LocalDate.now()
                .plusDays(1))).hasSize(1);
        ok(sync1.syncOnce());
        assertThat(desk1.apologies().register(admin(desk1), LocalDate.now().minusDays(1), LocalDate.now()
                .plusDays(1))).hasSize(1);
    }

    @Test
    void aCounterRating_reachesTheServerOnce_andOnlyForADossierWithItsResult() throws Exception {
        String code = register(desk1);
        assertThatThrownBy(() -> desk1.ratings().rate(admin(desk1), code, RatingLevel.SATISFIED, null))
                .isInstanceOf(ValidationException.class);
        for (DossierAction a : List.of(DossierAction.TRANSFER, DossierAction.FINISH, DossierAction.RETURN_RESULT)) {
            desk1.dossiers().apply(code, a, admin(desk1), null, null, null);
        }
        desk1.ratings().rate(admin(desk1), code, RatingLevel.VERY_SATISFIED, null);
        ok(sync1.syncOnce());
        // the answer was lost: the desk sends the event again
        desk1.database().write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE outbox SET state = 'PENDING', sent_at = NULL WHERE type = 'COUNTER_RATED'");
            }
            return null;
        });
        SyncReport again = sync1.syncOnce();
        ok(again);
        assertThat(again.duplicates()).isEqualTo(1);
        assertThat(count("counter_rating")).isEqualTo(1);

        ok(sync2.syncOnce());
        ok(sync2.syncOnce());
        assertThat(deskCount(desk2, "counter_rating")).isEqualTo(1);
        SatisfactionReport r2 = desk2.ratings().report(admin(desk2), thisMonth());
        assertThat(r2.total()).isEqualTo(1);
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private DeskContext desk(int no) {
        return TestDesks.desk(dir, OFFICE, no);
    }

    private SyncEngine enrolled(DeskContext d, int no) {
        SyncEngine e = d.sync().engine();
        e.enroll(server.baseUrl(), central.enrollment().issue(OFFICE, no, Duration.ofHours(1)).enrollmentCode(),
                "Quầy " + no, "test");
        return e;
    }

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }

    private static String register(DeskContext d) {
        return TestDesks.register(d);
    }

    private static String register(DeskContext d, LocalDateTime at) {
        return TestDesks.register(d, at);
    }

    /** A code of the desk's block today that no one issued (sequence n). */
    private static String code(DeskContext d, int n) {
        String day = LocalDate.now(d.clock()).format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
        int desk = d.setup().office().orElseThrow().deskNo();
        return OFFICE + "-" + day + "-" + String.format("%04d", (desk - 1) * 3000 + n);
    }

    private static String secret(DeskContext d) {
        return d.setup().office().orElseThrow().ratingSecret();
    }

    private static Period thisMonth() {
        LocalDate today = LocalDate.now();
        return new Period(today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth()));
    }

    private static void ok(SyncReport r) {
        assertThat(r.ok()).as("sync: %s", r.error()).isTrue();
    }

    private static String readSecret(Path dbFile) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dbFile); var st = c.createStatement();
             var rs = st.executeQuery("SELECT rating_secret FROM office WHERE id = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A token made with whatever the attacker holds (a junk one when it is not even a secret's shape). */
    private static String tokenOrJunk(String guess, String code) {
        try {
            return RatingToken.of(guess, code);
        } catch (RuntimeException notBase64) {
            return "AAAA" + "A".repeat(RatingToken.MAC_LENGTH);
        }
    }

    private HttpResponse<String> page(String code, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/r/" + code + "?t=" + token)).GET()
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A citizen's rating through the page: GET (for the CSRF pair), then POST. @return the POST's status */
    private int rate(String code, String token, String level) throws Exception {
        HttpResponse<String> page = page(code, token);
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        String[] csrf = CentralFixture.csrf(page);
        Map<String, String> form = Map.of("csrf", csrf[1], "level", level);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/r/" + code + "?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrf[0])
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
    }

    private String state(String code) {
        return central.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT state FROM rating WHERE dossier_code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private String serverData(String code) {
        return central.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT data, version FROM dossier WHERE code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    JsonNode n = vn.motcua.sync.wire.WireJson.mapper().readTree(rs.getString(1));
                    return n.toString() + " v" + rs.getLong(2);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private static long deskCount(DeskContext d, String table) {
        return d.database().read(c -> countOf(c, table));
    }

    private long count(String table) {
        return central.database().read(c -> countOf(c, table));
    }

    private static long countOf(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
