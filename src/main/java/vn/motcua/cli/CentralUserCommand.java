package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.dashboard.ProvinceAccounts;
import vn.motcua.central.store.ProvinceUser;

/**
 * {@code motcua central user ...}: the province's own accounts for the web dashboard ({@code /dashboard}), not the
 * desk accounts of an office ({@code central account}). Password hashes are never printed; a generated password is
 * printed once. Changes made here are written to the dashboard's audit log as made by "cli".
 */
@Command(name = "user", description = {"Province accounts of the web dashboard (/dashboard).",
    "Roles: province-admin (also manages these accounts) and province-viewer."},
        subcommands = {CentralUserCommand.Add.class, CentralUserCommand.ListCmd.class,
            CentralUserCommand.Disable.class, CentralUserCommand.Enable.class,
            CentralUserCommand.ResetPassword.class})
final class CentralUserCommand {
    /** Who the audit log names for changes made on the command line. */
    static final String CLI = "cli";

    private CentralUserCommand() {
    }

    /** --username. */
    abstract static class OneUser extends CentralCommand.Base {
        @Option(names = "--username", required = true, paramLabel = "NAME", description = "sign-in name")
        String username;
    }

    @Command(name = "add", description = {"Add a dashboard account.",
        "Without --password a password is generated and printed once (it is not stored or logged anywhere)."})
    static final class Add extends OneUser {
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "province-admin or province-viewer")
        String role;
        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "initial password (8-200 characters; visible in ps: prefer the generated one)")
        String password;
        @Option(names = "--full-name", paramLabel = "NAME", description = "shown on the pages (default: the name)")
        String fullName;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(saved(ctx.provinceAccounts().add(CLI, username, fullName, role, password)));
            return 0;
        }
    }

    @Command(name = "list", description = "List the dashboard accounts (never their password hashes).")
    static final class ListCmd extends CentralCommand.Base {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(ctx.provinceAccounts().list().stream().map(CentralUserCommand::user).toList());
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable an account: its sessions end at once, sign-in is refused.")
    static final class Disable extends OneUser {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(user(ctx.provinceAccounts().setActive(CLI, username, false)));
            return 0;
        }
    }

    @Command(name = "enable", description = "Enable a disabled account again.")
    static final class Enable extends OneUser {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(user(ctx.provinceAccounts().setActive(CLI, username, true)));
            return 0;
        }
    }

    @Command(name = "reset-password", description = {"Set a new password (given, or generated and printed once).",
        "Lifts a lock-out and ends the account's sessions."})
    static final class ResetPassword extends OneUser {
        @Option(names = "--password", paramLabel = "PASSWORD", description = "the new password (default: generated)")
        String password;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(saved(ctx.provinceAccounts().resetPassword(CLI, username, password)));
            return 0;
        }
    }

    private static Map<String, Object> saved(ProvinceAccounts.Saved s) {
        return CentralCommand.withGeneratedPassword(user(s.user()), s.generatedPassword());
    }

    private static Map<String, Object> user(ProvinceUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("fullName", u.fullName());
        m.put("role", vn.motcua.central.dashboard.ProvinceRole.valueOf(u.role()).cliName());
        m.put("active", u.active());
        m.put("locked", u.lockedUntil() != null && u.lockedUntil().isAfter(java.time.Instant.now()));
        m.put("lastLoginAt", u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
        m.put("updatedAt", u.updatedAt().toString());
        return m;
    }
}
