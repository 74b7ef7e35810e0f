package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
                + "changes nothing."})
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

    /**
     * The commands under {@code motcua}, in the order the help lists them. Not in the {@code @Command} annotation:
     * picocli would then build every command's model (all their classes, options and types) for any command line,
     * {@code --version} included; {@link #run} builds only the one asked for (issue 18).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(SetupCommand.class, CatalogCommand.class,
            CalendarCommand.class, AppointmentCommand.class, RegisterCommand.class, DossierCommand.class,
            SettingsCommand.class, BackupCommand.class, DiagnosticsCommand.class, ReportCommand.class,
            CentralCommand.class, AuditCommand.class, CardCommand.class, ReceiptCommand.class, FormCommand.class,
            FormCommand.Logbook.class, FeeCommand.class, OfficerPhoneCommand.class, EnrollCommand.class,
            SyncCommand.class, DeskAppCommand.class, CommandLine.HelpCommand.class);

    /**
     * The names of {@link #SUBCOMMANDS}, in the same order (the help command last). Looking a command's name up in
     * its {@code @Command} annotation instead parses all 22 annotations (and loads every nested command class they
     * name) on each start (issue 18); {@code CommandTreeTest} checks the two lists agree.
     */
    static final List<String> NAMES = List.of("setup", "catalog", "calendar", "appointment", "register", "dossier",
            "settings", "backup", "diagnostics", "report", "central", "audit", "card", "receipt", "form", "logbook",
            "fee", "officer-phone", "enroll", "sync", "desk", "help");

    /** Options of the root command that take a value (skipped when looking for the command's name). */
    private static final Set<String> VALUE_OPTIONS = Set.of("--data-dir", "--as");

    public static int run(String[] args) {
        return newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args)
                .execute(args);
    }

    /** A configured command line with every command, writing to the given streams (tests capture them). */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        return configure(new CommandLine(new MotCuaCommand()), SUBCOMMANDS, out, err);
    }

    /**
     * A command line for {@code args}: only the command they name is built (its subcommands with it); with no
     * command, only the root (the desk, {@code --version}); the whole tree when the help is asked for or the first
     * word is not a command (so the usage message lists them all and suggests the nearest).
     */
    static CommandLine newCommandLine(PrintWriter out, PrintWriter err, String[] args) {
        String word = commandWord(args);
        List<Class<?>> needed = null;
        if (!asksForHelp(args)) {
            if (word == null) {
                needed = List.of();
            } else {
                int i = NAMES.indexOf(word);
                if (i >= 0 && SUBCOMMANDS.get(i) != CommandLine.HelpCommand.class) {
                    needed = List.of(SUBCOMMANDS.get(i));
                }
            }
        }
        return configure(new CommandLine(new MotCuaCommand()), needed == null ? SUBCOMMANDS : needed, out, err);
    }

    /** The first word of {@code args} that is neither an option nor an option's value: the command; null if none. */
    static String commandWord(String[] args) {
        return StartPath.commandWord(args);
    }

    /** Whether {@code -h}/{@code --help} comes before the command word. */
    static boolean asksForHelp(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUE_OPTIONS.contains(a)) {
                i++;
            } else if ("-h".equals(a) || "--help".equals(a)) {
                return true;
            } else if (!a.startsWith("-")) {
                return false;
            }
        }
        return false;
    }

    /** The value of the root option {@code name} ({@code --data-dir DIR} or {@code --data-dir=DIR}), else null. */
    static String optionValue(String[] args, String name) {
        return StartPath.optionValue(args, name);
    }

    /**
     * A failure of the desk started without the command-line model ({@link StartPath}): reported as picocli would
     * have reported it from the desk command (the same handler, the same parsed arguments); returns the exit code.
     */
    static int reportFailure(PrintWriter out, PrintWriter err, String[] args, Exception failure) {
        CommandLine cl = newCommandLine(out, err, args);
        try {
            return cl.getExecutionExceptionHandler().handleExecutionException(failure, cl, cl.parseArgs(args));
        } catch (Exception e) {
            e.addSuppressed(failure);
            e.printStackTrace(err);
            err.flush();
            return 1;
        }
    }

    private static CommandLine configure(CommandLine cl, List<Class<?>> commands, PrintWriter out, PrintWriter err) {
        for (Class<?> c : commands) {
            cl.addSubcommand(c);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        // "--data-dir central": a folder may be named like a command (picocli refuses that by default)
        cl.setAllowSubcommandsAsOptionParameters(true);
        return cl;
    }
}
