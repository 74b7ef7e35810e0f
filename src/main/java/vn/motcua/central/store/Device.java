package vn.motcua.central.store;

import java.time.Instant;

/** An enrolled desk. {@code revokedAt} set: its token no longer opens the API. */
public record Device(String id, String officeCode, int deskNo, String name, String appVersion, Instant enrolledAt,
                     Instant revokedAt, Instant lastSeenAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
