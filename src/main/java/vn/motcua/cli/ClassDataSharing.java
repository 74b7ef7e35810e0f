package vn.motcua.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Class-data sharing for the desk started as {@code java -jar motcua.jar} (decision 0022). JDK 17 takes an AppCDS
 * archive only from a command-line option, which a plain {@code java -jar} does not give; so the desk relaunches
 * itself once, in a child JVM with the same options plus the archive:
 * <ul>
 *   <li>the first desk start over a data folder runs the child with {@code -XX:ArchiveClassesAtExit}: the JVM writes
 *   the classes that session used into {@code <data>/cache/cds/desk-<key>.jsa} when the window is closed;</li>
 *   <li>every later start runs it with {@code -XX:SharedArchiveFile=} that archive: the desk's ~7,000 classes are
 *   mapped from it instead of being read, verified and parsed from the jar.</li>
 * </ul>
 * The key is a hash of the jar (path, size, time) and the Java runtime: a new jar or a new Java makes a new archive
 * (older ones are deleted then), and the JVM itself refuses an archive whose class path does not match. The command
 * line does not relaunch (a second JVM start would cost much of what the archive saves on a short command); the
 * installed package passes its own archive to every start. {@code MOTCUA_CDS=off} (or {@code -Dmotcua.cds=off})
 * turns this off.
 */
public final class ClassDataSharing {
    /** Set on the child JVM, so it does not relaunch again. */
    static final String CHILD = "motcua.cds.child";
    static final String FOLDER = "cache/cds";

    private ClassDataSharing() {
    }

    /**
     * Runs the desk in a child JVM with the archive (made on the first start) when {@code args} open the desk from a
     * plain {@code java -jar}; returns the child's exit code, or -1 to run here (not the desk, not started from a
     * jar, already given an archive or told not to, or the child could not be started).
     */
    public static int relaunchDesk(String[] args) {
        if (!enabled() || !opensDesk(args)) {
            return -1;
        }
        Path jar = launchedJar();
        if (jar == null) {
            return -1;
        }
        List<String> jvmArgs = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare") || a.startsWith("-XX:ArchiveClasses")
                    || a.startsWith("-XX:SharedClassListFile") || a.startsWith("-agentlib:jdwp")) {
                return -1; // chosen by whoever started us (the installed package passes its own archive)
            }
        }
        String dir = StartPath.optionValue(args, "--data-dir");
        Path dataDir = dir != null ? Path.of(dir) : envDataDir();
        try {
            Path archive = archive(dataDir, jar);
            Path making = null;
            List<String> cmd = new ArrayList<>();
            // the same launcher (javaw on Windows stays windowless)
            cmd.add(ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(jvmArgs);
            cmd.add("-D" + CHILD + "=1");
            cmd.add("-Xlog:cds=off");
            cmd.add("-Xlog:cds+dynamic=off");
            if (Files.isRegularFile(archive)) {
                cmd.add("-XX:SharedArchiveFile=" + archive);
                cmd.add("-Xshare:auto");
            } else {
                Files.createDirectories(archive.getParent());
                removeOthers(archive);
                making = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                cmd.add("-XX:ArchiveClassesAtExit=" + making);
            }
            cmd.add("-jar");
            cmd.add(jar.toString());
            cmd.addAll(List.of(args));
            Process child = new ProcessBuilder(cmd).inheritIO().start();
            Thread stop = new Thread(child::destroy, "motcua-cds-child-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = waitFor(child);
            Runtime.getRuntime().removeShutdownHook(stop);
            if (making != null) {
                keep(making, archive);
            }
            return exit;
        } catch (IOException | RuntimeException e) {
            return -1; // no archive this time: the desk starts as before
        }
    }

    /** The archive for this jar and Java runtime under {@code dataDir}. */
    static Path archive(Path dataDir, Path jar) throws IOException {
        String key = jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis()
                + "|" + System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dataDir.resolve(FOLDER).resolve("desk-" + HexFormat.of().formatHex(h, 0, 8) + ".jsa");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean opensDesk(String[] args) {
        String word = StartPath.commandWord(args);
        if (word != null && !"desk".equals(word)) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    private static boolean enabled() {
        String prop = System.getProperty("motcua.cds", System.getenv("MOTCUA_CDS"));
        return System.getProperty(CHILD) == null && !"off".equalsIgnoreCase(prop);
    }

    /** The jar this JVM was started from with {@code java -jar}, else null. */
    private static Path launchedJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.isEmpty() || cp.contains(File.pathSeparator) || !cp.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return null;
        }
        Path jar = Path.of(cp).toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    private static Path envDataDir() {
        String env = System.getenv("MOTCUA_DATA_DIR");
        return env != null && !env.isBlank() ? Path.of(env) : DataDirs.defaultDir();
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /** Archives of other jars or runtimes (and half-written ones) go when a new one is made. */
    private static void removeOthers(Path archive) throws IOException {
        try (var files = Files.list(archive.getParent())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String n = p.getFileName().toString();
                if (n.startsWith("desk-") && !p.equals(archive)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void keep(Path made, Path archive) throws IOException {
        if (Files.isRegularFile(made) && Files.size(made) > 0) {
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(made);
        }
    }
}
