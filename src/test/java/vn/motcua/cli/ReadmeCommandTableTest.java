package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 15: the README's command table names every command of {@code motcua} (it lacked {@code report}, {@code sync},
 * {@code enroll}, {@code central}) and the 1,000-codes-per-desk-per-day limit, and its exit-code table is the one the
 * command line uses.
 */
class ReadmeCommandTableTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyTopLevelCommand_hasARowInTheTable() throws Exception {
        String readme = readme();
        CommandLine root = MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> missing = new ArrayList<>();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            if (!readme.contains("| `" + name + " ") && !readme.contains("| `" + name + "`")
                    && !readme.contains("| `" + name + "\\|") && !readme.contains("| `" + name + "` (")) {
                missing.add(name);
            }
        }
        assertThat(root.getSubcommands().keySet()).contains("report", "sync", "enroll", "central");
        assertThat(missing).as("commands without a row in the README's table").isEmpty();
        assertThat(readme).contains("1,000 dossier codes a day");
    }

    @Test
    void theExitCodeTable_isTheOneTheCommandLineUses() throws Exception {
        String readme = readme();
        assertThat(readme).contains("| 2 | input refused").contains("| 3 | action refused")
                .contains("| 1 | internal error");
        assertThat(readme).contains("| " + ErrorReporter.INPUT_REFUSED + " | input refused")
                .contains("| " + ErrorReporter.ACTION_REFUSED + " | action refused")
                .contains("| " + ErrorReporter.SERVER_UNREACHABLE + " | the central server could not be reached")
                .contains("| " + ErrorReporter.DATA_DAMAGED + " | the desk's data file is damaged")
                .contains("`backup restore FILE`");
    }
}
