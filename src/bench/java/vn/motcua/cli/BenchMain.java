package vn.motcua.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The test rigs' launcher ({@code target/motcua-bench.jar}, decision 0015): the product's whole command line plus the
 * rigs, at the places they had before they left the product — {@code bench …}, {@code crashtest}, {@code sync soak},
 * {@code sync bench}, {@code central bench}. New rigs go in {@code src/bench/java} and are registered here.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The product's command line ({@link MotCuaCommand#newCommandLine}) with the rigs added. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = MotCuaCommand.newCommandLine(out, err);
        cl.addSubcommand(new BenchCommand());
        cl.addSubcommand(new CrashCommand());
        CommandLine sync = cl.getSubcommands().get("sync");
        sync.addSubcommand(new SyncSoakCommand());
        sync.addSubcommand(new SyncBenchCommand());
        cl.getSubcommands().get("central").addSubcommand(new CentralBenchCommand());
        cl.getSubcommands().get("central").getSubcommands().get("figures").addSubcommand(new FiguresBenchCommand());
        // subcommands added after the fact take the parent's streams and handlers only when set again
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setAllowSubcommandsAsOptionParameters(true);
        return cl;
    }
}
