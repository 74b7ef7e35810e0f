package vn.motcua.central.store;

import java.time.Instant;

/**
 * A desk account of one office, managed by the province. {@code passwordHash} is the Argon2id PHC string the desk
 * verifies offline; it is never printed by the admin commands.
 */
public record OfficeAccount(String officeCode, String username, String fullName, String role, boolean active,
                            String passwordHash, boolean mustChangePassword, long changeSeq, Instant createdAt,
                            Instant updatedAt) {

    @Override
    public String toString() {
        return "OfficeAccount[" + officeCode + "/" + username + ", " + role + (active ? "" : ", disabled") + "]";
    }
}
