package vn.motcua.central.http;

import static vn.motcua.central.http.HttpIo.ANSWERED;
import static vn.motcua.central.http.HttpIo.json;

import io.javalin.config.RoutesConfig;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.motcua.central.CentralContext;

/**
 * {@code GET /health} (database reachable?) and {@code GET /metrics} (Prometheus text), plus the request timing and
 * status-class counters every answer feeds.
 */
final class HealthRoutes implements RouteGroup {
    private static final String STARTED = "motcua.t0";

    private final CentralContext ctx;
    private final Metrics metrics;

    HealthRoutes(CentralContext ctx, Metrics metrics) {
        this.ctx = ctx;
        this.metrics = metrics;
        metrics.describe("motcua_http_responses_total", "HTTP answers by status class.");
        metrics.describe("motcua_api_refusals_total", "API requests refused with a 4xx, by status.");
    }

    @Override
    public void register(RoutesConfig r) {
        r.before(c -> c.attribute(STARTED, System.nanoTime()));
        r.after(c -> answered(metrics, c.attribute(STARTED), c.statusCode()));
        r.get("/health", c -> {
            boolean up = ctx.database().ping();
            json(c, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN", "database",
                    ctx.database().dialect().name().toLowerCase(Locale.ROOT)));
        });
        r.get("/metrics", c -> {
            c.contentType("text/plain; version=0.0.4; charset=utf-8");
            c.attribute(ANSWERED, true);
            c.result(metrics.render(gauges()));
        });
    }

    /** Counts an answer by its status class and its time since {@code t0} ({@link System#nanoTime}; null: unknown). */
    static void answered(Metrics metrics, Long t0, int status) {
        if (t0 != null) {
            metrics.observeRequest((System.nanoTime() - t0) / 1000);
        }
        metrics.inc("motcua_http_responses_total", "code=\"" + (status / 100) + "xx\"");
    }

    /** The gauges of /metrics: database up, and per office the rating figures the province watches. */
    private Map<String, Number> gauges() {
        Map<String, Number> g = new HashMap<>();
        boolean up = ctx.database().ping();
        g.put("motcua_db_up", up ? 1 : 0);
        if (!up) {
            return g;
        }
        for (var o : ctx.ratingFigures()) {
            String label = "{office=\"" + o.officeCode() + "\"}";
            g.put("motcua_office_ratings_counted" + label, o.counted());
            g.put("motcua_office_ratings_pending" + label, o.pending());
            g.put("motcua_office_ratings_void" + label, o.voided());
            g.put("motcua_office_rating_top_address_share" + label,
                    Math.round(o.topAddressShare() * 10_000) / 10_000.0);
        }
        g.put("motcua_audit_chains_regressed", ctx.regressedAuditChains().size());
        g.putAll(vn.motcua.central.portal.PortalStatus.gauges(ctx.database(), ctx.clock()));
        return g;
    }
}
