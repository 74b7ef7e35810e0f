package vn.motcua.central.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders citizen pages in the common layout, with the headers every public page carries. */
public final class Pages {
    private static final String CSS = Template.resource("site.css");
    /** The rating token travels in the URL: never leak it through Referer, never cache, never frame. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static final String ICON_OK = "<svg viewBox=\"0 0 72 72\" aria-hidden=\"true\"><circle cx=\"36\" cy=\"36\" "
            + "r=\"34\" fill=\"#2e7d32\"/><path d=\"M21 37l10 10 20-22\" stroke=\"#fff\" stroke-width=\"6\" fill=\"none\" "
            + "stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";
    public static final String ICON_STOP = "<svg viewBox=\"0 0 72 72\" aria-hidden=\"true\"><circle cx=\"36\" cy=\"36\" "
            + "r=\"34\" fill=\"#c62828\"/><path d=\"M36 18v24\" stroke=\"#fff\" stroke-width=\"7\" stroke-linecap=\"round\"/>"
            + "<circle cx=\"36\" cy=\"53\" r=\"4.5\" fill=\"#fff\"/></svg>";
    public static final String ICON_INFO = "<svg viewBox=\"0 0 72 72\" aria-hidden=\"true\"><circle cx=\"36\" cy=\"36\" "
            + "r=\"34\" fill=\"#0b5cad\"/><circle cx=\"36\" cy=\"20\" r=\"4.5\" fill=\"#fff\"/><path d=\"M36 31v22\" "
            + "stroke=\"#fff\" stroke-width=\"7\" stroke-linecap=\"round\"/></svg>";

    private Pages() {
    }

    /**
     * Answers with a full page.
     *
     * @param org     the small line above the title (office name, or the service name)
     * @param heading the page's title line
     */
    public static void send(Context ctx, int status, String org, String heading, String body) {
        Map<String, String> v = new HashMap<>();
        v.put("title", heading + " — Quầy Một Cửa");
        v.put("css", CSS);
        v.put("org", org);
        v.put("heading", heading);
        v.put("body", body);
        securityHeaders(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(Template.of("layout").render(v));
    }

    public static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /** A page with one icon, one headline, a paragraph of text and an optional link button. */
    public static void message(Context ctx, int status, String org, String heading, String icon, String headline,
                               String text, String linkHref, String linkText) {
        Map<String, String> v = new HashMap<>();
        v.put("icon", icon);
        v.put("headline", headline);
        v.put("text", "<p>" + Html.escape(text) + "</p>");
        v.put("action", linkHref == null ? "" : "<a class=\"button secondary\" href=\"" + Html.escape(linkHref) + "\">"
                + Html.escape(linkText) + "</a>");
        send(ctx, status, org, heading, Template.of("message").render(v));
    }

    public static String notice(String kind, String text) {
        return "<div class=\"notice " + kind + "\" role=\"status\">" + Html.escape(text) + "</div>";
    }

    /**
     * The 429 page for a client over its budget: {@code Retry-After} and the text both say how long the block
     * really lasts ({@code wait}: until the client's window ends).
     */
    public static void tooManyRequests(Context ctx, String heading, java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        message(ctx, 429, "Quầy Một Cửa", heading, ICON_INFO, "Ông/bà thao tác hơi nhanh",
                "Vui lòng đợi " + waitText(seconds) + " rồi thử lại. Cảm ơn ông/bà.", null, null);
    }

    /** "khoảng 45 giây", "khoảng 1 phút", "khoảng 10 phút": whole minutes rounded up from a minute on. */
    static String waitText(long seconds) {
        if (seconds < 60) {
            return "khoảng " + seconds + " giây";
        }
        return "khoảng " + (seconds + 59) / 60 + " phút";
    }
}
