package vn.motcua.store;

import java.time.LocalDateTime;
import vn.motcua.domain.account.AccountSource;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;

/**
 * A desk account as stored (the password only as its Argon2id hash).
 *
 * @param source             who manages it: this desk, or the province (then it is read-only here)
 * @param mustChangePassword the province's "must change the password" flag (always false for local accounts)
 */
public record UserAccount(
        String username,
        String fullName,
        String title,
        String unit,
        Role role,
        String passwordHash,
        boolean active,
        int failedAttempts,
        LocalDateTime lockedUntil,
        AccountSource source,
        boolean mustChangePassword) {

    public UserAccount {
        source = source == null ? AccountSource.LOCAL : source;
    }

    /** A local account (the shape every desk account had before the province could manage them). */
    public UserAccount(String username, String fullName, String title, String unit, Role role, String passwordHash,
                       boolean active, int failedAttempts, LocalDateTime lockedUntil) {
        this(username, fullName, title, unit, role, passwordHash, active, failedAttempts, lockedUntil,
                AccountSource.LOCAL, false);
    }

    public Actor actor() {
        return new Actor(username, fullName, title, unit, role);
    }

    /** Whether the province manages this account (no edits at the desk). */
    public boolean provinceManaged() {
        return source == AccountSource.PROVINCE;
    }
}
