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

    private static void collect(CommandLine c, List<CommandLine> out) {
        out.add(c);
        for (CommandLine sub : c.getSubcommands().values()) {
            if (!out.contains(sub)) {
                collect(sub, out);
            }
        }
    }
}
