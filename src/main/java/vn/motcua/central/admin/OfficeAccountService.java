package vn.motcua.central.admin;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.OfficeAccount;
import vn.motcua.central.store.OfficeAccountRepository;
import vn.motcua.central.store.OfficeRepository;
import vn.motcua.domain.account.AccountRules;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/**
 * Accounts of an office managed by the province (issue 6): province IT adds, disables, enables them and resets their
 * passwords here; every change takes a new change number of the office, so it reaches the office's desks on their
 * next pull (change kind {@code ACCOUNT}). Passwords are hashed here (Argon2id, the desk's format) and never logged;
 * a generated password is returned once to be shown to the administrator.
 */
public final class OfficeAccountService {
    private static final Logger LOG = LoggerFactory.getLogger(OfficeAccountService.class);
    /** No 0/O, 1/l/I: a generated password is read out or copied by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CentralDatabase db;
    private final OfficeRepository offices;
    private final OfficeAccountRepository accounts;
    private final Clock clock;

    public OfficeAccountService(CentralDatabase db, OfficeRepository offices, OfficeAccountRepository accounts,
                                Clock clock) {
        this.db = db;
        this.offices = offices;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** An account as saved, and the password when the server generated it (null when the administrator chose it). */
    public record Saved(OfficeAccount account, String generatedPassword) {
        @Override
        public String toString() {
            return "Saved[" + account + (generatedPassword == null ? "" : ", generated password") + "]";
        }
    }

    /**
     * Adds an account to an office.
     *
     * @param password the initial password, or null to generate one (returned once in {@link Saved})
     */
    public Saved add(String rawOffice, String username, String rawFullName, String rawRole, String password,
                     boolean mustChangePassword) {
        String office = officeCode(rawOffice);
        AccountRules.usernameProblem(username).ifPresent(p -> {
            throw ApiException.badRequest("INVALID_USERNAME", p);
        });
        String fullName = Text.nfc(rawFullName) == null ? "" : Text.nfc(rawFullName).strip();
        if (fullName.isEmpty() || fullName.length() > 200) {
            throw ApiException.badRequest("INVALID_NAME", Msg.of("central.account.name", 200));
        }
        Role role = role(rawRole);
        String chosen = password == null ? generatePassword() : checked(password);
        String hash = PasswordHashes.hash(chosen);
        Instant now = clock.instant();
        OfficeAccount saved = db.write(c -> {
            requireOffice(c, office);
            if (accounts.find(c, office, username).isPresent()) {
                throw new ApiException(409, "ACCOUNT_EXISTS", Msg.of("central.account.exists", office,
                        username));
            }
            accounts.insert(c, office, username, fullName, role.name(), hash, mustChangePassword, now);
            return accounts.find(c, office, username).orElseThrow();
        });
        LOG.info("Province account {} added to office {} (role {})", username, office, role);
        return new Saved(saved, password == null ? chosen : null);
    }

    /** The office's accounts (an unknown office is refused). */
    public List<OfficeAccount> list(String rawOffice) {
        String office = officeCode(rawOffice);
        return db.read(c -> {
            requireOffice(c, office);
            return accounts.list(c, office);
        });
    }

    /** Disables ({@code active = false}) or enables an account; the desks apply it on their next pull. */
    public OfficeAccount setActive(String rawOffice, String username, boolean active) {
        String office = officeCode(rawOffice);
        Instant now = clock.instant();
        OfficeAccount saved = db.write(c -> {
            OfficeAccount a = existing(c, office, username);
            if (a.active() == active) {
                throw new ApiException(409, active ? "ALREADY_ENABLED" : "ALREADY_DISABLED", Msg.of(active
                        ? "central.account.alreadyEnabled" : "central.account.alreadyDisabled", username));
            }
            accounts.setActive(c, office, username, active, now);
            return accounts.find(c, office, username).orElseThrow();
        });
        LOG.info("Province account {} of office {} {}", username, office, active ? "enabled" : "disabled");
        return saved;
    }

    /**
     * Sets a new password (chosen, or generated and returned once). The desks replace the hash on their next pull
     * and clear any lock-out of that account.
     */
    public Saved resetPassword(String rawOffice, String username, String password, boolean mustChangePassword) {
        String office = officeCode(rawOffice);
        String chosen = password == null ? generatePassword() : checked(password);
        String hash = PasswordHashes.hash(chosen);
        Instant now = clock.instant();
        OfficeAccount saved = db.write(c -> {
            existing(c, office, username);
            accounts.setPassword(c, office, username, hash, mustChangePassword, now);
            return accounts.find(c, office, username).orElseThrow();
        });
        LOG.info("Password of province account {} of office {} reset", username, office);
        return new Saved(saved, password == null ? chosen : null);
    }

    /** A random password of 12 letters and digits in three groups, e.g. {@code k7qx-m2pd-h3tr} (about 60 bits). */
    public static String generatePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String checked(String password) {
        AccountRules.passwordProblem(password).ifPresent(p -> {
            throw ApiException.badRequest("INVALID_PASSWORD", p);
        });
        return password;
    }

    private static Role role(String raw) {
        try {
            return Role.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_ROLE", Msg.of("central.account.role"));
        }
    }

    private static String officeCode(String raw) {
        return AgencyCode.problem(raw).isEmpty() ? AgencyCode.parse(raw).value() : raw == null ? "" : raw.strip();
    }

    private void requireOffice(Connection c, String office) throws SQLException {
        if (offices.find(c, office).isEmpty()) {
            throw new ApiException(404, "UNKNOWN_OFFICE", Msg.of("central.enroll.unknownOffice", office));
        }
    }

    private OfficeAccount existing(Connection c, String office, String username) throws SQLException {
        requireOffice(c, office);
        return accounts.find(c, office, username).orElseThrow(() -> new ApiException(404, "UNKNOWN_ACCOUNT",
                Msg.of("central.account.unknown", office, username)));
    }
}
