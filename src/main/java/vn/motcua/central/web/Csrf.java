package vn.motcua.central.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import vn.motcua.central.security.Secrets;

/**
 * Double-submit CSRF protection for the citizen forms: a random value in an HttpOnly cookie, the same value in a
 * hidden form field; a POST is honoured only when both are present and equal.
 */
public final class Csrf {
    public static final String COOKIE = "mc_csrf";
    public static final String FIELD = "csrf";

    private final boolean secureCookie;

    public Csrf(boolean secureCookie) {
        this.secureCookie = secureCookie;
    }

    /** The client's value, set as a cookie first if it has none (or a malformed one). */
    public String issue(Context ctx) {
        String v = ctx.cookie(COOKIE);
        if (v == null || !v.matches("[A-Za-z0-9_-]{43}")) {
            v = Secrets.randomToken(32);
            ctx.cookie(new Cookie(COOKIE, v, "/", -1, secureCookie, true, null, SameSite.LAX));
        }
        return v;
    }

    public boolean verify(Context ctx) {
        return Secrets.sameText(ctx.cookie(COOKIE), ctx.formParam(FIELD));
    }
}
