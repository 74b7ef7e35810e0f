package vn.motcua.central.web;

import io.javalin.http.Context;

/** Renders citizen pages in the common layout (JTE, {@code citizen/*.jte}), with the headers every public page carries. */
public final class Pages {
    private static final String CSS = Views.resource("site.css");
    /** The rating token travels in the URL: never leak it through Referer, never cache, never frame. */
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Icons of the message page (drawn by {@code citizen/icon.jte}). */
    public static final String ICON_OK = "ok";
    public static final String ICON_STOP = "stop";
    public static final String ICON_INFO = "info";

    /** A coloured line above a form: kind {@code info}, {@code error} or {@code ok}. */
    public record Notice(String kind, String text) {
    }

    private Pages() {
    }

    /** The citizen pages' style sheet (inlined by the layout: one request per page). */
    public static String css() {
        return CSS;
    }

    /** Answers with a full page rendered from {@code template} and its named parameters. */
    public static void send(Context ctx, int status, String template, Object... params) {
        securityHeaders(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(Views.render(template, params));
    }

    public static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /**
     * A page with one icon, one headline, a paragraph of text and an optional link button.
     *
     * @param org     the small line above the title (office name, or the service name)
     * @param heading the page's title line
     */
    public static void message(Context ctx, int status, String org, String heading, String icon, String headline,
                               String text, String linkHref, String linkText) {
        send(ctx, status, "citizen/message.jte", "org", org, "heading", heading, "icon", icon, "headline", headline,
                "text", text, "linkHref", linkHref, "linkText", linkText);
    }

    public static Notice notice(String kind, String text) {
        return new Notice(kind, text);
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
