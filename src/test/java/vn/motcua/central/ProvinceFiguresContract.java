package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.motcua.central.province.CommuneDetail;
import vn.motcua.central.province.CommuneRow;
import vn.motcua.central.province.FigureUpdates;
import vn.motcua.central.province.Overview;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.report.Indicators766;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.report.PeriodRow;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DeskContext;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.TestDesks;

/**
 * Issue 16: the province overview's figures equal each desk's own report figures (Biểu II.06a, the 766 indicators,
 * the apology register, the supervisor's overdue figure, the satisfaction report) for the same dossiers and period.
 * Two offices, three real desks (SQLite) synced through a real central server over HTTP; run once per central
 * database (SQLite always, PostgreSQL when configured).
 */
abstract class ProvinceFiguresContract {
    static final String A = "000.00.01.H22";
    static final String B = "000.00.02.H22";

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    DeskContext desk3;
    SyncEngine sync1;
    SyncEngine sync2;
    SyncEngine sync3;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The central database URL, user and password for this run. */
    abstract String[] database(Path dir) throws Exception;

    @BeforeEach
    void start() throws Exception {
        String[] db = database(dir);
        CentralConfig cfg = CentralConfig.defaults(db[0]).withDatabase(db[0], db[1], db[2], 4).withHost("127.0.0.1")
                .withPort(0).withLimits(CentralFixture.generous()).withKeyFile(dir.resolve("central.key"));
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(A, "Xã Quảng Phú", false);
        central.admin().addOffice(B, "Xã Đông Hòa", false);
        desk1 = TestDesks.desk(dir, A, 1);
        desk2 = TestDesks.desk(dir, A, 2);
        desk3 = TestDesks.desk(dir.resolve("b"), B, 1);
        sync1 = TestDesks.enrolled(central, server, A, desk1, 1);
        sync2 = TestDesks.enrolled(central, server, A, desk2, 2);
        sync3 = TestDesks.enrolled(central, server, B, desk3, 1);
    }

    @AfterEach
    void stop() {
        TestDesks.closeAll(desk1, desk2, desk3, server, central);
    }

    @Test
    void overview_equalsEachDesksOwnReports_forTheSameDossiersAndPeriod() throws Exception {
        LocalDateTime now = LocalDateTime.now(desk1.clock()).withNano(0);
        // Office A, desk 1: a dossier received 30 days ago and finished now (late), handed back and rated
        // "Không hài lòng" at the counter; one received an hour ago, finished, rated by QR (counted).
        String late = TestDesks.register(desk1, now.minusDays(30));
        act(desk1, late, DossierAction.TRANSFER, DossierAction.FINISH, DossierAction.RETURN_RESULT);
        desk1.ratings().rate(admin(desk1), late, RatingLevel.DISSATISFIED, "Trả kết quả chậm");
        String quick = TestDesks.register(desk1, now.minusHours(1));
        act(desk1, quick, DossierAction.TRANSFER, DossierAction.FINISH);
        // Desk 2: one overdue that got an apology (a new date, so not overdue now), one overdue now, one digitised,
        // one withdrawn (on time), one received before the period and still open (carried over).
        String apologised = TestDesks.register(desk2, now.minusDays(20));
        act(desk2, apologised, DossierAction.TRANSFER);
        desk2.apologies().apologise(admin(desk2), apologised, "Chờ cơ quan liên thông", now.plusDays(3));
        String overdue = TestDesks.register(desk2, now.minusDays(15));
        act(desk2, overdue, DossierAction.TRANSFER);
        // (an hour ago: a same-day procedure received then is not due before now at any hour or weekday — received
        // two days ago it was overdue or not depending on the weekday and the time of the run)
        String scanned = TestDesks.register(desk2, now.minusHours(1));
        Path scan = Files.write(dir.resolve("to-khai.pdf"), "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII));
        desk2.attachments().attach(scanned, 0, scan, admin(desk2));
        String withdrawn = TestDesks.register(desk2, now.minusDays(3));
        desk2.dossiers().apply(withdrawn, DossierAction.WITHDRAW, admin(desk2), "Công dân xin rút", null, null);
        String carried = TestDesks.register(desk2, now.minusDays(50));
        act(desk2, carried, DossierAction.TRANSFER);
        // Office B: one finished and rated "Hài lòng" at the counter, one old one still open.
        String b1 = TestDesks.register(desk3, now.minusDays(5));
        act(desk3, b1, DossierAction.TRANSFER, DossierAction.FINISH);
        desk3.ratings().rate(admin(desk3), b1, RatingLevel.SATISFIED, null);
        String b2 = TestDesks.register(desk3, now.minusDays(45));
        act(desk3, b2, DossierAction.TRANSFER);

        // A QR rating made with desk 1's key for desk 2's dossier before it synced: pending, then void when desk 2
        // pushes it (the key's desk did not receive it).
        assertThat(rate(scanned, RatingToken.of(secret(desk1), scanned), "DISSATISFIED")).isEqualTo(200);
        assertThat(ratingState(scanned)).isEqualTo("PENDING");
        for (SyncEngine s : List.of(sync1, sync2, sync3)) {
            ok(s.syncOnce());
        }
        // The receipt of desk 1's dossier: counted.
        assertThat(rate(quick, RatingToken.of(secret(desk1), quick), "VERY_SATISFIED")).isEqualTo(200);
        assertThat(ratingState(quick)).isEqualTo("COUNTED");
        assertThat(ratingState(scanned)).isEqualTo("VOID");
        for (SyncEngine s : List.of(sync1, sync2, sync1, sync3)) {
            ok(s.syncOnce());
        }

        central.auth().flushLastSeen(); // the server writes the desks' last-seen times every 30 s
        LocalDate today = now.toLocalDate();
        for (Period p : List.of(new Period(today.minusDays(40), today), new Period(today.minusDays(10), today),
                new Period(today.minusDays(35), today.minusDays(25)))) {
            Overview o = central.provinceFigures().overview(OverviewQuery.of(p));
            assertThat(o.rows()).extracting(CommuneRow::officeCode).containsExactly(B, A); // by name: Đông < Quảng
            for (DeskContext d : List.of(desk1, desk2)) {
                assertSameAsDesk(row(o, A), d, p);
            }
            assertSameAsDesk(row(o, B), desk3, p);
        }

        // The figures themselves, not only their equality: the 40-day period.
        Period p40 = new Period(today.minusDays(40), today);
        CommuneRow a = row(central.provinceFigures().overview(OverviewQuery.of(p40)), A);
        assertThat(a.received()).isEqualTo(6);
        assertThat(a.carriedOver()).isEqualTo(1);
        assertThat(a.resolved()).isEqualTo(3);
        assertThat(a.resolvedLate()).isEqualTo(1);
        // "overdue" and the carried one; the apologised one has a new date, the scanned one (same-day, received an
        // hour ago) is not due yet
        assertThat(desk2.dossiers().show(scanned, admin(desk2)).orElseThrow().dossier().effectiveAppointment())
                .isAfter(LocalDateTime.now(desk2.clock()));
        assertThat(a.overdueNow()).isEqualTo(2);
        assertThat(a.apologies()).isEqualTo(1);
        assertThat(a.ratings()).isEqualTo(2); // the counter rating and the counted QR one; the void one counts nowhere
        assertThat(a.ratedDissatisfied()).isEqualTo(1);
        assertThat(a.dissatisfied()).isEqualTo(1);
        assertThat(a.dossiers()).isEqualTo(7);
        assertThat(a.satisfaction()).isEqualTo(6 / 7.0);
        assertThat(a.digitised()).isEqualTo(1);
        assertThat(a.desks()).hasSize(2).allSatisfy(x -> assertThat(x.silent()).isFalse());

        CommuneDetail detail = central.provinceFigures().commune(A, p40).orElseThrow();
        assertThat(detail.summary()).isEqualTo(a);
        assertThat(detail.overdue()).extracting(CommuneDetail.OverdueDossier::code)
                .containsExactly(carried, overdue);
        // days late and clerk as the desk supervisor's overdue list gives them
        List<DashboardService.Line> deskList = desk2.dashboard().list(admin(desk2), DashboardService.Figure.OVERDUE, 7);
        for (CommuneDetail.OverdueDossier x : detail.overdue()) {
            DashboardService.Line l = deskList.stream().filter(y -> y.code().equals(x.code())).findFirst().orElseThrow();
            assertThat(x.daysLate()).isEqualTo(l.daysLate()).isPositive();
            assertThat(x.clerk()).isEqualTo(l.clerk());
            assertThat(x.dueAt()).isEqualTo(l.effectiveAt());
        }
        assertThat(detail.apologies()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(apologised);
            assertThat(x.reason()).isEqualTo("Chờ cơ quan liên thông");
        });
        assertThat(detail.dissatisfiedRatings()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo(late);
            assertThat(x.reason()).isEqualTo("Trả kết quả chậm");
            assertThat(x.channel()).isEqualTo("COUNTER");
        });
        assertThat(detail.weekly().stream().mapToLong(CommuneDetail.WeekPoint::received).sum()).isEqualTo(6);
        assertThat(detail.weekly().stream().mapToLong(CommuneDetail.WeekPoint::resolvedLate).sum()).isEqualTo(1);
        assertThat(detail.perProcedure()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("1.001193");
            assertThat(g.name()).isEqualTo("Đăng ký khai sinh");
            assertThat(g.received()).isEqualTo(6);
        });
        assertThat(detail.perField()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("Hộ tịch"));

        // Rebuilding from what the server holds gives the same sums as the ones kept at ingest.
        Map<String, List<String>> kept = FigureTables.snapshot(central.database());
        central.database().write(FigureUpdates::rebuild);
        assertThat(FigureTables.snapshot(central.database())).isEqualTo(kept);
        countersHold(p40);

        // Many more transitions and apologies through the desks and the server: supplements asked (waiting: never
        // overdue) and received, payments asked (still counted) and made, second apologies, withdrawals, finishes.
        Map<String, DeskContext> more = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            DeskContext d = i % 3 == 0 ? desk1 : i % 3 == 1 ? desk2 : desk3;
            String code = TestDesks.register(d, now.minusDays(3 + 3L * i));
            act(d, code, DossierAction.TRANSFER);
            more.put(code, d);
        }
        int i = 0;
        for (var e : more.entrySet()) {
            DeskContext d = e.getValue();
            switch (i++ % 4) {
                case 0 -> d.dossiers().apply(e.getKey(), DossierAction.REQUEST_SUPPLEMENT, admin(d), "Thiếu tờ khai",
                        null, null);
                case 1 -> d.apologies().apologise(admin(d), e.getKey(), "Chờ xác minh", now.plusDays(2));
                case 2 -> act(d, e.getKey(), DossierAction.REQUEST_PAYMENT);
                default -> act(d, e.getKey(), DossierAction.FINISH);
            }
        }
        syncAll();
        countersHold(p40);
        i = 0;
        for (var e : more.entrySet()) {
            DeskContext d = e.getValue();
            int n = i++;
            switch (n % 4) {
                case 0 -> { // the supplement arrives (processing again, overdue if past due) — one stays waiting
                    if (n != 4) {
                        act(d, e.getKey(), DossierAction.SUPPLEMENT_RECEIVED);
                    }
                }
                case 1 -> { // a second apology with a later date — one is withdrawn instead
                    if (n == 5) {
                        d.dossiers().apply(e.getKey(), DossierAction.WITHDRAW, admin(d), "Công dân xin rút", null,
                                null);
                    } else {
                        d.apologies().apologise(admin(d), e.getKey(), "Chờ cơ quan khác", now.plusDays(5));
                    }
                }
                case 2 -> act(d, e.getKey(), DossierAction.PAYMENT_RECEIVED, DossierAction.FINISH,
                        DossierAction.RETURN_RESULT);
                default -> act(d, e.getKey(), DossierAction.RETURN_RESULT);
            }
        }
        syncAll();
        countersHold(p40);
    }

    /**
     * The counters of decision 0021 equal a recount from the held figures, a rebuild from the dossiers changes
     * nothing, and overdue now and the dissatisfied count still equal each desk's own figures.
     */
    private void countersHold(Period p) {
        FigureTables.assertKeptEqualsRecountAndRebuild(central.database());
        Overview o = central.provinceFigures().overview(OverviewQuery.of(p));
        assertSameAsDesk(row(o, A), desk1, p);
        assertSameAsDesk(row(o, B), desk3, p);
    }

    private void syncAll() {
        for (SyncEngine s : List.of(sync1, sync2, sync3, sync1, sync2)) {
            ok(s.syncOnce());
        }
    }

    private void assertSameAsDesk(CommuneRow row, DeskContext d, Period p) {
        Actor admin = admin(d);
        PeriodRow t = d.database().read(c -> PeriodReport.compute(c, p)).total();
        Indicators766 ind = d.dashboard().indicators(admin, p);
        String what = row.officeCode() + " vs desk " + d.setup().office().orElseThrow().deskNo() + " " + p.textVi();
        assertThat(row.received()).as(what + " received").isEqualTo(t.newOnline() + t.newDirectOrPost());
        assertThat(row.receivedOnline()).as(what + " online").isEqualTo(t.newOnline());
        assertThat(row.carriedOver()).as(what + " carried").isEqualTo(t.carriedOver());
        assertThat(row.resolved()).as(what + " resolved").isEqualTo(t.resolved());
        assertThat(row.resolvedEarly()).as(what + " early").isEqualTo(t.early());
        assertThat(row.resolvedOnTime()).as(what + " on time").isEqualTo(t.onTime());
        assertThat(row.resolvedLate()).as(what + " late").isEqualTo(t.late());
        assertThat(row.onTimeRate()).as(what + " on-time rate").isEqualTo(ind.onTimeRate());
        assertThat(row.dossiers()).as(what + " dossiers").isEqualTo(ind.dossiers());
        assertThat(row.dissatisfied()).as(what + " dissatisfied").isEqualTo(ind.dissatisfiedDossiers());
        assertThat(row.satisfaction()).as(what + " satisfaction").isEqualTo(ind.satisfactionIndex());
        assertThat(row.ratings()).as(what + " ratings").isEqualTo((long) ind.ratings());
        assertThat(row.digitised()).as(what + " digitised").isEqualTo(ind.digitised());
        assertThat(row.digitisationShare()).as(what + " digitisation").isEqualTo(ind.digitisationShare());
        assertThat(row.apologies()).as(what + " apologies")
                .isEqualTo((long) d.apologies().register(admin, p.from(), p.to()).size());
        assertThat(row.overdueNow()).as(what + " overdue now")
                .isEqualTo((long) d.dashboard().figures(admin).total().get(DashboardService.Figure.OVERDUE));
        var sat = d.ratings().report(admin, p);
        assertThat(row.ratedDissatisfied()).as(what + " rated dissatisfied")
                .isEqualTo((long) sat.distribution().get(RatingLevel.DISSATISFIED));
        assertThat(row.ratedVerySatisfied()).as(what + " rated very satisfied")
                .isEqualTo((long) sat.distribution().get(RatingLevel.VERY_SATISFIED));
    }

    private static CommuneRow row(Overview o, String office) {
        return o.rows().stream().filter(r -> r.officeCode().equals(office)).findFirst().orElseThrow();
    }

    private static void act(DeskContext d, String code, DossierAction... actions) {
        for (DossierAction a : actions) {
            d.dossiers().apply(code, a, admin(d), null, null, null);
        }
    }

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }

    private static String secret(DeskContext d) {
        return d.setup().office().orElseThrow().ratingSecret();
    }

    private static void ok(SyncReport r) {
        assertThat(r.ok()).as("sync: %s", r.error()).isTrue();
        assertThat(r.rejected()).as("rejected events").isZero();
    }

    private String ratingState(String code) {
        return central.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT state FROM rating WHERE dossier_code = ?")) {
                ps.setString(1, code);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** A citizen's rating through the page: GET (for the CSRF pair), then POST. @return the POST's status */
    private int rate(String code, String token, String level) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/r/" + code
                + "?t=" + token)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        String[] csrf = CentralFixture.csrf(page);
        Map<String, String> form = level.equals("DISSATISFIED")
                ? Map.of("csrf", csrf[1], "level", level, "reason", "Không rõ")
                : Map.of("csrf", csrf[1], "level", level);
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/r/" + code + "?t=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrf[0])
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode();
    }
}
