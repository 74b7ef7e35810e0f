package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The start-up rows of the suite (issue 18): the desk's cold start to the drawn sign-in screen against a bare JavaFX
 * window, both in child JVMs started the same way ({@link BenchProbe}), without and with class-data sharing (each
 * with its own archive made by one training run of itself, as {@code java -jar} users get after their first start,
 * decision 0022); and the command line's {@code settings list} against {@code --version}, whole processes.
 */
final class StartBench {
    /** Target of both ratios (issue 18). */
    static final double DESK_RATIO = 1.3;
    static final double CLI_RATIO = 1.5;

    private StartBench() {
    }

    /** {@code bench start}: only the start-up rows, as a table (and JSON with {@code --json}). */
    @picocli.CommandLine.Command(name = "start", description = {"The start-up rows only: desk cold start vs a bare "
            + "JavaFX window (without and with class-data sharing) and settings list vs --version (issue 18).",
        "Needs a display ($DISPLAY) for the desk rows."})
    static final class Start implements java.util.concurrent.Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @picocli.CommandLine.Option(names = "--runs", description = "JVM starts per figure (default 11)")
        int runs = 11;
        @picocli.CommandLine.Option(names = "--json", paramLabel = "FILE", description = "also write the figures")
        Path json;

        @Override
        public Integer call() throws Exception {
            java.io.PrintWriter err = spec.commandLine().getErr();
            BenchSuite.Result r = new BenchSuite(BenchSuite.Sizes.FULL.withFrameRuns(Math.max(1, runs)), line -> {
                err.println(line);
                err.flush();
            }).startOnly();
            spec.commandLine().getOut().print(r.table().render());
            spec.commandLine().getOut().flush();
            if (json != null) {
                vn.motcua.store.Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r.figures());
            }
            return r.table().anyFailed() ? 1 : 0;
        }
    }

    /** One way of starting: medians over the runs (ms from JVM start to the ready frame, and CPU ms until then). */
    record Starts(double[] deskMs, double[] deskCpuMs, double[] bareMs, double[] bareCpuMs) {
        double ratio() {
            return median(deskMs) / median(bareMs);
        }
    }

    /** Alternated desk and bare-window starts, {@code runs} each, after one untimed start of each. */
    static Starts frames(Path desk, List<String> deskJvm, List<String> bareJvm, int runs) throws Exception {
        if (runs > 1) { // warm-up: the daily backup, the file cache
            BenchProbe.spawn(deskJvm, "desk", desk.toString());
            BenchProbe.spawn(bareJvm, "bare");
        }
        Starts s = new Starts(new double[runs], new double[runs], new double[runs], new double[runs]);
        for (int i = 0; i < runs; i++) {
            JsonNode d = BenchProbe.spawn(deskJvm, "desk", desk.toString());
            s.deskMs()[i] = d.get("readyFrameMs").asDouble();
            s.deskCpuMs()[i] = d.get("cpuMs").asDouble();
            JsonNode b = BenchProbe.spawn(bareJvm, "bare");
            s.bareMs()[i] = b.get("readyFrameMs").asDouble();
            s.bareCpuMs()[i] = b.get("cpuMs").asDouble();
        }
        return s;
    }

    /** The archive of one probe: made by one run of it with {@code -XX:ArchiveClassesAtExit}. */
    static List<String> archived(Path archive, String... probe) throws Exception {
        Files.deleteIfExists(archive);
        BenchProbe.spawn(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"),
                probe);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("no class-data archive was written for " + probe[0]);
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    static Map<String, Object> details(Starts s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deskSignInFrameMs", sorted(s.deskMs()));
        m.put("deskCpuMs", sorted(s.deskCpuMs()));
        m.put("bareWindowFrameMs", sorted(s.bareMs()));
        m.put("bareCpuMs", sorted(s.bareCpuMs()));
        m.put("ratio", BenchCommand.round(s.ratio()));
        return m;
    }

    static String value(Starts s) {
        return String.format(Locale.ROOT, "%.0f ms (bare JavaFX window %.0f ms)", median(s.deskMs()),
                median(s.bareMs()));
    }

    static String cpu(Starts s) {
        return String.format(Locale.ROOT, "CPU to that frame %.0f vs %.0f ms", median(s.deskCpuMs()),
                median(s.bareCpuMs()));
    }

    /**
     * Whole-process wall times of one command line, alternated with the other, and each process's CPU time (user +
     * system; NaN where the platform does not say it). On a shared machine the CPU ratio is the steadier figure.
     */
    record Commands(double[] versionMs, double[] settingsMs, double[] versionCpuMs, double[] settingsCpuMs) {
        double ratio() {
            return median(settingsMs) / median(versionMs);
        }

        double cpuRatio() {
            return median(settingsCpuMs) / median(versionCpuMs);
        }
    }

    /**
     * {@code --version} and {@code settings list} over a set-up desk, each a whole {@code java -jar motcua.jar}
     * process (the product jar beside the bench jar; else this class path with the product's main class), from
     * starting the process to its exit; one untimed pair first.
     */
    static Commands commands(Path desk, int runs) throws Exception {
        Commands c = new Commands(new double[runs], new double[runs], new double[runs], new double[runs]);
        List<String> settings = List.of("--data-dir", desk.toString(), "settings", "list");
        double[] cpu = new double[1];
        timed(List.of("--version"), cpu);
        timed(settings, cpu);
        for (int i = 0; i < runs; i++) {
            c.versionMs()[i] = timed(List.of("--version"), cpu);
            c.versionCpuMs()[i] = cpu[0];
            c.settingsMs()[i] = timed(settings, cpu);
            c.settingsCpuMs()[i] = cpu[0];
        }
        return c;
    }

    /**
     * CPU time (user + system, ms) of this process's finished and waited-for children, from {@code /proc/self/stat}
     * (Linux: fields cutime and cstime, in clock ticks of 10 ms); NaN elsewhere.
     */
    static double childrenCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is f[0], so field n (1-based, man proc) is f[n - 3]
            return (Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3])) * 10.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double timed(List<String> args, double[] cpuMs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        Path jar = productJar();
        if (jar != null) {
            cmd.add("-jar");
            cmd.add(jar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("vn.motcua.Main");
        }
        cmd.addAll(args);
        double cpu0 = childrenCpuMs();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + args);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        cpuMs[0] = childrenCpuMs() - cpu0;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + args);
        }
        return ms;
    }

    /** {@code motcua.jar} beside the bench jar this runs from, or null (tests run from class folders). */
    static Path productJar() {
        String cp = System.getProperty("java.class.path", "");
        if (cp.endsWith(".jar") && !cp.contains(java.io.File.pathSeparator)) {
            Path jar = Path.of(cp).toAbsolutePath().resolveSibling("motcua.jar");
            return Files.isRegularFile(jar) ? jar : null;
        }
        return null;
    }

    /** Whether every class-path entry is a jar (the JVM archives classes from jars only). */
    static boolean jarsOnly() {
        for (String e : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (!e.isEmpty() && Files.isDirectory(Path.of(e))) {
                return false;
            }
        }
        return true;
    }

    static double median(double[] values) {
        double[] s = sorted(values);
        return s[s.length / 2];
    }

    static double[] sorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s;
    }
}
