package vn.motcua.central.portal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * How a province reaches the national portal (docs/portal-mapping.md, "Configuration").
 *
 * @param url            the gateway's base URL
 * @param user           sign-in user name ({@code MOTCUA_PORTAL_USER} or the file)
 * @param password       sign-in password ({@code MOTCUA_PORTAL_PASSWORD} or the file)
 * @param dstcode        the {@code dstcode} header; blank = the unit code of each call
 * @param authPath       sign-in path under {@code url}
 * @param servicePath    the service path under {@code url} (every service posts there)
 * @param unitCodes      office agency code → unit code on the portal (madonvi); an office not listed uses its own
 * @param batchSize      changes per {@code DongBoHoSoMC} call (progress goes in calls of at most 10)
 * @param maxAttempts    refusals of one change before it is set aside
 * @param lease          how long a node holds an office
 * @param requestTimeout one HTTP call
 * @param backoffBase    first wait after a failure (doubles, with jitter, up to {@code backoffCap})
 * @param backoffCap     longest wait
 * @param poll           how often a node looks for work
 */
public record PortalConfig(String url, String user, String password, String dstcode, String authPath,
                           String servicePath, Map<String, String> unitCodes, int batchSize, int maxAttempts,
                           Duration lease, Duration requestTimeout, Duration backoffBase, Duration backoffCap,
                           Duration poll) {

    public PortalConfig {
        unitCodes = Map.copyOf(unitCodes);
        if (lease.compareTo(requestTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("the lease must be at least twice the request timeout");
        }
    }

    public static PortalConfig defaults(String url, String user, String password) {
        return new PortalConfig(url, user, password, "", "/auth", "/service", Map.of(), 10, 5,
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMinutes(10),
                Duration.ofSeconds(1));
    }

    /** The unit code the portal knows an office by. */
    public String unitOf(String officeCode) {
        return unitCodes.getOrDefault(officeCode, officeCode);
    }

    public PortalConfig withTiming(Duration leaseTime, Duration timeout, Duration base, Duration cap, Duration pollEvery) {
        return new PortalConfig(url, user, password, dstcode, authPath, servicePath, unitCodes, batchSize, maxAttempts,
                leaseTime, timeout, base, cap, pollEvery);
    }

    public PortalConfig withMaxAttempts(int n) {
        return new PortalConfig(url, user, password, dstcode, authPath, servicePath, unitCodes, batchSize, n, lease,
                requestTimeout, backoffBase, backoffCap, poll);
    }

    public PortalConfig withUnitCodes(Map<String, String> codes) {
        return new PortalConfig(url, user, password, dstcode, authPath, servicePath, codes, batchSize, maxAttempts,
                lease, requestTimeout, backoffBase, backoffCap, poll);
    }

    /**
     * The configuration from an optional file (Java properties, readable by its owner only: a file the group or
     * others may read is refused), the environment ({@code MOTCUA_PORTAL_USER}, {@code MOTCUA_PORTAL_PASSWORD}) and
     * the URL option; the option beats the file, the file beats the environment.
     */
    public static PortalConfig load(String urlOption, Path file, Map<String, String> env) {
        Properties p = new Properties();
        if (file != null) {
            requirePrivate(file);
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the portal configuration " + file + ": "
                        + e.getMessage(), e);
            }
        }
        String url = first(urlOption, p.getProperty("portal.url"));
        if (url == null) {
            throw new IllegalArgumentException("no portal URL: give --portal-url or portal.url in the file");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("the portal URL must start with http:// or https://: " + url);
        }
        String user = first(p.getProperty("portal.user"), env.get("MOTCUA_PORTAL_USER"));
        String password = first(p.getProperty("portal.password"), env.get("MOTCUA_PORTAL_PASSWORD"));
        if (user == null || password == null) {
            throw new IllegalArgumentException("no portal credentials: set MOTCUA_PORTAL_USER and "
                    + "MOTCUA_PORTAL_PASSWORD, or portal.user and portal.password in the configuration file");
        }
        PortalConfig d = defaults(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, user, password);
        Map<String, String> units = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("portal.unit.")) {
                units.put(k.substring("portal.unit.".length()), p.getProperty(k).trim());
            }
        }
        return new PortalConfig(d.url(), user, password, p.getProperty("portal.dstcode", "").trim(),
                p.getProperty("portal.authPath", d.authPath()).trim(),
                p.getProperty("portal.servicePath", d.servicePath()).trim(), units,
                intOf(p, "portal.batchSize", d.batchSize(), 1, 100), intOf(p, "portal.maxAttempts", d.maxAttempts(),
                        1, 1000), d.lease(), d.requestTimeout(), d.backoffBase(), d.backoffCap(), d.poll());
    }

    /** Refuses a file that the group or others may read (it holds the portal password). */
    static void requirePrivate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no portal configuration file " + file);
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            Set<PosixFilePermission> open = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
            open.retainAll(perms);
            if (!open.isEmpty()) {
                throw new IllegalArgumentException("the portal configuration " + file + " holds a password and may be "
                        + "read or written by others (" + java.nio.file.attribute.PosixFilePermissions.toString(perms)
                        + "): chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its ACLs are the operator's business
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot check the permissions of " + file + ": " + e.getMessage(), e);
        }
    }

    private static int intOf(Properties p, String key, int dflt, int min, int max) {
        String v = p.getProperty(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number from " + min + " to " + max + ": " + v);
        }
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b == null || b.isBlank() ? null : b.trim();
    }

    @Override
    public String toString() {
        return "PortalConfig[url=" + url + ", user=" + user + ", units=" + unitCodes + "]"; // never the password
    }
}
