package vn.motcua.service;

import vn.motcua.domain.text.Msg;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.domain.account.AccountRules;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Text;
import vn.motcua.store.Database;
import vn.motcua.store.UserAccount;
import vn.motcua.store.UserRepository;

/** Desk accounts: creation (admins only), sign-in with lock-out after repeated failures. */
public final class AccountService {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    /** Why a province-managed account cannot be changed here (and where to go instead). */
    /** The key of the refusal to change a province-managed account at the desk ({0}: the user name). */
    public static final String PROVINCE_MANAGED_KEY = "account.provinceManaged";

    private final Database db;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    AccountService(Database db, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** Result of a sign-in attempt. */
    public sealed interface SignIn {
        record Success(Actor actor) implements SignIn { }
        /** Why the sign-in was refused, as a message key (decision 0009): the desk shows it in the clerk's language. */
        record Refused(Msg msg) implements SignIn {
            /** The refusal in Vietnamese (logs, command line). */
            public String messageVi() {
                return msg.vi();
            }
        }
    }

    /** Checks a new account's fields; returns every problem. */
    static List<Problem> check(String username, String fullName, String password) {
        List<Problem> problems = new java.util.ArrayList<>();
        AccountRules.usernameProblem(username).ifPresent(p -> problems.add(new Problem("username", p)));
        if (fullName == null || fullName.isBlank()) {
            problems.add(Problem.of("fullName", "account.fullName.empty"));
        }
        AccountRules.passwordProblem(password).ifPresent(p -> problems.add(new Problem("password", p)));
        return problems;
    }

    /** Creates an account; only an administrator may ({@code by} null only during first-run setup). */
    public void create(Actor by, String username, String fullName, String title, String unit, Role role,
                       String password) {
        if (by != null && by.role() != Role.ADMIN) {
            throw new AccessDeniedException(Msg.of("account.create.adminOnly"));
        }
        List<Problem> problems = check(username, Text.nfc(fullName), password);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String hash = hasher.hash(password);
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            if (users.find(c, username).isPresent()) {
                throw new ValidationException("username", Msg.of("account.username.taken", username));
            }
            users.insert(c, new UserAccount(username, Text.nfc(fullName), nz(Text.nfc(title)), nz(Text.nfc(unit)),
                    role, hash, true, 0, null), now);
        });
    }

    /** Sets a new password (setup --force, or an admin resetting it); clears any lock-out. */
    void resetPassword(String username, String password) {
        String hash = hasher.hash(password);
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            UserAccount u = users.find(c, username).orElseThrow();
            users.update(c, new UserAccount(u.username(), u.fullName(), u.title(), u.unit(), u.role(), hash, true, 0,
                    null), now);
        });
    }

    public SignIn signIn(String username, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> found = db.read(c -> users.find(c, username == null ? "" : username.trim()));
        Msg wrong = Msg.of("signIn.wrong");
        if (found.isEmpty() || !found.get().active()) {
            return new SignIn.Refused(wrong);
        }
        UserAccount u = found.get();
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(now)) {
            return new SignIn.Refused(Msg.of("signIn.locked", u.lockedUntil().toLocalTime().withNano(0)));
        }
        boolean ok = hasher.verify(password, u.passwordHash());
        int failures = ok ? 0 : u.failedAttempts() + 1;
        LocalDateTime lockedUntil = !ok && failures >= MAX_FAILURES ? now.plus(LOCK_OUT) : null;
        db.run(c -> {
            users.recordAttempt(c, u.username(), lockedUntil != null ? 0 : failures, lockedUntil, now);
        });
        if (ok) {
            return new SignIn.Success(u.actor());
        }
        return lockedUntil != null
                ? new SignIn.Refused(Msg.of("signIn.lockedNow", MAX_FAILURES, LOCK_OUT.toMinutes()))
                : new SignIn.Refused(wrong);
    }

    /** An administrator sets a new password for an account (e.g. a clerk who forgot it); clears any lock-out. */
    public void resetPassword(Actor by, String username, String password) {
        Roles.require(by, "action.account.resetPassword", Role.ADMIN);
        if (password == null || password.length() < 8 || password.length() > 200) {
            throw new ValidationException("password", Msg.of("account.password.length", 8, 200));
        }
        localOnly(existing(username));
        resetPassword(username, password);
    }

    /**
     * An administrator enables or disables an account (a disabled account cannot sign in; its history stays). An
     * administrator cannot disable their own account, so a desk is never left without one.
     */
    public void setActive(Actor by, String username, boolean active) {
        Roles.require(by, "action.account.lock", Role.ADMIN);
        if (!active && by.username().equals(username)) {
            throw new ValidationException("username", Msg.of("account.lock.self"));
        }
        UserAccount u = localOnly(existing(username));
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            users.update(c, new UserAccount(u.username(), u.fullName(), u.title(), u.unit(), u.role(),
                    u.passwordHash(), active, 0, null), now);
        });
    }

    /** An administrator changes an account's role; an administrator cannot demote their own account. */
    public void setRole(Actor by, String username, Role role) {
        Roles.require(by, "action.account.role", Role.ADMIN);
        if (by.username().equals(username) && role != Role.ADMIN) {
            throw new ValidationException("role", Msg.of("account.role.selfAdmin"));
        }
        UserAccount u = localOnly(existing(username));
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            users.update(c, new UserAccount(u.username(), u.fullName(), u.title(), u.unit(), role,
                    u.passwordHash(), u.active(), u.failedAttempts(), u.lockedUntil()), now);
        });
    }

    /**
     * A user's own password change at the desk. The desk has no such screen for local accounts yet (an administrator
     * resets them); a province-managed account is always refused: its password is changed at the province.
     */
    public void changeOwnPassword(Actor user, String currentPassword, String newPassword) {
        UserAccount u = existing(user.username());
        if (u.provinceManaged()) {
            throw new ValidationException("password", Msg.of("account.password.province", u.username()));
        }
        if (!hasher.verify(currentPassword, u.passwordHash())) {
            throw new ValidationException("currentPassword", Msg.of("account.password.current"));
        }
        AccountRules.passwordProblem(newPassword).ifPresent(p -> {
            throw new ValidationException("password", p);
        });
        resetPassword(u.username(), newPassword);
    }

    /** The account, when this desk may change it; a refusal naming the province otherwise. */
    private static UserAccount localOnly(UserAccount u) {
        if (u.provinceManaged()) {
            throw new ValidationException("username", Msg.of(PROVINCE_MANAGED_KEY, u.username()));
        }
        return u;
    }

    /**
     * Sets the phone printed as the contact officer's on the forms (Mẫu 02, 03) — the user's own, or anyone's by an
     * administrator. Blank clears it. Allowed on province-managed accounts too: the phone is the desk's detail.
     */
    public void setPhone(Actor by, String username, String phone) {
        if (by == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of("account.phone.change")));
        }
        if (!by.username().equals(username)) {
            Roles.require(by, "action.account.phone", Role.ADMIN);
        }
        existing(username);
        String value = phone == null ? "" : phone.strip();
        if (!value.isEmpty()) {
            var check = vn.motcua.domain.citizen.PhoneNumbers.check(value);
            if (!check.valid()) {
                throw new ValidationException("phone", check.error());
            }
            value = check.normalized();
        }
        String v = value;
        db.run(c -> {
            users.setPhone(c, username, v);
        });
    }

    /** The phone of an account, blank when none is set. */
    public String phoneOf(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return db.read(c -> users.phone(c, username));
    }

    private UserAccount existing(String username) {
        return db.read(c -> users.find(c, username == null ? "" : username)).orElseThrow(() ->
                new ValidationException("username", Msg.of("account.unknown", username)));
    }

    public Optional<Actor> actor(String username) {
        return db.read(c -> users.find(c, username)).filter(UserAccount::active).map(UserAccount::actor);
    }

    /** The first active administrator: the command line acts as this account unless told otherwise. */
    public Optional<Actor> firstAdmin() {
        return db.read(users::list).stream().filter(u -> u.active() && u.role() == Role.ADMIN)
                .findFirst().map(UserAccount::actor);
    }

    public List<UserAccount> list() {
        return db.read(users::list);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
