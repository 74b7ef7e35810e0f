package vn.motcua.central.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.central.ApiException;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DeviceRepository;
import vn.motcua.domain.text.Msg;

/**
 * Resolves {@code Authorization: Bearer TOKEN} to an enrolled, unrevoked device. Looked up by the token's SHA-256 on
 * every request (no cache), so a revocation takes effect at once on every node. "Last seen" is noted in memory and
 * written in one batch by {@link #flushLastSeen()} (every {@value #FLUSH_SECONDS} s from the context, and at close), so
 * a request never waits for a write: with a thousand desks pulling each minute a write per request would queue the
 * readers behind SQLite's single writer.
 */
public final class DeviceAuth {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** How often the context flushes "last seen". */
    public static final int FLUSH_SECONDS = 30;

    private final CentralDatabase db;
    private final DeviceRepository devices;
    private final Clock clock;
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();
    private final Map<String, Instant> unsaved = new ConcurrentHashMap<>();

    public DeviceAuth(CentralDatabase db, DeviceRepository devices, Clock clock) {
        this.db = db;
        this.devices = devices;
        this.clock = clock;
    }

    public Device authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "UNAUTHORIZED", Msg.of("central.auth.missing"));
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty() || token.length() > 200) {
            throw new ApiException(401, "UNAUTHORIZED", Msg.of("central.auth.invalid"));
        }
        Device d = db.read(c -> devices.findByTokenHash(c, Secrets.sha256(token)))
                .orElseThrow(() -> new ApiException(401, "UNAUTHORIZED", Msg.of("central.auth.invalid")));
        if (d.revoked()) {
            throw new ApiException(401, "DEVICE_REVOKED", Msg.of("central.auth.revoked"));
        }
        Instant now = clock.instant();
        Instant last = touched.get(d.id());
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            touched.put(d.id(), now);
            unsaved.put(d.id(), now);
        }
        return d;
    }

    /** Writes the "last seen" times noted since the last flush, in one transaction. */
    public void flushLastSeen() {
        if (unsaved.isEmpty()) {
            return;
        }
        Map<String, Instant> batch = new java.util.HashMap<>();
        for (String id : java.util.List.copyOf(unsaved.keySet())) {
            Instant at = unsaved.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try {
            db.run(c -> {
                devices.touchAll(c, batch);
            });
        } catch (RuntimeException e) {
            batch.forEach(unsaved::putIfAbsent); // tried again at the next flush
            throw e;
        }
    }
}
