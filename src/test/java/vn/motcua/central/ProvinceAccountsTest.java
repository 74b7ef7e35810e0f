package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.dashboard.DashboardService;
import vn.motcua.central.dashboard.ProvinceAccounts;
import vn.motcua.central.dashboard.ProvinceAccounts.SignIn;
import vn.motcua.central.dashboard.ProvinceActor;
import vn.motcua.central.dashboard.ProvinceRole;
import vn.motcua.store.Json;

/**
 * Issue 16, the province's dashboard accounts without a browser: the {@code central user} commands, the lock-out and
 * its end, idle expiry of sessions, the session cookie's attributes and CSRF on the sign-in form over real HTTP, and
 * the role checks of {@link DashboardService}.
 */
class ProvinceAccountsTest {
    @TempDir
    Path dir;

    @Test
    void centralUserCommands_addListDisableEnableResetPassword() throws Exception {
        CentralCli cli = new CentralCli(dir);
        CentralCli.Run added = cli.run("user", "add", "--username", "tinh.admin", "--password", "mat-khau-dai",
                "--role", "province-admin", "--full-name", "Trần Thị Quản Trị");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(Json.mapper().readTree(added.out()).path("role").asText()).isEqualTo("province-admin");
        CentralCli.Run generated = cli.run("user", "add", "--username", "xem.so.lieu", "--role", "province-viewer");
        assertThat(generated.exit()).as(generated.err()).isZero();
        String initial = Json.mapper().readTree(generated.out()).path("initialPassword").asText();
        assertThat(initial).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

        assertThat(cli.run("user", "add", "--username", "xem.so.lieu", "--role", "province-viewer").exit()).isEqualTo(3);
        assertThat(cli.run("user", "add", "--username", "ai.do", "--role", "clerk").exit()).isEqualTo(2);
        assertThat(cli.run("user", "add", "--username", "ai.do", "--role", "province-viewer", "--password", "ngan")
                .exit()).isEqualTo(2);

        CentralCli.Run list = cli.run("user", "list");
        assertThat(list.exit()).isZero();
        JsonNode users = Json.mapper().readTree(list.out());
        assertThat(users).hasSize(2);
        assertThat(list.out()).doesNotContain("argon2").doesNotContain(initial);

        assertThat(cli.run("user", "disable", "--username", "xem.so.lieu").exit()).isZero();
        assertThat(cli.run("user", "disable", "--username", "xem.so.lieu").exit()).isEqualTo(3);
        assertThat(cli.run("user", "disable", "--username", "tinh.admin").exit()).as("the last admin").isEqualTo(3);
        assertThat(cli.run("user", "enable", "--username", "xem.so.lieu").exit()).isZero();
        CentralCli.Run reset = cli.run("user", "reset-password", "--username", "xem.so.lieu");
        assertThat(reset.exit()).isZero();
        String fresh = Json.mapper().readTree(reset.out()).path("initialPassword").asText();
        assertThat(cli.run("user", "reset-password", "--username", "khong.co").exit()).isEqualTo(3);

        try (CentralContext ctx = CentralContext.open(CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")),
                java.time.Clock.systemUTC())) {
            assertThat(ctx.provinceAccounts().signIn("xem.so.lieu", initial, "t")).isInstanceOf(SignIn.Refused.class);
            assertThat(ctx.provinceAccounts().signIn("xem.so.lieu", fresh, "t")).isInstanceOf(SignIn.Ok.class);
            assertThat(ctx.provinceAccounts().recentAudit(20)).extracting(r -> r.action())
                    .contains("USER_ADD", "USER_DISABLE", "USER_ENABLE", "USER_RESET_PASSWORD", "SIGN_IN");
        }
    }

    @Test
    void lockOut_idleExpiry_disable_andRoleChecksInTheService() {
        try (CentralFixture f = CentralFixture.sqlite(dir)) {
            ProvinceAccounts acc = f.ctx.provinceAccounts();
            acc.add("test", "tinh.admin", "Quản Trị", "province-admin", "mat-khau-quan-tri");
            acc.add("test", "xem", "Người Xem", "province-viewer", "mat-khau-xem-1");

            for (int i = 1; i < ProvinceAccounts.MAX_FAILURES; i++) {
                assertThat(acc.signIn("xem", "sai", "t")).isEqualTo(new SignIn.Refused(ProvinceAccounts.MAX_FAILURES - i));
            }
            assertThat(acc.signIn("xem", "sai", "t")).isInstanceOf(SignIn.Locked.class);
            assertThat(acc.signIn("xem", "mat-khau-xem-1", "t")).as("locked: even the right password")
                    .isInstanceOf(SignIn.Locked.class);
            f.clock.advance(ProvinceAccounts.LOCK_FOR.plusSeconds(1));
            SignIn.Ok ok = (SignIn.Ok) acc.signIn("xem", "mat-khau-xem-1", "t");
            assertThat(ok.actor().role()).isEqualTo(ProvinceRole.PROVINCE_VIEWER);
            assertThat(acc.signIn("ai", "x", "t")).as("unknown name: same refusal").isEqualTo(new SignIn.Refused(-1));

            // idle expiry: a request within the idle time keeps the session, a longer silence ends it
            f.clock.advance(Duration.ofMinutes(29));
            assertThat(acc.session(ok.token())).isPresent();
            f.clock.advance(Duration.ofMinutes(29));
            assertThat(acc.session(ok.token())).isPresent();
            f.clock.advance(acc.idleTimeout().plusSeconds(1));
            assertThat(acc.session(ok.token())).isEmpty();

            // disabling an account ends its sessions at once
            SignIn.Ok again = (SignIn.Ok) acc.signIn("xem", "mat-khau-xem-1", "t");
            acc.setActive("test", "xem", false);
            assertThat(acc.session(again.token())).isEmpty();
            assertThat(acc.signIn("xem", "mat-khau-xem-1", "t")).isInstanceOf(SignIn.Refused.class);
            acc.setActive("test", "xem", true);

            // roles are checked by the service, whatever page calls it
            DashboardService service = new DashboardService(acc, f.ctx.provinceFigures());
            ProvinceActor viewer = new ProvinceActor("xem", "Người Xem", ProvinceRole.PROVINCE_VIEWER);
            ProvinceActor admin = new ProvinceActor("tinh.admin", "Quản Trị", ProvinceRole.PROVINCE_ADMIN);
            assertThatThrownBy(() -> service.users(viewer, "t")).isInstanceOf(ApiException.class)
                    .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(403));
            assertThatThrownBy(() -> service.addUser(viewer, "moi", null, "province-admin", null, "t"))
                    .isInstanceOf(ApiException.class);
            assertThatThrownBy(() -> service.resetPassword(viewer, "tinh.admin", null, "t"))
                    .isInstanceOf(ApiException.class);
            assertThat(service.users(admin, "t")).hasSize(2);
            assertThat(acc.recentAudit(50)).extracting(r -> r.action()).contains("REFUSED", "ACCOUNT_LOCKED",
                    "SIGN_IN_LOCKED", "SIGN_IN_REFUSED");
        }
    }

    @Test
    void signInOverHttp_cookieIsHttpOnlyAndStrict_csrfRequired_signOutEndsTheSession() throws Exception {
        try (CentralFixture f = CentralFixture.sqlite(dir)) {
            f.ctx.provinceAccounts().add("test", "tinh.admin", "Quản Trị", "province-admin", "mat-khau-quan-tri");
            HttpResponse<String> form = f.get("/dashboard/login", null);
            assertThat(form.statusCode()).isEqualTo(200);
            assertThat(form.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
            String[] csrf = CentralFixture.csrf(form);

            HttpResponse<String> noToken = f.postForm("/dashboard/login", csrf[0], Map.of("username", "tinh.admin",
                    "password", "mat-khau-quan-tri"));
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(noToken.headers().allValues("Set-Cookie")).noneMatch(h -> h.startsWith("mc_dash="));

            HttpResponse<String> in = f.postForm("/dashboard/login", csrf[0], Map.of("username", "tinh.admin",
                    "password", "mat-khau-quan-tri", "csrf", csrf[1]));
            assertThat(in.statusCode()).isEqualTo(303);
            String setCookie = in.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("mc_dash="))
                    .findFirst().orElseThrow();
            assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict")
                    .doesNotContainIgnoringCase("Secure;").contains("Path=/dashboard");
            String session = setCookie.split(";")[0];

            HttpResponse<String> overview = f.get("/dashboard", session);
            assertThat(overview.statusCode()).isEqualTo(200);
            assertThat(overview.body()).contains("Tình hình giải quyết thủ tục hành chính các xã", "Xã Quảng Phú",
                    "Xã Quảng Tâm");
            assertThat(f.get("/dashboard/assets/uPlot.iife.min.js", null).body()).contains("uPlot");
            assertThat(f.get("/dashboard/xa/000.00.09.H22", session).statusCode()).isEqualTo(404);

            HttpResponse<String> out = f.postForm("/dashboard/logout", session + "; " + csrf[0],
                    Map.of("csrf", csrf[1]));
            assertThat(out.statusCode()).isEqualTo(303);
            HttpResponse<String> after = f.get("/dashboard", session);
            assertThat(after.statusCode()).isEqualTo(303);
            assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/dashboard/login");
        }
    }

    @Test
    void underHttps_theSessionCookieIsSecure() throws Exception {
        String url = TestDatabases.sqlite(dir);
        CentralConfig cfg = CentralConfig.defaults(url).withHost("127.0.0.1").withPort(0)
                .withBaseUrl("https://motcua.example.gov.vn");
        try (CentralContext ctx = CentralContext.open(cfg, java.time.Clock.systemUTC());
             var server = vn.motcua.central.http.CentralServer.start(ctx, cfg)) {
            ctx.provinceAccounts().add("test", "tinh.admin", "Quản Trị", "province-admin", "mat-khau-quan-tri");
            var http = java.net.http.HttpClient.newHttpClient();
            String local = "http://127.0.0.1:" + server.port();
            HttpResponse<String> form = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(local + "/dashboard/login")).build(), HttpResponse.BodyHandlers.ofString());
            String[] csrf = CentralFixture.csrf(form);
            String body = "username=tinh.admin&password=mat-khau-quan-tri&csrf=" + csrf[1];
            HttpResponse<String> in = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(local + "/dashboard/login")).header("Cookie", csrf[0])
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> cookies = in.headers().allValues("Set-Cookie");
            assertThat(cookies).anySatisfy(h -> assertThat(h).startsWith("mc_dash=").containsIgnoringCase("Secure")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        }
    }
}
