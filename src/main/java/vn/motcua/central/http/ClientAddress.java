package vn.motcua.central.http;

import io.javalin.http.Context;

/**
 * The client address used for rate limits. Directly exposed: the TCP peer. Behind the province's reverse proxy
 * ({@code --trust-proxy}): the last address in {@code X-Forwarded-For}, the one the proxy itself appended, since the
 * earlier ones are whatever the client chose to send.
 */
final class ClientAddress {
    private final boolean trustProxy;

    ClientAddress(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    String of(Context ctx) {
        if (trustProxy) {
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                String[] parts = xff.split(",");
                String last = parts[parts.length - 1].trim();
                if (!last.isEmpty() && last.length() <= 64) {
                    return last;
                }
            }
        }
        return ctx.req().getRemoteAddr();
    }
}
