package vn.motcua.central.store;

import java.time.Instant;

/**
 * A province account of the web dashboard (table {@code province_user}). {@code role} is {@code PROVINCE_ADMIN} or
 * {@code PROVINCE_VIEWER}; {@code lockedUntil} is set after too many wrong passwords in a row.
 */
public record ProvinceUser(String username, String fullName, String role, boolean active, String passwordHash,
                           int failedCount, Instant lockedUntil, Instant lastLoginAt, Instant createdAt,
                           Instant updatedAt) {
    @Override
    public String toString() {
        return "ProvinceUser[" + username + ", " + role + (active ? "" : ", disabled") + "]";
    }
}
