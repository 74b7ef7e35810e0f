package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The desk's start without the command-line model (decision 0034) takes exactly the arguments picocli would. */
class StartPathTest {
    @Test
    void plainDeskArguments_openTheDeskWithoutTheModel() {
        assertThat(StartPath.deskDataDir(new String[0], null)).isEqualTo(DataDirs.defaultDir());
        assertThat(StartPath.deskDataDir(new String[] {"desk"}, null)).isEqualTo(DataDirs.defaultDir());
        assertThat(StartPath.deskDataDir(new String[0], "/srv/motcua")).isEqualTo(Path.of("/srv/motcua"));
        assertThat(StartPath.deskDataDir(new String[] {"--data-dir", "/d"}, "/env")).isEqualTo(Path.of("/d"));
        assertThat(StartPath.deskDataDir(new String[] {"--data-dir=/d", "desk"}, null)).isEqualTo(Path.of("/d"));
        assertThat(StartPath.deskDataDir(new String[] {"--as", "an", "--data-dir", "desk"}, null))
                .isEqualTo(Path.of("desk")); // a folder named like the command, as picocli allows
        assertThat(StartPath.deskDataDir(new String[] {"--as=an", "desk"}, null)).isEqualTo(DataDirs.defaultDir());
    }

    @Test
    void anythingElse_goesThroughTheCommandLine() {
        for (String[] args : new String[][] {
            {"--version"}, {"-V"}, {"--help"}, {"desk", "--help"}, {"help"}, {"settings", "list"},
            {"desk", "--data-dir", "/d"}, {"--data-dir", "/a", "--data-dir", "/b"}, {"--data-dir"},
            {"--data-dir", "--as"}, {"--data-dir="}, {"--as", "a", "--as", "b"}, {"--unknown"}, {"desk", "desk"},
            {"deks"}, {"--", "desk"}}) {
            assertThat(StartPath.deskDataDir(args, null)).as(String.join(" ", args)).isNull();
        }
        assertThat(StartPath.deskDataDir(new String[0], " ")).isNull(); // a blank MOTCUA_DATA_DIR: picocli's answer
    }

    /** Where the fast path says "the desk, over DIR", picocli parses the same arguments to the desk over DIR. */
    @Test
    void theFastPathAgreesWithPicocli() {
        for (String[] args : new String[][] {{}, {"desk"}, {"--data-dir", "/d"}, {"--data-dir=/d", "desk"},
            {"--as", "an", "--data-dir", "desk"}, {"--as=an", "--data-dir", "/x y", "desk"}}) {
            Path fast = StartPath.deskDataDir(args, System.getenv("MOTCUA_DATA_DIR"));
            CommandLine cl = MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), args);
            CommandLine.ParseResult parsed = cl.parseArgs(args);
            MotCuaCommand root = (MotCuaCommand) cl.getCommand();
            assertThat(root.dataDir()).as(String.join(" ", args)).isEqualTo(fast);
            assertThat(parsed.hasSubcommand() ? parsed.subcommand().commandSpec().name() : "desk")
                    .isEqualTo("desk");
        }
    }

    @Test
    void aDataCommandLoadsSqliteEarly_onlyOverAnExistingDatabase(@TempDir Path dir) throws Exception {
        String[] list = {"--data-dir", dir.toString(), "settings", "list"};
        assertThat(StartPath.dataCommandFolder(list, null)).isNull(); // no database yet: nothing is written early
        Files.createFile(dir.resolve("motcua.db"));
        assertThat(StartPath.dataCommandFolder(list, null)).isEqualTo(dir);
        assertThat(StartPath.dataCommandFolder(new String[] {"settings", "list"}, dir.toString())).isEqualTo(dir);
        for (String[] args : new String[][] {{"--data-dir", dir.toString(), "--version"},
            {"--data-dir", dir.toString()}, {"--data-dir", dir.toString(), "central", "serve"},
            {"--data-dir", dir.toString(), "settings", "--help"}, {"--data-dir", dir.toString(), "help"}}) {
            assertThat(StartPath.dataCommandFolder(args, null)).as(String.join(" ", args)).isNull();
        }
    }
}
