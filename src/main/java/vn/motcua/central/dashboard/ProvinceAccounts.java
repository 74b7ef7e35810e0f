package vn.motcua.central.dashboard;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.central.ApiException;
import vn.motcua.central.admin.OfficeAccountService;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.ProvinceUser;
import vn.motcua.central.store.ProvinceUserRepository;
import vn.motcua.domain.account.AccountRules;
import vn.motcua.domain.text.Text;

/**
 * The province's dashboard accounts: adding, disabling, resetting passwords (command line and the admin page),
 * signing in with Argon2id and a lock-out, and the sessions behind the cookie. Every change, sign-in and refused
 * sign-in is written to the dashboard's audit log in the same transaction. Passwords are never stored or logged.
 */
public final class ProvinceAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(ProvinceAccounts.class);
    /** Wrong passwords in a row before the account is locked for {@link #LOCK_FOR}. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    /** A hash verified for unknown names, so their refusal takes as long as a wrong password's. */
    private static final String DUMMY_HASH = PasswordHashes.hash("not-a-password-" + Secrets.randomToken(8));

    private final CentralDatabase db;
    private final ProvinceUserRepository repo;
    private final Clock clock;
    private final Duration idle;
    private final Duration maxSession;

    /**
     * @param idle       a session ends after this long without a request
     * @param maxSession and at the latest this long after the sign-in
     */
    public ProvinceAccounts(CentralDatabase db, ProvinceUserRepository repo, Clock clock, Duration idle,
                            Duration maxSession) {
        this.db = db;
        this.repo = repo;
        this.clock = clock;
        this.idle = idle;
        this.maxSession = maxSession;
    }

    /** An account as saved, and the password when the server generated it (shown once). */
    public record Saved(ProvinceUser user, String generatedPassword) {
        @Override
        public String toString() {
            return "Saved[" + user + (generatedPassword == null ? "" : ", generated password") + "]";
        }
    }

    /** The outcome of a sign-in: a session, or a refusal to show (the same for unknown names and wrong passwords). */
    public sealed interface SignIn permits SignIn.Ok, SignIn.Refused, SignIn.Locked {
        /** Signed in: the cookie value (its hash is stored) and who. */
        record Ok(String token, ProvinceActor actor) implements SignIn {
            @Override
            public String toString() {
                return "Ok[" + actor.username() + "]";
            }
        }

        /** Wrong name or password (or a disabled account); {@code attemptsLeft} before the lock, -1 if unknown. */
        record Refused(int attemptsLeft) implements SignIn {
        }

        /** Too many wrong passwords: no sign-in until {@code until}, even with the right one. */
        record Locked(Instant until) implements SignIn {
        }
    }

    public Duration idleTimeout() {
        return idle;
    }

    /** Adds an account ({@code password} null: generated and returned once). {@code by} is who does it, for the log. */
    public Saved add(String by, String username, String rawFullName, String rawRole, String password) {
        AccountRules.usernameProblem(username).ifPresent(p -> {
            throw ApiException.badRequest("INVALID_USERNAME", p);
        });
        ProvinceRole role = role(rawRole);
        String fullName = Text.nfc(rawFullName) == null || rawFullName.isBlank() ? username
                : Text.nfc(rawFullName).strip();
        if (fullName.length() > 200) {
            throw ApiException.badRequest("INVALID_NAME", "Họ và tên tối đa 200 ký tự.");
        }
        String chosen = password == null ? OfficeAccountService.generatePassword() : checked(password);
        String hash = PasswordHashes.hash(chosen);
        Instant now = clock.instant();
        ProvinceUser saved = db.write(c -> {
            if (repo.find(c, username).isPresent()) {
                throw new ApiException(409, "USER_EXISTS", "Đã có tài khoản «" + username + "».");
            }
            repo.insert(c, username, fullName, role.name(), hash, now);
            repo.audit(c, now, by, "USER_ADD", username, role.cliName(), null);
            return repo.find(c, username).orElseThrow();
        });
        LOG.info("Province dashboard account {} added ({}) by {}", username, role.cliName(), by);
        return new Saved(saved, password == null ? chosen : null);
    }

    public List<ProvinceUser> list() {
        return db.read(repo::list);
    }

    /** Disables or enables an account; disabling ends its sessions at once. */
    public ProvinceUser setActive(String by, String username, boolean active) {
        Instant now = clock.instant();
        ProvinceUser saved = db.write(c -> {
            ProvinceUser u = existing(c, username);
            if (u.active() == active) {
                throw new ApiException(409, active ? "ALREADY_ENABLED" : "ALREADY_DISABLED", "Tài khoản «"
                        + username + "» " + (active ? "đang hoạt động" : "đã bị khóa") + " rồi.");
            }
            if (!active && u.role().equals(ProvinceRole.PROVINCE_ADMIN.name()) && activeAdmins(c) <= 1) {
                throw new ApiException(409, "LAST_ADMIN", "Không thể khóa quản trị viên cuối cùng đang hoạt động.");
            }
            repo.setActive(c, username, active, now);
            if (!active) {
                repo.deleteSessions(c, username);
            }
            repo.audit(c, now, by, active ? "USER_ENABLE" : "USER_DISABLE", username, null, null);
            return repo.find(c, username).orElseThrow();
        });
        LOG.info("Province dashboard account {} {} by {}", username, active ? "enabled" : "disabled", by);
        return saved;
    }

    /** A new password (given, or generated and returned once); lifts a lock-out and ends the account's sessions. */
    public Saved resetPassword(String by, String username, String password) {
        String chosen = password == null ? OfficeAccountService.generatePassword() : checked(password);
        String hash = PasswordHashes.hash(chosen);
        Instant now = clock.instant();
        ProvinceUser saved = db.write(c -> {
            existing(c, username);
            repo.setPassword(c, username, hash, now);
            repo.deleteSessions(c, username);
            repo.audit(c, now, by, "USER_RESET_PASSWORD", username, null, null);
            return repo.find(c, username).orElseThrow();
        });
        LOG.info("Password of province dashboard account {} reset by {}", username, by);
        return new Saved(saved, password == null ? chosen : null);
    }

    /**
     * Checks a name and password. A wrong password counts towards the lock-out ({@value #MAX_FAILURES} in a row lock
     * the account for {@link #LOCK_FOR}); while locked even the right password is refused. Unknown names and disabled
     * accounts get the same refusal as a wrong password.
     */
    public SignIn signIn(String rawUsername, String password, String client) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Optional<ProvinceUser> found = username.isEmpty() || username.length() > 64 ? Optional.empty()
                : db.read(c -> repo.find(c, username));
        String shown = username.length() > 64 ? username.substring(0, 64) : username;
        if (found.isEmpty() || !found.get().active()) {
            PasswordHashes.verify(password == null ? "" : password, DUMMY_HASH);
            audit(shown, "SIGN_IN_REFUSED", null, found.isEmpty() ? "unknown name" : "disabled", client);
            return new SignIn.Refused(-1);
        }
        ProvinceUser u = found.get();
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
            audit(username, "SIGN_IN_LOCKED", null, null, client);
            return new SignIn.Locked(u.lockedUntil());
        }
        if (!PasswordHashes.verify(password == null ? "" : password, u.passwordHash())) {
            return db.write(c -> {
                ProvinceUser fresh = repo.find(c, username).orElseThrow();
                // a lock that has run out starts a new count
                int before = fresh.lockedUntil() != null && !fresh.lockedUntil().isAfter(now) ? 0
                        : fresh.failedCount();
                int count = before + 1;
                Instant lock = count >= MAX_FAILURES ? now.plus(LOCK_FOR) : null;
                repo.setFailures(c, username, lock == null ? count : 0, lock);
                repo.audit(c, now, username, lock == null ? "SIGN_IN_REFUSED" : "ACCOUNT_LOCKED", null,
                        lock == null ? "wrong password " + count : "locked until " + lock, client);
                if (lock != null) {
                    LOG.warn("Province dashboard account {} locked until {} after {} wrong passwords", username,
                            lock, count);
                    return (SignIn) new SignIn.Locked(lock);
                }
                return new SignIn.Refused(MAX_FAILURES - count);
            });
        }
        String token = Secrets.randomToken(32);
        db.write(c -> {
            repo.signedIn(c, username, now);
            repo.deleteStaleSessions(c, now.minus(idle), now);
            repo.insertSession(c, Secrets.sha256(token), username, now, now.plus(maxSession));
            repo.audit(c, now, username, "SIGN_IN", null, null, client);
            return null;
        });
        return new SignIn.Ok(token, actor(u));
    }

    /**
     * Who holds this session cookie value, if the session is live (not idle for longer than the timeout, not past
     * its end, its account active); a live session's idle clock restarts.
     */
    public Optional<ProvinceActor> session(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        Instant now = clock.instant();
        return db.read(c -> {
            var s = repo.session(c, hash);
            if (s.isEmpty()) {
                return Optional.<ProvinceUser>empty();
            }
            if (s.get().lastSeenAt().plus(idle).isBefore(now) || !s.get().expiresAt().isAfter(now)) {
                return Optional.<ProvinceUser>empty();
            }
            return repo.find(c, s.get().username()).filter(ProvinceUser::active);
        }).map(u -> {
            db.write(c -> {
                repo.touchSession(c, hash, now);
                return null;
            });
            return actor(u);
        });
    }

    /** Ends the session of this cookie value (nothing happens for an unknown one). */
    public void signOut(String token, ProvinceActor actor, String client) {
        if (token == null) {
            return;
        }
        Instant now = clock.instant();
        db.write(c -> {
            repo.deleteSession(c, Secrets.sha256(token));
            if (actor != null) {
                repo.audit(c, now, actor.username(), "SIGN_OUT", null, null, client);
            }
            return null;
        });
    }

    /** Writes one line of the dashboard's audit log in its own transaction. */
    public void audit(String username, String action, String target, String detail, String client) {
        Instant now = clock.instant();
        db.write(c -> {
            repo.audit(c, now, username, action, target, detail, client);
            return null;
        });
    }

    /** The newest lines of the audit log. */
    public List<ProvinceUserRepository.AuditRow> recentAudit(int limit) {
        return db.read(c -> repo.recentAudit(c, limit));
    }

    private static ProvinceActor actor(ProvinceUser u) {
        return new ProvinceActor(u.username(), u.fullName(), ProvinceRole.valueOf(u.role()));
    }

    private int activeAdmins(Connection c) throws SQLException {
        int n = 0;
        for (ProvinceUser u : repo.list(c)) {
            if (u.active() && u.role().equals(ProvinceRole.PROVINCE_ADMIN.name())) {
                n++;
            }
        }
        return n;
    }

    private ProvinceUser existing(Connection c, String username) throws SQLException {
        return repo.find(c, username).orElseThrow(() -> new ApiException(404, "UNKNOWN_USER",
                "Không có tài khoản «" + username + "»."));
    }

    private static String checked(String password) {
        AccountRules.passwordProblem(password).ifPresent(p -> {
            throw ApiException.badRequest("INVALID_PASSWORD", p);
        });
        return password;
    }

    private static ProvinceRole role(String raw) {
        return ProvinceRole.parse(raw).orElseThrow(() -> ApiException.badRequest("INVALID_ROLE",
                "Vai trò phải là province-admin (quản trị) hoặc province-viewer (xem số liệu)."));
    }
}
