package vn.motcua.domain.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules an account's fields follow wherever the account is made: at a desk, or at the province for the desks
 * of an office (province-managed accounts come down to the desks by sync, so both sides must accept the same names).
 */
public final class AccountRules {
    /** 3–32 characters: lower-case ASCII letters, digits, dot, dash, underscore; starts with a letter or digit. */
    public static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,31}$");
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 200;

    private AccountRules() {
    }

    /** What is wrong with a user name, in Vietnamese; empty when it is acceptable. */
    public static Optional<String> usernameProblem(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of("Tên đăng nhập gồm 3–32 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang hoặc "
                    + "gạch dưới.");
        }
        return Optional.empty();
    }

    /** What is wrong with a new password, in Vietnamese; empty when it is acceptable. */
    public static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < PASSWORD_MIN) {
            return Optional.of("Mật khẩu phải có ít nhất " + PASSWORD_MIN + " ký tự.");
        }
        if (password.length() > PASSWORD_MAX) {
            return Optional.of("Mật khẩu quá dài (tối đa " + PASSWORD_MAX + " ký tự).");
        }
        return Optional.empty();
    }
}
