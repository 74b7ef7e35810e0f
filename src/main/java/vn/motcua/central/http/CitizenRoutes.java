package vn.motcua.central.http;

import static vn.motcua.central.http.HttpIo.ANSWERED;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.web.Csrf;
import vn.motcua.central.web.LookupPage;
import vn.motcua.central.web.Pages;
import vn.motcua.central.web.RatingPage;

/**
 * The citizens' pages, behind per-address budgets (the pages themselves render in {@code central.web}).
 *
 * <pre>
 * GET/POST /r/{code}        rating page (?t=token)     GET/POST /tra-cuu/{code}  status lookup, second factor
 * GET /static/{font}        bundled Noto Sans          GET /                     "the server is running"
 * </pre>
 */
final class CitizenRoutes implements RouteGroup {
    /** The client's address as the rate limiter sees it (read by the rating page for its keyed hash). */
    static final String CLIENT_ADDRESS = "motcua.client";
    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    private final Metrics metrics;
    private final ClientAddress address;
    private final RateLimiter pages;
    private final RateLimiter ratingPosts;
    private final RateLimiter lookupPosts;
    private final RatingPage rating;
    private final LookupPage lookup;

    CitizenRoutes(CentralContext ctx, CentralConfig cfg, Metrics metrics) {
        this.metrics = metrics;
        var clock = ctx.clock();
        var limits = cfg.limits();
        this.pages = new RateLimiter(limits.pagesPerMinute(), Duration.ofMinutes(1), clock);
        this.ratingPosts = new RateLimiter(limits.ratingPostsPer10Min(), Duration.ofMinutes(10), clock);
        this.lookupPosts = new RateLimiter(limits.lookupPostsPer10Min(), Duration.ofMinutes(10), clock);
        this.address = new ClientAddress(cfg.trustProxy());
        boolean https = CentralServer.https(cfg);
        Csrf csrf = new Csrf(https);
        this.rating = new RatingPage(ctx.ratings(), csrf, metrics);
        this.lookup = new LookupPage(ctx.lookups(), csrf, metrics);
        metrics.describe("motcua_ratings_total", "Rating page submissions by result.");
        metrics.describe("motcua_lookups_total", "Lookup attempts by result.");
        metrics.describe("motcua_rate_limited_total", "Requests refused by the per-address budgets.");
    }

    @Override
    public void register(RoutesConfig r) {
        r.get("/r/{code}", c -> limited(c, pages, "rating", rating::show));
        r.post("/r/{code}", c -> limitedPost(c, ratingPosts, "rating", rating::submit));
        r.get("/tra-cuu/{code}", c -> limited(c, pages, "lookup", lookup::show));
        r.post("/tra-cuu/{code}", c -> limitedPost(c, lookupPosts, "lookup", lookup::submit));
        r.get("/static/{file}", CitizenRoutes::font);
        r.get("/", c -> Pages.message(c, 200, "Quầy Một Cửa", "Máy chủ trung tâm", Pages.ICON_OK,
                "Máy chủ đang hoạt động", "Quét mã QR trên giấy tiếp nhận hồ sơ để tra cứu hoặc đánh giá.",
                null, null));
    }

    private interface PageHandler {
        void handle(Context c) throws Exception;
    }

    private void limited(Context c, RateLimiter limiter, String name, PageHandler page) throws Exception {
        c.attribute(ANSWERED, true);
        c.attribute(CLIENT_ADDRESS, address.of(c));
        Duration wait = limiter.acquire(address.of(c));
        if (!wait.isZero()) {
            metrics.inc("motcua_rate_limited_total", "endpoint=\"" + name + "\"");
            Pages.tooManyRequests(c, name.equals("rating") ? "Đánh giá sự hài lòng" : "Tra cứu hồ sơ", wait);
            return;
        }
        page.handle(c);
    }

    /** A citizen form POST: small bodies only (a rating is well under 4 KiB), then the budget, then the page. */
    private void limitedPost(Context c, RateLimiter limiter, String name, PageHandler page) throws Exception {
        c.attribute(ANSWERED, true);
        long length = c.req().getContentLengthLong();
        if (length > CitizenFormLimit.MAX_BYTES || c.req().getAttribute(CitizenFormLimit.TOO_LARGE) != null
                || c.req().getAttribute(CitizenFormLimit.CHUNKED) != null
                        && !"application/x-www-form-urlencoded".equals(HttpIo.baseType(c))) {
            Pages.message(c, 413, "Quầy Một Cửa", "Quầy Một Cửa", Pages.ICON_STOP, "Nội dung gửi quá lớn",
                    "Vui lòng rút gọn nội dung góp ý rồi gửi lại.", null, null);
            return;
        }
        limited(c, limiter, name, page);
    }

    private static void font(Context c) {
        String file = c.pathParam("file");
        if (!file.equals("NotoSans-Regular.ttf") && !file.equals("NotoSans-Bold.ttf")) {
            throw new HttpResponseException(404, "Not found");
        }
        byte[] bytes = FONTS.computeIfAbsent(file, f -> {
            try (InputStream in = CitizenRoutes.class.getResourceAsStream("/vn/motcua/fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing: " + f);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        c.attribute(ANSWERED, true);
        c.header("Cache-Control", "public, max-age=31536000, immutable");
        c.contentType("font/ttf").result(bytes);
    }
}
