package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Root command: {@code motcua [--data-dir DIR] [--as USER] <command>}. */
@Command(name = "motcua", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Quầy Một Cửa 0.1.0",
        description = {"Quầy Một Cửa — counter software for commune one-stop centers.",
            "Every command prints JSON on stdout; bad input prints a clear message on stderr, exits non-zero "
                + "(2 = input refused, 3 = action refused by the dossier rules, your role or the server, "
                + "4 = central server unreachable, 5 = data file damaged: restore a backup, 1 = internal error) and "
                + "changes nothing."},
        subcommands = {SetupCommand.class, CatalogCommand.class, CalendarCommand.class, AppointmentCommand.class,
            RegisterCommand.class, DossierCommand.class, SettingsCommand.class, BackupCommand.class,
            DiagnosticsCommand.class, ReportCommand.class,
            CentralCommand.class, AuditCommand.class, CardCommand.class,
            ReceiptCommand.class, FormCommand.class, FormCommand.Logbook.class, FeeCommand.class,
            OfficerPhoneCommand.class,
            EnrollCommand.class, SyncCommand.class,
            DeskAppCommand.class, CommandLine.HelpCommand.class})
public final class MotCuaCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder (default: ~/.local/share/motcua, or %%APPDATA%%\\MotCua on Windows; env MOTCUA_DATA_DIR overrides the default).",
            defaultValue = "${env:MOTCUA_DATA_DIR}")
    Path dataDir;

    @Option(names = "--as", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "Account to act as for commands that change data (default: the first administrator).")
    String actAs;

    /** No command: open the desk window. */
    @Override
    public Integer call() throws Exception {
        return DeskAppCommand.launch(this);
    }

    /** The data folder in force: the option, else the per-user default. */
    Path dataDir() {
        return dataDir != null ? dataDir : DataDirs.defaultDir();
    }

    public static int run(String[] args) {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams (tests capture them). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MotCuaCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        // "--data-dir central": a folder may be named like a command (picocli refuses that by default)
        cl.setAllowSubcommandsAsOptionParameters(true);
        return cl;
    }
}
