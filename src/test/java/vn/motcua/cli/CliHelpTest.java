package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders cleanly: no picocli format warning, no raw format sequence left in the text. */
class CliHelpTest {

    @Test
    void everyCommandsHelp_rendersWithoutFormatWarnings() {
        CommandLine root = MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            for (CommandLine c : all) {
                String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
                if (usage.contains("%n") || usage.contains("%APPDATA%%")) {
                    problems.add(c.getCommandSpec().qualifiedName() + ": raw format text in the help");
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Could not format");
        assertThat(problems).isEmpty();
    }

    /** {@code motcua <any command or group> --help} prints that command's usage on stdout and exits 0. */
    @Test
    void helpOption_worksOnEveryCommandAndGroup() {
        List<CommandLine> all = new ArrayList<>();
        collect(MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                all);
        List<String> problems = new ArrayList<>();
        for (CommandLine c : all) {
            String name = c.getCommandSpec().qualifiedName(" ");
            if (name.equals("motcua help")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
            args.add("--help");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = MotCuaCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                    .execute(args.toArray(String[]::new));
            if (exit != 0 || !out.toString().startsWith("Usage: " + name) || !err.toString().isEmpty()) {
                problems.add(name + " --help: exit " + exit + ", " + err);
            }
        }
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    /** A data folder may be named like a command: {@code --data-dir central} is a folder, not the command. */
    @Test
    void dataDir_namedLikeACommand_isAFolder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        String folder = tmp.resolve("central").toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MotCuaCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("--data-dir", folder, "settings", "list");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(tmp.resolve("central").resolve("motcua.db")).exists();
        // and the relative form parses the same way: the value is taken as the folder, the command follows
        CommandLine cl = MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        var parsed = cl.parseArgs("--data-dir", "central", "sync", "status");
        assertThat(((MotCuaCommand) cl.getCommand()).dataDir).isEqualTo(java.nio.file.Path.of("central"));
        assertThat(parsed.subcommand().commandSpec().name()).isEqualTo("sync");
        assertThat(parsed.subcommand().subcommand().commandSpec().name()).isEqualTo("status");
    }

    private static void collect(CommandLine c, List<CommandLine> out) {
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!out.contains(sub)) {
                collect(sub, out);
            }
        }
    }
}
