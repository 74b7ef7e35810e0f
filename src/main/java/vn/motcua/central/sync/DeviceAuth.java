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

/**
 * Resolves {@code Authorization: Bearer TOKEN} to an enrolled, unrevoked device. Looked up by the token's SHA-256 on
 * every request (no cache), so a revocation takes effect at once on every node. "Last seen" is written at most once a
 * minute per device.
 */
public final class DeviceAuth {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final CentralDatabase db;
    private final DeviceRepository devices;
    private final Clock clock;
    private final Map<String, Instant> touched = new ConcurrentHashMap<>();

    public DeviceAuth(CentralDatabase db, DeviceRepository devices, Clock clock) {
        this.db = db;
        this.devices = devices;
        this.clock = clock;
    }

    public Device authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "UNAUTHORIZED", "Thiếu mã truy cập của máy (Authorization: Bearer …).");
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty() || token.length() > 200) {
            throw new ApiException(401, "UNAUTHORIZED", "Mã truy cập của máy không hợp lệ.");
        }
        Device d = db.read(c -> devices.findByTokenHash(c, Secrets.sha256(token)))
                .orElseThrow(() -> new ApiException(401, "UNAUTHORIZED", "Mã truy cập của máy không hợp lệ."));
        if (d.revoked()) {
            throw new ApiException(401, "DEVICE_REVOKED", "Máy này đã bị thu hồi quyền đồng bộ; liên hệ quản trị viên.");
        }
        Instant now = clock.instant();
        Instant last = touched.get(d.id());
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            touched.put(d.id(), now);
            db.write(c -> {
                devices.touch(c, d.id(), now);
                return null;
            });
        }
        return d;
    }
}
