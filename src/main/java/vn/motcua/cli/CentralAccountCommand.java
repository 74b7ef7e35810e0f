package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.admin.OfficeAccountService;
import vn.motcua.central.store.OfficeAccount;

/**
 * {@code motcua central account ...}: desk accounts of an office managed by the province. They reach the office's
 * desks on their next sync and can no longer be edited there. Password hashes are never printed; a generated
 * password is printed once.
 */
@Command(name = "account", description = {"Desk accounts of an office, managed by the province.",
    "They come down to the office's desks on their next sync and cannot be edited at the desks."},
        subcommands = {CentralAccountCommand.Add.class, CentralAccountCommand.ListCmd.class,
            CentralAccountCommand.Disable.class, CentralAccountCommand.Enable.class,
            CentralAccountCommand.ResetPassword.class})
final class CentralAccountCommand {
    private CentralAccountCommand() {
    }

    /** --office and --username. */
    abstract static class OneAccount extends CentralCommand.Base {
        @Option(names = "--office", required = true, paramLabel = "CODE", description = "agency code of the office")
        String office;
        @Option(names = "--username", required = true, paramLabel = "NAME", description = "sign-in name at the desk")
        String username;
    }

    @Command(name = "add", description = {"Add an account to an office.",
        "Without --password a password is generated and printed once (it is not stored or logged anywhere)."})
    static final class Add extends OneAccount {
        @Option(names = "--full-name", required = true, paramLabel = "NAME")
        String fullName;
        @Option(names = "--role", defaultValue = "CLERK", paramLabel = "ROLE",
                description = "CLERK (Cán bộ một cửa), SUPERVISOR (Lãnh đạo/Giám sát) or ADMIN (Quản trị); CLERK")
        String role;
        @Option(names = "--password", paramLabel = "PASSWORD",
                description = "initial password (8-200 characters; visible in ps: prefer the generated one)")
        String password;
        @Option(names = "--must-change", description = "flag the account: the password must be changed")
        boolean mustChange;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(saved(ctx.accounts().add(office, username, fullName, role, password, mustChange)));
            return 0;
        }
    }

    @Command(name = "list", description = "List the office's accounts (never their password hashes).")
    static final class ListCmd extends CentralCommand.Base {
        @Option(names = "--office", required = true, paramLabel = "CODE")
        String office;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(ctx.accounts().list(office).stream().map(CentralAccountCommand::account).toList());
            return 0;
        }
    }

    @Command(name = "disable", description = "Disable an account: the desks refuse its sign-in after their next sync.")
    static final class Disable extends OneAccount {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(account(ctx.accounts().setActive(office, username, false)));
            return 0;
        }
    }

    @Command(name = "enable", description = "Enable a disabled account again.")
    static final class Enable extends OneAccount {
        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(account(ctx.accounts().setActive(office, username, true)));
            return 0;
        }
    }

    @Command(name = "reset-password", description = {"Set a new password (given, or generated and printed once).",
        "The desks replace the password at their next sync and lift any lock-out of the account."})
    static final class ResetPassword extends OneAccount {
        @Option(names = "--password", paramLabel = "PASSWORD", description = "the new password (default: generated)")
        String password;
        @Option(names = "--must-change", description = "flag the account: the password must be changed")
        boolean mustChange;

        @Override
        Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
            printJson(saved(ctx.accounts().resetPassword(office, username, password, mustChange)));
            return 0;
        }
    }

    private static Map<String, Object> saved(OfficeAccountService.Saved s) {
        return CentralCommand.withGeneratedPassword(account(s.account()), s.generatedPassword());
    }

    private static Map<String, Object> account(OfficeAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("office", a.officeCode());
        m.put("username", a.username());
        m.put("fullName", a.fullName());
        m.put("role", a.role());
        m.put("active", a.active());
        m.put("mustChangePassword", a.mustChangePassword());
        m.put("changeSeq", a.changeSeq());
        m.put("updatedAt", a.updatedAt().toString());
        return m;
    }
}
