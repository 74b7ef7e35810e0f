package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a start does, decided from the raw arguments before any command-line model is built (issue 18, decision
 * 0034). The desk — {@code motcua}, {@code motcua desk}, with {@code --data-dir DIR} / {@code --as USER} before the
 * word — starts its window at once: picocli's model (the root command's annotations, options, converters: ~170
 * classes and reflection) would otherwise be built on the main thread before the toolkit starts. Anything else, and
 * anything unusual about the desk's arguments (an option given twice, a value that looks like an option, help or
 * version, options after {@code desk}, no display), goes through {@link MotCuaCommand#run}, whose answers are the
 * reference.
 */
public final class StartPath {
    private StartPath() {
    }

    /** Runs what {@code args} ask for; returns the exit code. */
    public static int run(String[] args) {
        Path desk = deskDataDir(args, System.getenv("MOTCUA_DATA_DIR"));
        if (desk == null || !hasDisplay()) {
            Path data = dataCommandFolder(args, System.getenv("MOTCUA_DATA_DIR"));
            if (data != null) {
                // SQLite's library loads on another core while picocli builds the command's model
                vn.motcua.store.SqliteNativeLibrary.loadInBackground(data.resolve(
                        vn.motcua.store.Database.CACHE_FOLDER));
            }
            return MotCuaCommand.run(args);
        }
        try {
            return vn.motcua.desk.DeskLauncher.run(desk);
        } catch (Exception e) {
            // reported as the command line reports a failing desk command (message, log file, exit code)
            return MotCuaCommand.reportFailure(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    args, e);
        }
    }

    /**
     * The data folder when {@code args} plainly open the desk, else null (the command line decides). {@code env} is
     * {@code MOTCUA_DATA_DIR}, the option's default.
     */
    static Path deskDataDir(String[] args, String env) {
        String dataDir = null;
        boolean as = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") || a.equals("--as")) {
                if (i + 1 >= args.length || args[i + 1].isEmpty() || args[i + 1].startsWith("-")) {
                    return null;
                }
                String value = args[++i];
                if (a.equals("--as")) {
                    if (as) {
                        return null;
                    }
                    as = true;
                } else {
                    if (dataDir != null) {
                        return null;
                    }
                    dataDir = value;
                }
            } else if (a.startsWith("--data-dir=") && a.length() > "--data-dir=".length() && dataDir == null) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.startsWith("--as=") && a.length() > "--as=".length() && !as) {
                as = true;
            } else if (!(a.equals("desk") && i == args.length - 1)) {
                return null; // a command, help, version, an unknown option, options after "desk"
            }
        }
        if (dataDir != null) {
            return Path.of(dataDir);
        }
        if (env != null) {
            return env.isBlank() ? null : Path.of(env);
        }
        return DataDirs.defaultDir();
    }

    /**
     * The data folder of a desk command that will open its database ({@code settings list}, {@code dossier search}
     * …), when that folder holds one already; null for the desk, {@code central …}, help, version and a folder
     * without a database (a first start makes the folder private before anything is written into it).
     */
    static Path dataCommandFolder(String[] args, String env) {
        String word = commandWord(args);
        if (word == null || word.equals("central") || word.equals("help") || word.equals("desk")) {
            return null;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return null;
            }
        }
        try {
            String dir = optionValue(args, "--data-dir");
            Path data = dir != null && !dir.isEmpty() ? Path.of(dir)
                    : env != null && !env.isBlank() ? Path.of(env) : DataDirs.defaultDir();
            return java.nio.file.Files.isRegularFile(data.resolve(vn.motcua.service.DeskContext.DATABASE_FILE))
                    ? data : null;
        } catch (RuntimeException e) { // a path this system cannot have: the command line says so
            return null;
        }
    }

    /** The desk command's own check: on Linux and the BSDs a window needs X11 or Wayland. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean unixLike = !os.contains("win") && !os.contains("mac");
        return !unixLike || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    /** The first word of {@code args} that is neither an option nor an option's value: the command; null if none. */
    static String commandWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir") || a.equals("--as")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    /** The value of the root option {@code name} ({@code --data-dir DIR} or {@code --data-dir=DIR}), else null. */
    static String optionValue(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }
}
