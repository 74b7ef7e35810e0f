package vn.motcua.central.dashboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralContext;
import vn.motcua.central.province.CommuneDetail;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.central.web.Csrf;
import vn.motcua.central.web.Pages;
import vn.motcua.central.web.Views;
import vn.motcua.sync.wire.WireJson;

/**
 * The province's web dashboard under {@code /dashboard}: sign-in, overview of every commune, one commune, exports,
 * account administration, and its static files (style, script, the uPlot WebJar). Pages are JTE templates
 * ({@code src/main/jte/dashboard}); every decision about who may see what is made by {@link DashboardService}.
 *
 * <pre>
 * GET  /dashboard/login            sign-in form           POST /dashboard/login    name + password (+ csrf)
 * POST /dashboard/logout           sign out (+ csrf)      GET  /dashboard          overview (period, sort, filters)
 * GET  /dashboard/export.xlsx|csv  the overview as file   GET  /dashboard/xa/{code} one commune
 * GET  /dashboard/users            accounts (admin)       POST /dashboard/users[/{name}/disable|enable|reset]
 * GET  /dashboard/cong-dvc         the national portal's outbox per office (issue 17)
 * GET  /dashboard/assets/{file}    style, script, chart library
 * </pre>
 */
public final class DashboardRoutes implements vn.motcua.central.http.RouteGroup {
    /** The session cookie: HttpOnly, SameSite=Strict, Secure when the server is reached over HTTPS. */
    public static final String COOKIE = "mc_dash";
    /** The attribute CentralServer's error handlers read to leave an answered page alone. */
    private static final String ANSWERED = "motcua.answered";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";
    private static final Map<String, String[]> ASSETS = Map.of(
            "dashboard.css", new String[] {"/vn/motcua/central/dashboard/dashboard.css", "text/css; charset=utf-8"},
            "dashboard.js", new String[] {"/vn/motcua/central/dashboard/dashboard.js",
                "text/javascript; charset=utf-8"},
            "uPlot.min.css", new String[] {"/META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.min.css",
                "text/css; charset=utf-8"},
            "uPlot.iife.min.js", new String[] {"/META-INF/resources/webjars/uplot/1.6.30/dist/uPlot.iife.min.js",
                "text/javascript; charset=utf-8"});
    private static final Map<String, byte[]> ASSET_BYTES = new ConcurrentHashMap<>();

    private final CentralContext ctx;
    private final ProvinceAccounts accounts;
    private final DashboardService service;
    private final Csrf csrf;
    private final boolean https;
    private final Function<Context, String> client;

    /**
     * @param https  whether the server is reached over HTTPS (TLS here or an https base URL): Secure cookies
     * @param client the client's address as the server sees it (proxy-aware)
     */
    public DashboardRoutes(CentralContext ctx, boolean https, Function<Context, String> client) {
        this.ctx = ctx;
        this.accounts = ctx.provinceAccounts();
        this.service = new DashboardService(accounts, ctx.provinceFigures(), () -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            ctx.admin().offices().forEach(o -> names.put(o.code(), o.name()));
            return new PortalPanel(vn.motcua.central.portal.PortalStatus.read(ctx.database(), ctx.clock()), names,
                    ctx.clock().instant());
        });
        this.csrf = new Csrf(https);
        this.https = https;
        this.client = client;
    }

    /** Declares the routes. */
    public void register(RoutesConfig r) {
        r.get("/dashboard/login", c -> page(c, this::loginForm));
        r.post("/dashboard/login", c -> page(c, this::login));
        r.post("/dashboard/logout", c -> page(c, this::logout));
        r.get("/dashboard", c -> page(c, this::overview));
        r.get("/dashboard/export.xlsx", c -> page(c, x -> export(x, "xlsx")));
        r.get("/dashboard/export.csv", c -> page(c, x -> export(x, "csv")));
        r.get("/dashboard/xa/{code}", c -> page(c, this::commune));
        r.get("/dashboard/cong-dvc", c -> page(c, this::portal));
        r.get("/dashboard/users", c -> page(c, this::users));
        r.post("/dashboard/users", c -> page(c, this::addUser));
        r.post("/dashboard/users/{name}/{action}", c -> page(c, this::changeUser));
        r.get("/dashboard/assets/{file}", this::asset);
    }

    private interface Page {
        void handle(Context c) throws Exception;
    }

    /** Runs a page: dashboard headers, and a refusal from the services shown as a page (not the API's JSON). */
    private void page(Context c, Page p) throws Exception {
        c.attribute(ANSWERED, true);
        c.header("Content-Security-Policy", CSP);
        c.header("Referrer-Policy", "same-origin");
        c.header("X-Content-Type-Options", "nosniff");
        c.header("X-Frame-Options", "DENY");
        c.header("Cache-Control", "no-store");
        try {
            p.handle(c);
        } catch (ApiException e) {
            message(c, e.status(), actorOrNull(c), e.status() == 403 ? "Không có quyền truy cập" : "Không thực hiện "
                    + "được", e.getMessage());
        }
    }

    // ---- sign-in ----------------------------------------------------------------------------------------------

    private void loginForm(Context c) {
        if (actorOrNull(c) != null) {
            c.redirect("/dashboard", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Pages.Notice notice = c.queryParam("out") != null ? Pages.notice("ok", "Đã đăng xuất.")
                : c.queryParam("expired") != null ? Pages.notice("info", "Phiên làm việc đã hết hạn. Vui lòng đăng "
                        + "nhập lại.") : null;
        loginPage(c, 200, "", notice);
    }

    private void loginPage(Context c, int status, String username, Pages.Notice notice) {
        html(c, status, "dashboard/login.jte", "csrf", csrf.issue(c), "username", username, "notice", notice);
    }

    private void login(Context c) {
        String username = c.formParam("username") == null ? "" : c.formParam("username").strip();
        if (!csrf.verify(c)) {
            loginPage(c, 403, username, Pages.notice("error", "Trang đăng nhập đã mở quá lâu hoặc trình duyệt chặn "
                    + "cookie. Vui lòng đăng nhập lại."));
            return;
        }
        ProvinceAccounts.SignIn s = accounts.signIn(username, c.formParam("password"), client.apply(c));
        if (s instanceof ProvinceAccounts.SignIn.Ok ok) {
            c.cookie(new Cookie(COOKIE, ok.token(), "/dashboard", -1, https, true, null, SameSite.STRICT));
            c.redirect("/dashboard", io.javalin.http.HttpStatus.SEE_OTHER);
        } else if (s instanceof ProvinceAccounts.SignIn.Locked l) {
            loginPage(c, 429, username, Pages.notice("error", "Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. "
                    + "Vui lòng thử lại sau " + Fmt.time(l.until()) + " hoặc liên hệ quản trị viên."));
        } else {
            int left = ((ProvinceAccounts.SignIn.Refused) s).attemptsLeft();
            loginPage(c, 401, username, Pages.notice("error", "Tên đăng nhập hoặc mật khẩu không đúng."
                    + (left > 0 && left < ProvinceAccounts.MAX_FAILURES - 1 ? " Còn " + left + " lần thử trước khi "
                    + "tài khoản bị tạm khóa." : "")));
        }
    }

    private void logout(Context c) {
        if (!csrf.verify(c)) {
            throw new ApiException(403, "CSRF", "Phiên làm việc không hợp lệ; vui lòng tải lại trang.");
        }
        accounts.signOut(c.cookie(COOKIE), actorOrNull(c), client.apply(c));
        c.cookie(new Cookie(COOKIE, "", "/dashboard", 0, https, true, null, SameSite.STRICT));
        c.redirect("/dashboard/login?out=1", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ---- pages ------------------------------------------------------------------------------------------------

    private void overview(Context c) {
        ProvinceActor who = signedIn(c);
        if (who == null) {
            return;
        }
        PeriodChoice choice = PeriodChoice.read(c::queryParam, today());
        OverviewQuery q = query(c, choice);
        var o = service.overview(who, q, client.apply(c));
        html(c, 200, "dashboard/overview.jte", "who", who, "csrf", csrf.issue(c), "choice", choice, "o", o,
                "filters", filters(c), "now", ctx.clock().instant());
    }

    private void portal(Context c) {
        ProvinceActor who = signedIn(c);
        if (who == null) {
            return;
        }
        html(c, 200, "dashboard/portal.jte", "who", who, "csrf", csrf.issue(c), "p", service.portal(who,
                client.apply(c)));
    }

    private void export(Context c, String format) {
        ProvinceActor who = signedIn(c);
        if (who == null) {
            return;
        }
        PeriodChoice choice = PeriodChoice.read(c::queryParam, today());
        byte[] bytes = service.export(who, query(c, choice), format, client.apply(c));
        String name = "tong-hop-xa-" + choice.period().from() + "_" + choice.period().to() + "." + format;
        c.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        c.contentType("xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8");
        c.result(bytes);
    }

    private void commune(Context c) throws Exception {
        ProvinceActor who = signedIn(c);
        if (who == null) {
            return;
        }
        PeriodChoice choice = PeriodChoice.read(c::queryParam, today());
        String code = c.pathParam("code");
        Optional<CommuneDetail> d = service.commune(who, code, choice.period(), client.apply(c));
        if (d.isEmpty()) {
            message(c, 404, who, "Không tìm thấy xã", "Không có đơn vị mã «" + code + "».");
            return;
        }
        html(c, 200, "dashboard/commune.jte", "who", who, "csrf", csrf.issue(c), "choice", choice, "d", d.get(),
                "chart", chart(d.get()), "now", ctx.clock().instant());
    }

    private void users(Context c) {
        ProvinceActor who = signedIn(c);
        if (who == null) {
            return;
        }
        usersPage(c, 200, who, null);
    }

    private void usersPage(Context c, int status, ProvinceActor who, Pages.Notice notice) {
        var users = service.users(who, client.apply(c));
        html(c, status, "dashboard/users.jte", "who", who, "csrf", csrf.issue(c), "users", users, "notice", notice,
                "audit", service.auditLog(who, 50, client.apply(c)), "now", ctx.clock().instant());
    }

    private void addUser(Context c) {
        ProvinceActor who = signedForm(c);
        if (who == null) {
            return;
        }
        try {
            var saved = service.addUser(who, c.formParam("username") == null ? "" : c.formParam("username").strip(),
                    c.formParam("fullName"), c.formParam("role"), c.formParam("password"), client.apply(c));
            usersPage(c, 200, who, Pages.notice("ok", "Đã thêm tài khoản «" + saved.user().username() + "»."
                    + (saved.generatedPassword() == null ? "" : " Mật khẩu ban đầu (chỉ hiện một lần): "
                    + saved.generatedPassword())));
        } catch (ApiException e) {
            if (e.status() == 403) {
                throw e;
            }
            usersPage(c, e.status(), who, Pages.notice("error", e.getMessage()));
        }
    }

    private void changeUser(Context c) {
        ProvinceActor who = signedForm(c);
        if (who == null) {
            return;
        }
        String name = c.pathParam("name");
        try {
            Pages.Notice done = switch (c.pathParam("action")) {
                case "disable" -> {
                    service.setActive(who, name, false, client.apply(c));
                    yield Pages.notice("ok", "Đã khóa tài khoản «" + name + "».");
                }
                case "enable" -> {
                    service.setActive(who, name, true, client.apply(c));
                    yield Pages.notice("ok", "Đã mở khóa tài khoản «" + name + "».");
                }
                case "reset" -> {
                    var saved = service.resetPassword(who, name, null, client.apply(c));
                    yield Pages.notice("ok", "Mật khẩu mới của «" + name + "» (chỉ hiện một lần): "
                            + saved.generatedPassword());
                }
                default -> throw new ApiException(404, "NOT_FOUND", "Không có thao tác này.");
            };
            usersPage(c, 200, who, done);
        } catch (ApiException e) {
            if (e.status() == 403) {
                throw e;
            }
            usersPage(c, e.status(), who, Pages.notice("error", e.getMessage()));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** The signed-in account, or null after answering with a redirect to the sign-in page. */
    private ProvinceActor signedIn(Context c) {
        ProvinceActor who = actorOrNull(c);
        if (who == null) {
            c.redirect(c.cookie(COOKIE) != null ? "/dashboard/login?expired=1" : "/dashboard/login",
                    io.javalin.http.HttpStatus.SEE_OTHER);
        }
        return who;
    }

    /** For a form post: signed in and the CSRF field matches, or null after answering. */
    private ProvinceActor signedForm(Context c) {
        ProvinceActor who = signedIn(c);
        if (who != null && !csrf.verify(c)) {
            throw new ApiException(403, "CSRF", "Phiên làm việc không hợp lệ; vui lòng tải lại trang và thử lại.");
        }
        return who;
    }

    private ProvinceActor actorOrNull(Context c) {
        Object cached = c.attribute("motcua.dashboard.actor");
        if (cached instanceof ProvinceActor a) {
            return a;
        }
        ProvinceActor a = accounts.session(c.cookie(COOKIE)).orElse(null);
        if (a != null) {
            c.attribute("motcua.dashboard.actor", a);
        }
        return a;
    }

    private static OverviewQuery query(Context c, PeriodChoice choice) {
        OverviewQuery.Sort sort = OverviewQuery.Sort.NAME;
        try {
            if (c.queryParam("sort") != null) {
                sort = OverviewQuery.Sort.valueOf(c.queryParam("sort"));
            }
        } catch (IllegalArgumentException e) {
            sort = OverviewQuery.Sort.NAME;
        }
        boolean desc = "desc".equals(c.queryParam("dir"));
        String text = c.queryParam("text");
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        return OverviewQuery.of(choice.period()).sortedBy(sort, desc).filtered(text, c.queryParam("silent") != null,
                c.queryParam("overdue") != null, null);
    }

    /** The overview's filters as a query string, to keep them on the sort links and the export buttons. */
    private static String filters(Context c) {
        StringBuilder sb = new StringBuilder();
        String text = c.queryParam("text");
        if (text != null && !text.isBlank()) {
            sb.append("&text=").append(URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        if (c.queryParam("silent") != null) {
            sb.append("&silent=1");
        }
        if (c.queryParam("overdue") != null) {
            sb.append("&overdue=1");
        }
        return sb.toString();
    }

    /** The weekly trend as JSON for the chart script (read from a data attribute, escaped by the template). */
    private static String chart(CommuneDetail d) throws Exception {
        java.util.List<String> labels = new java.util.ArrayList<>();
        java.util.List<Long> received = new java.util.ArrayList<>();
        java.util.List<Long> onTime = new java.util.ArrayList<>();
        java.util.List<Long> late = new java.util.ArrayList<>();
        for (CommuneDetail.WeekPoint w : d.weekly()) {
            labels.add(Fmt.shortDay(w.weekStart()));
            received.add(w.received());
            onTime.add(w.resolvedOnTime());
            late.add(w.resolvedLate());
        }
        return WireJson.mapper().writeValueAsString(Map.of("labels", labels, "received", received, "onTime", onTime,
                "late", late));
    }

    private void message(Context c, int status, ProvinceActor who, String title, String text) {
        html(c, status, "dashboard/message.jte", "who", who, "csrf", who == null ? "" : csrf.issue(c), "title", title,
                "text", text);
    }

    private static void html(Context c, int status, String template, Object... params) {
        c.status(status).contentType("text/html; charset=utf-8").result(Views.render(template, params));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(ctx.clock().instant(), Fmt.VN);
    }

    private void asset(Context c) {
        c.attribute(ANSWERED, true);
        String[] a = ASSETS.get(c.pathParam("file"));
        if (a == null) {
            c.status(404).contentType("text/plain; charset=utf-8").result("Không có tệp này.");
            return;
        }
        byte[] bytes = ASSET_BYTES.computeIfAbsent(a[0], p -> {
            try (InputStream in = DashboardRoutes.class.getResourceAsStream(p)) {
                if (in == null) {
                    throw new IllegalStateException("bundled asset missing: " + p);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        c.header("Cache-Control", "public, max-age=86400");
        c.header("X-Content-Type-Options", "nosniff");
        c.contentType(a[1]).result(bytes);
    }
}
