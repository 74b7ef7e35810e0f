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
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.dossier.ClerkId;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.report.Logbook;
import vn.motcua.report.Period;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskFixture;
import vn.motcua.store.OfficeRepository;

/**
 * Issue 13, item 4, the reported bug: two desks of one office, each set up with an {@code admin} account (with the
 * same default full name, as two fresh desks have), synced through a real central server over HTTP. Every desk's
 * reports must credit each dossier and each rating to the clerk who received it — not to the local account that
 * happens to be called {@code admin}.
 */
class ClerkIdentityEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void twoDesksEachWithAdmin_creditTheRightClerk_onSqlite() throws Exception {
        run(TestDatabases.sqlite(Files.createDirectories(dir.resolve("central"))), null, null);
    }

    @Test
    void twoDesksEachWithAdmin_creditTheRightClerk_onPostgresql() throws Exception {
        Assumptions.assumeTrue(TestDatabases.pgUrl() != null, TestDatabases.PG_ENV + " not set");
        run(TestDatabases.freshPostgresSchema(), TestDatabases.pgUser(), TestDatabases.pgPassword());
    }

    private void run(String url, String user, String password) throws Exception {
        LocalDateTime now = LocalDateTime.now(DeskContext.ZONE).truncatedTo(ChronoUnit.MINUTES);
        String at = now.minusMinutes(5).toString();
        CentralConfig cfg = CentralConfig.defaults(url).withDatabase(url, user, password, 4).withHost("127.0.0.1")
                .withPort(0).withLimits(CentralFixture.generous())
                .withKeyFile(url.startsWith("jdbc:sqlite:") ? null : dir.resolve("central.key"));
        try (CentralContext central = CentralContext.open(cfg, Clock.systemUTC());
             CentralServer server = CentralServer.start(central, cfg);
             DeskFixture one = DeskFixture.create(dir.resolve("desk1"), 1, now);
             DeskFixture two = DeskFixture.create(dir.resolve("desk2"), 2, now)) {
            central.admin().addOffice(DeskFixture.AGENCY, "Xã Quảng Phú", false);
            for (DeskFixture d : List.of(one, two)) {
                int no = d == one ? 1 : 2;
                String code = central.enrollment().issue(DeskFixture.AGENCY, no, Duration.ofHours(1)).enrollmentCode();
                d.ctx().sync().enroll(server.baseUrl(), code, "Quầy " + no, d.admin());
            }
            assertThat(one.admin().username()).isEqualTo(two.admin().username()).isEqualTo("admin");
            assertThat(one.admin().fullName()).isEqualTo(two.admin().fullName());

            Dossier a1 = one.register("1.004873", at, "Nguyễn Văn An").dossier();
            Dossier a2 = one.register("1.004873", at, "Lê Thị Bích").dossier();
            Dossier b1 = two.register("1.004873", at, "Trần Văn Cường").dossier();
            assertThat(two.ctx().sync().syncNow().ok()).isTrue();
            assertThat(one.ctx().sync().syncNow().ok()).isTrue();

            // citizens rate through the QR pages of the real server: one dossier of each desk
            rate(server.baseUrl(), a1.code(), secret(one), "SATISFIED", null);
            rate(server.baseUrl(), b1.code(), secret(two), "DISSATISFIED", "Chờ lâu");
            assertThat(one.ctx().sync().syncNow().ok()).isTrue();
            assertThat(two.ctx().sync().syncNow().ok()).isTrue();

            String id1 = ClerkId.local(deviceId(one), "admin");
            String id2 = ClerkId.local(deviceId(two), "admin");
            assertThat(id1).isNotEqualTo(id2);
            // the pulled dossier carries desk 2's clerk, on desk 1
            Dossier pulled = one.ctx().dossiers().show(b1.code(), one.admin()).orElseThrow().dossier();
            assertThat(pulled.receivedById()).isEqualTo(id2);
            assertThat(pulled.receivedByName()).isEqualTo("Nguyễn Thị Quản Trị");
            assertThat(pulled.deskNo()).isEqualTo(2);
            // and the server stores it with the dossier
            assertThat(centralClerk(central, b1.code())).isEqualTo(new vn.motcua.central.store.DossierRepository.Clerk(
                    "admin", id2, "Nguyễn Thị Quản Trị", 2));
            assertThat(centralClerk(central, a1.code()).receivedById()).isEqualTo(id1);

            Period today = new Period(now.toLocalDate(), now.toLocalDate());
            for (DeskFixture d : List.of(one, two)) {
                String desk = d == one ? "desk 1" : "desk 2";
                // satisfaction per clerk: desk 1's admin has the satisfied rating, desk 2's the dissatisfied one
                SatisfactionReport s = d.ctx().ratings().report(d.admin(), today);
                Map<String, String> perClerk = s.perClerk().stream().collect(Collectors.toMap(
                        SatisfactionReport.Group::label, g -> g.get(RatingLevel.SATISFIED) + "/"
                                + g.get(RatingLevel.DISSATISFIED), (x, y) -> x, LinkedHashMap::new));
                assertThat(perClerk).as(desk).containsExactly(
                        Map.entry("Nguyễn Thị Quản Trị (quầy 1)", "1/0"),
                        Map.entry("Nguyễn Thị Quản Trị (quầy 2)", "0/1"));
                assertThat(s.dissatisfied()).as(desk).singleElement().satisfies(x -> {
                    assertThat(x.code()).isEqualTo(b1.code());
                    assertThat(x.clerk()).isEqualTo("Nguyễn Thị Quản Trị");
                });
                // the supervisor's figures per clerk: 2 received at desk 1, 1 at desk 2
                DashboardService.Figures f = d.ctx().dashboard().figures(d.admin());
                Map<String, Integer> received = f.perClerk().stream().collect(Collectors.toMap(
                        DashboardService.Counts::key, c -> c.get(DashboardService.Figure.RECEIVED_TODAY)));
                assertThat(received).as(desk).isEqualTo(Map.of(id1, 2, id2, 1));
                assertThat(d.ctx().dashboard().list(d.admin(), DashboardService.Figure.RECEIVED_TODAY, 5, id2, null))
                        .as(desk).extracting(DashboardService.Line::code).containsExactly(b1.code());
                // the logbook names the receiving clerk of each line from the dossier
                List<Logbook.Line> lines = d.ctx().database().read(c -> Logbook.lines(c, today));
                assertThat(lines).as(desk).extracting(Logbook.Line::code)
                        .containsExactlyInAnyOrder(a1.code(), a2.code(), b1.code());
            }
        }
    }

    private static vn.motcua.central.store.DossierRepository.Clerk centralClerk(CentralContext central, String code) {
        return central.database().read(c -> new vn.motcua.central.store.DossierRepository().clerk(c, code))
                .orElseThrow();
    }

    private static String secret(DeskFixture d) {
        return d.ctx().setup().office().orElseThrow().ratingSecret();
    }

    private static java.util.UUID deviceId(DeskFixture d) {
        return d.ctx().setup().office().orElseThrow().deviceId();
    }

    /** A citizen's rating through the real rating page: GET (CSRF cookie and field), then the form POST. */
    private static void rate(String base, String code, String secret, String level, String reason) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(base + "/r/" + code + "?t=" + RatingToken.of(secret, code));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        String[] csrf = CentralFixture.csrf(page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("csrf", csrf[1]);
        form.put("level", level);
        if (reason != null) {
            form.put("reason", reason);
        }
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Cookie", csrf[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isLessThan(400);
    }
}
