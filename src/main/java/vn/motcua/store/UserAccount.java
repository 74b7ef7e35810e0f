package vn.motcua.store;

import java.time.LocalDateTime;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;

/** A desk account as stored (the password only as its Argon2id hash). */
public record UserAccount(
        String username,
        String fullName,
        String title,
        String unit,
        Role role,
        String passwordHash,
        boolean active,
        int failedAttempts,
        LocalDateTime lockedUntil) {

    public Actor actor() {
        return new Actor(username, fullName, title, unit, role);
    }
}
