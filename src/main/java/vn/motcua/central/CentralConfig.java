package vn.motcua.central;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a central server node runs. Built by {@code motcua central serve} from options and environment variables.
 *
 * @param host              interface to listen on ("0.0.0.0" = all)
 * @param port              plain HTTP port; 0 picks a free one (tests)
 * @param baseUrl           the public URL receipts' QR codes point at; null = {@code http://HOST:PORT}
 * @param dbUrl             {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}
 * @param dbUser            PostgreSQL user or null
 * @param dbPassword        PostgreSQL password or null
 * @param dbPool            connections in the pool
 * @param maxBodyBytes      largest API request body accepted (413 above)
 * @param ratingWindow      how long after the first rating a citizen may change it
 * @param limits            per-client-address budgets of the public endpoints
 * @param trustProxy        take the client address from {@code X-Forwarded-For} (only behind your own proxy)
 * @param tlsKeystore       a PKCS#12/JKS keystore to serve HTTPS from, or null
 * @param tlsKeystorePassword its password
 * @param tlsPort           the HTTPS port when a keystore is given
 * @param keyFile           the server's key file (seals rating secrets, keys client-address hashes), outside the
 *                          database; null = {@code central.key} beside a SQLite file (required for PostgreSQL)
 * @param pullConcurrency   how many pulls the node works on at once (reading the page and writing its JSON); the
 *                          others wait their turn first come, first served, never refused for it (issue 18,
 *                          decision 0038); 0 = no limit. Default {@link #defaultPullConcurrency()}
 */
public record CentralConfig(String host, int port, String baseUrl, String dbUrl, String dbUser, String dbPassword,
                            int dbPool, long maxBodyBytes, Duration ratingWindow, RateLimits limits,
                            boolean trustProxy, Path tlsKeystore, String tlsKeystorePassword, int tlsPort,
                            Path keyFile, int pullConcurrency) {

    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    public static final Duration DEFAULT_RATING_WINDOW = Duration.ofHours(24);

    /**
     * Budgets per client address.
     *
     * @param pagesPerMinute      GETs of the rating and lookup pages
     * @param ratingPostsPer10Min rating submissions
     * @param lookupPostsPer10Min lookup attempts (the second factor)
     * @param enrollPer10Min      enrollment attempts
     */
    public record RateLimits(int pagesPerMinute, int ratingPostsPer10Min, int lookupPostsPer10Min, int enrollPer10Min) {
        public static RateLimits defaults() {
            return new RateLimits(120, 20, 20, 10);
        }
    }

    /**
     * The number of processors the JVM may use: more pulls at once than cores only time-share the CPU, so every page
     * takes as long as all of them together (decision 0038).
     */
    public static int defaultPullConcurrency() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Defaults for a database URL: all interfaces, port 8080, 2 MiB bodies, 24 h rating window. */
    public static CentralConfig defaults(String dbUrl) {
        return new CentralConfig("0.0.0.0", 8080, null, dbUrl, null, null, 8, DEFAULT_MAX_BODY,
                DEFAULT_RATING_WINDOW, RateLimits.defaults(), false, null, null, 8443, null, defaultPullConcurrency());
    }

    public CentralConfig withPort(int p) {
        return new CentralConfig(host, p, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withHost(String h) {
        return new CentralConfig(h, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withLimits(RateLimits l) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                l, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withRatingWindow(Duration w) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, w, limits,
                trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withMaxBodyBytes(long max) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, max, ratingWindow, limits,
                trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withDatabase(String url, String user, String password, int pool) {
        return new CentralConfig(host, port, baseUrl, url, user, password, pool, maxBodyBytes, ratingWindow, limits,
                trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withBaseUrl(String url) {
        return new CentralConfig(host, port, url, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withProxy(boolean trust) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trust, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withTls(Path keystore, String password, int httpsPort) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, keystore, password, httpsPort, keyFile, pullConcurrency);
    }

    public CentralConfig withKeyFile(Path file) {
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, file, pullConcurrency);
    }

    /** The same with at most {@code n} pulls worked on at once (0 = no limit). */
    public CentralConfig withPullConcurrency(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("pull concurrency must be 0 (no limit) or more");
        }
        return new CentralConfig(host, port, baseUrl, dbUrl, dbUser, dbPassword, dbPool, maxBodyBytes, ratingWindow,
                limits, trustProxy, tlsKeystore, tlsKeystorePassword, tlsPort, keyFile, n);
    }

    /** The key file to use: the one given, else {@code central.key} beside the SQLite database file. */
    public Path effectiveKeyFile() {
        if (keyFile != null) {
            return keyFile;
        }
        if (dbUrl != null && dbUrl.startsWith("jdbc:sqlite:")) {
            Path db = Path.of(dbUrl.substring("jdbc:sqlite:".length()).split("\\?")[0]).toAbsolutePath();
            return db.resolveSibling("central.key");
        }
        throw new IllegalArgumentException("a PostgreSQL server needs its key file: give --key-file (or "
                + "MOTCUA_CENTRAL_KEY_FILE), a path outside the database readable by the server only");
    }
}
