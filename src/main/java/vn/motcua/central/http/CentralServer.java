package vn.motcua.central.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;

/**
 * One central server node: Javalin 7 on Jetty 12. Its routes come in {@link RouteGroup}s, one per concern
 * (decision 0017): {@link HealthRoutes} (/health, /metrics), {@link SyncApiRoutes} (/api/v1 enroll, push, pull,
 * audit head, rating key), {@link FileRoutes} (/api/v1 blobs and attachments), {@link CitizenRoutes} (/r, /tra-cuu,
 * /static, /). {@link DeviceGate} authenticates the desk on every route declared with {@link DeviceGate#DEVICE};
 * {@link ErrorMapping} turns every failure into its answer. Stateless apart from in-memory rate limits and counters,
 * so any number of nodes can serve one PostgreSQL database.
 */
public final class CentralServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CentralServer.class);

    private final Javalin app;
    private final String baseUrl;

    private CentralServer(Javalin app, String baseUrl) {
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** Builds the routes and starts listening. */
    public static CentralServer start(CentralContext ctx, CentralConfig cfg) {
        return start(ctx, cfg, true);
    }

    /**
     * @param plainSyncRoutes whether the desks' pull and push are answered by {@link DeskSyncHandler} in front of
     *                        Javalin (always, but for the test that compares its answers with the Javalin routes')
     */
    static CentralServer start(CentralContext ctx, CentralConfig cfg, boolean plainSyncRoutes) {
        Metrics metrics = new Metrics();
        var publicBase = new AtomicReference<String>();
        SyncApiRoutes sync = new SyncApiRoutes(ctx, cfg, metrics, publicBase::get);
        // one line per group; the device gate and the error mapping first, so every group's routes have them
        List<RouteGroup> groups = List.of(
                new DeviceGate(ctx.auth()),
                new ErrorMapping(metrics),
                new HealthRoutes(ctx, metrics),
                sync,
                new FileRoutes(ctx, metrics, cfg.maxBodyBytes()),
                new CitizenRoutes(ctx, cfg, metrics),
                new vn.motcua.central.dashboard.DashboardRoutes(ctx, https(cfg), new ClientAddress(cfg.trustProxy())::of));

        Javalin app = Javalin.create(config -> {
            server(config, cfg);
            if (plainSyncRoutes) {
                // inside Javalin's statistics handler, in front of its servlet context (which Javalin puts after it)
                config.jetty.modifyServer(server -> {
                    if (!(server.getHandler() instanceof Handler.Wrapper outer) || outer.getHandler() != null) {
                        throw new IllegalStateException("unexpected Jetty handlers: " + server.getHandler());
                    }
                    outer.setHandler(new DeskSyncHandler(ctx.auth(), sync, metrics));
                });
            }
            groups.forEach(g -> g.register(config.routes));
        });
        app.start();
        String scheme = cfg.tlsKeystore() != null ? "https://" : "http://";
        String base = cfg.baseUrl() != null ? stripSlash(cfg.baseUrl())
                : scheme + ("0.0.0.0".equals(cfg.host()) ? "localhost" : cfg.host()) + ":" + app.port();
        publicBase.set(base);
        LOG.info("Central server listening on {}:{} (database {}), public base URL {}", cfg.host(), app.port(),
                ctx.database().dialect(), base);
        return new CentralServer(app, base);
    }

    /** Whether the node is reached over HTTPS (its own keystore, or a TLS proxy in front named by the base URL). */
    static boolean https(CentralConfig cfg) {
        return cfg.tlsKeystore() != null || cfg.baseUrl() != null && cfg.baseUrl().startsWith("https:");
    }

    /** Host, port, body limit, the citizen forms' size filter, and HTTPS only when a keystore is given. */
    private static void server(JavalinConfig config, CentralConfig cfg) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = cfg.host();
        config.jetty.port = cfg.port();
        config.http.maxRequestSize = cfg.maxBodyBytes();
        config.jetty.modifyServletContextHandler(h -> {
            for (String path : List.of("/r/*", "/tra-cuu/*")) {
                h.addFilter(new CitizenFormLimit(), path, EnumSet.of(jakarta.servlet.DispatcherType.REQUEST));
            }
        });
        config.router.ignoreTrailingSlashes = true;
        config.http.prefer405over404 = true;
        if (cfg.tlsKeystore() != null) {
            // With a keystore the node speaks HTTPS only (Javalin adds no plain connector beside a custom one).
            config.jetty.addConnector((server, httpConfig) -> {
                SslContextFactory.Server ssl = new SslContextFactory.Server();
                ssl.setKeyStorePath(cfg.tlsKeystore().toAbsolutePath().toString());
                ssl.setKeyStorePassword(cfg.tlsKeystorePassword());
                httpConfig.addCustomizer(new SecureRequestCustomizer(false));
                ServerConnector c = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                        new HttpConnectionFactory(httpConfig));
                c.setHost(cfg.host());
                c.setPort(cfg.tlsPort());
                return c;
            });
        }
    }

    public int port() {
        return app.port();
    }

    /** The URL receipts point at: {@code {baseUrl}/r/{code}?t=...} and {@code {baseUrl}/tra-cuu/{code}}. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        app.stop();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
