package vn.motcua.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line builds only the command asked for (issue 18) and still behaves as the whole tree does. */
class CommandTreeTest {

    private static Set<String> built(String... args) {
        return MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args).getSubcommands().keySet();
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertEquals(Set.of("settings"), built("--data-dir", "x", "settings", "list"));
        assertEquals(Set.of("settings"), built("--data-dir=x", "--as", "admin", "settings", "list"));
        assertEquals(Set.of("desk"), built("--data-dir", "desk", "desk")); // a folder named like a command
        assertEquals(Set.of(), built("--version"));
        assertEquals(Set.of(), built());
        assertEquals(Set.of("logbook"), built("logbook", "--help"));
    }

    @Test
    void theNameTableMatchesTheAnnotations() {
        assertEquals(MotCuaCommand.SUBCOMMANDS.size(), MotCuaCommand.NAMES.size());
        for (int i = 0; i < MotCuaCommand.SUBCOMMANDS.size(); i++) {
            assertEquals(MotCuaCommand.SUBCOMMANDS.get(i).getAnnotation(picocli.CommandLine.Command.class).name(),
                    MotCuaCommand.NAMES.get(i));
        }
    }

    @Test
    void helpAndUnknownWordsGetEveryCommand() {
        Set<String> all = MotCuaCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands().keySet();
        assertEquals(MotCuaCommand.SUBCOMMANDS.size(), all.size());
        assertEquals(all, built("--help"));
        assertEquals(all, built("help", "settings"));
        assertEquals(all, built("nosuchcommand"));
    }

    @Test
    void theSameAnswersAsTheWholeTree() {
        for (String[] args : new String[][] {{"--help"}, {"--version"}, {"settings", "--help"}, {"foo"},
            {"settings", "frob"}}) {
            StringWriter o1 = new StringWriter();
            StringWriter e1 = new StringWriter();
            int x1 = MotCuaCommand.newCommandLine(new PrintWriter(o1), new PrintWriter(e1)).execute(args);
            StringWriter o2 = new StringWriter();
            StringWriter e2 = new StringWriter();
            int x2 = MotCuaCommand.newCommandLine(new PrintWriter(o2), new PrintWriter(e2), args).execute(args);
            assertEquals(x1, x2, String.join(" ", args));
            assertEquals(o1.toString(), o2.toString(), String.join(" ", args));
            assertEquals(e1.toString(), e2.toString(), String.join(" ", args));
        }
    }

    @Test
    void commandWordAndOptions() {
        assertEquals("register", MotCuaCommand.commandWord(new String[] {"--as", "an", "register", "--jsonl", "-"}));
        assertNull(MotCuaCommand.commandWord(new String[] {"--data-dir", "d"}));
        assertEquals("d", MotCuaCommand.optionValue(new String[] {"--data-dir", "d", "desk"}, "--data-dir"));
        assertEquals("e", MotCuaCommand.optionValue(new String[] {"--data-dir=e"}, "--data-dir"));
        assertTrue(MotCuaCommand.asksForHelp(new String[] {"-h"}));
        assertFalse(MotCuaCommand.asksForHelp(new String[] {"settings", "-h"}));
    }

    @Test
    void onlyTheDeskRelaunchesWithAnArchiveKeyedByJarAndRuntime(@TempDir Path dir) throws Exception {
        assertTrue(ClassDataSharing.opensDesk(new String[] {}));
        assertTrue(ClassDataSharing.opensDesk(new String[] {"--data-dir", "settings", "desk"}));
        assertFalse(ClassDataSharing.opensDesk(new String[] {"settings", "list"}));
        assertFalse(ClassDataSharing.opensDesk(new String[] {"--version"}));
        assertFalse(ClassDataSharing.opensDesk(new String[] {"desk", "--help"}));
        // not started from a jar (the tests' class path): never relaunched
        assertEquals(-1, ClassDataSharing.relaunchDesk(new String[] {"--data-dir", dir.toString(), "desk"}));
        Path jar = Files.writeString(dir.resolve("motcua.jar"), "x");
        Path a = ClassDataSharing.archive(dir, jar);
        assertEquals(dir.resolve("cache/cds"), a.getParent());
        assertEquals(a, ClassDataSharing.archive(dir, jar));
        Files.writeString(jar, "xy"); // a new jar: a new archive
        assertNotEquals(a, ClassDataSharing.archive(dir, jar));
    }
}
