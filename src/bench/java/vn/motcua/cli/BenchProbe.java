package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.motcua.domain.account.Actor;
import vn.motcua.print.PaperFormat;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DeskContext;
import vn.motcua.service.QueueService;
import vn.motcua.store.Json;

/**
 * The child JVMs of the bench suite — not a command; started as {@code java -cp … vn.motcua.cli.BenchProbe MODE}:
 * <ul>
 *   <li>{@code desk DIR}: the real desk ({@code motcua --data-dir DIR desk}, as {@code Main} starts it) and a watcher
 *   that reports the time from JVM start to the first frame of the window and to the first frame of the sign-in
 *   screen, then closes it;</li>
 *   <li>{@code bare}: a bare JavaFX window with one label, the same watcher;</li>
 *   <li>{@code heap DIR}: what a clerk's session does over the desk in DIR, then the peak heap used.</li>
 * </ul>
 * Each prints one line {@value #MARK} + JSON on stdout; the parent ({@link #spawn}) reads it.
 */
public final class BenchProbe {
    static final String MARK = "BENCH-PROBE ";

    private BenchProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "desk" -> {
                watchFrames(true);
                // what Main runs for "java -jar motcua.jar --data-dir DIR desk" (its class-data relaunch aside)
                System.exit(StartPath.run(new String[] {"--data-dir", args[1], "desk"}));
            }
            case "bare" -> bare();
            case "heap" -> heap(Path.of(args[1]));
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }

    private static void bare() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        watchFrames(false);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(new Label("Quầy Một Cửa")), 1280, 720));
            stage.setTitle("bare");
            stage.show();
        });
        closed.await();
        Platform.exit();
    }

    /**
     * Watches for the first window (polling until the toolkit runs, then on the FX thread): its first frame is the
     * pulse after it is shown; with {@code waitForSignIn} the ready frame is the pulse after the one in which the
     * sign-in screen (its button, {@code #login-submit}) was first in the scene — whether the window opened on it or
     * on an empty pane first, as it did before decision 0034 — else the first frame. A frame counts as rendered when
     * the next pulse starts. Prints the times from JVM start and closes the window.
     */
    private static void watchFrames(boolean waitForSignIn) {
        Thread t = new Thread(() -> {
            long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
            while (true) {
                try {
                    Platform.runLater(() -> {
                        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                            while (change.next()) {
                                for (Window w : change.getAddedSubList()) {
                                    Platform.runLater(() -> timeFrames(w, jvmStart, waitForSignIn));
                                }
                            }
                        });
                        for (Window w : List.copyOf(Window.getWindows())) { // shown before the watcher ran
                            timeFrames(w, jvmStart, waitForSignIn);
                        }
                    });
                    return;
                } catch (IllegalStateException notStartedYet) {
                    sleep();
                }
            }
        }, "bench-frame-watcher");
        t.setDaemon(true);
        t.start();
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void timeFrames(Window w, long jvmStart, boolean waitForSignIn) {
        new AnimationTimer() {
            private int pulses;
            private long firstFrame = -1;
            private int rootPulse = waitForSignIn ? -1 : 1;

            @Override
            public void handle(long now) {
                pulses++;
                long ms = System.currentTimeMillis() - jvmStart;
                if (pulses == 2) {
                    firstFrame = ms;
                }
                if (rootPulse < 0 && w.getScene() != null && w.getScene().lookup("#login-submit") != null) {
                    rootPulse = pulses;
                }
                if (firstFrame >= 0 && rootPulse > 0 && pulses > rootPulse) {
                    stop();
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("firstFrameMs", firstFrame);
                    out.put("readyFrameMs", ms);
                    out.put("cpuMs", ProcessHandle.current().info().totalCpuDuration()
                            .map(java.time.Duration::toMillis).orElse(-1L));
                    if (!waitForSignIn) {
                        report(out);
                        w.hide();
                        return;
                    }
                    // printed beside what is timed (the figures above): from when the desk accepts a sign-in — its
                    // start-up check of the data runs after the sign-in screen is drawn (decision 0039)
                    vn.motcua.desk.DeskLauncher.dataChecked().whenComplete((sound, e) -> {
                        out.put("signInAcceptedMs", System.currentTimeMillis() - jvmStart);
                        out.put("dataSound", Boolean.TRUE.equals(sound));
                        report(out);
                        Platform.runLater(w::hide);
                    });
                }
            }
        }.start();
    }

    private static void report(Map<String, Object> figures) {
        try {
            System.out.println(MARK + Json.mapper().writeValueAsString(figures));
            System.out.flush();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A clerk's session over a big desk: every queue's first two pages of 50, all counts, searches, the dashboard
     * and its overdue list, the period report for a quarter, a receipt rendered. Then the peak heap used (summed over
     * the heap pools) and whether memory ran out.
     */
    private static void heap(Path dir) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1048576);
        long t0 = System.nanoTime();
        try (DeskContext ctx = DeskContext.open(dir)) {
            Actor admin = ctx.accounts().firstAdmin().orElseThrow();
            String code = null;
            for (QueueService.Queue q : QueueService.Queue.values()) {
                for (int offset = 0; offset <= 50; offset += 50) {
                    var page = ctx.queues().page(q, null, null, false, offset, 50);
                    if (code == null && !page.rows().isEmpty()) {
                        code = page.rows().get(0).dossier().code();
                    }
                }
            }
            ctx.queues().counts();
            for (String s : BenchCommand.Search.QUERIES) {
                ctx.dossiers().search(s, 50);
                ctx.queues().page(QueueService.Queue.ALL, s, null, false, 0, 50);
            }
            ctx.dashboard().figures(admin);
            ctx.dashboard().list(admin, DashboardService.Figure.OVERDUE, DashboardService.DEFAULT_WAITING_DAYS);
            ctx.database().read(c -> PeriodReport.compute(c, new Period(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 6, 30))));
            if (code != null) {
                ctx.print().receiptPdf(code, PaperFormat.A5, admin, false);
            }
            out.put("outOfMemory", false);
        } catch (OutOfMemoryError e) {
            out.put("outOfMemory", true);
        }
        out.put("seconds", BenchCommand.round((System.nanoTime() - t0) / 1e9));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.put("peakHeapMiB", BenchCommand.round(peak / 1048576.0));
        report(out);
    }

    /**
     * Runs a probe in a child JVM (this JVM's java and class path, plus {@code jvmArgs}; the headless toolkit
     * settings of this JVM are passed on) and returns the JSON it reported.
     */
    static JsonNode spawn(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmArgs);
        for (String p : List.of("glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "user.timezone", "file.encoding")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BenchProbe.class.getName());
        cmd.addAll(List.of(args));
        Path log = java.nio.file.Files.createTempFile("motcua-bench-probe-", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        if (headlessToolkit() && System.getenv("DISPLAY") == null) {
            pb.environment().put("DISPLAY", ":headless"); // the desk command asks for one; Monocle never uses it
        }
        Process p = pb.start();
        java.util.concurrent.CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(p::destroyForcibly);
        JsonNode found = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(MARK) && found == null) {
                    found = Json.mapper().readTree(line.substring(MARK.length()));
                }
            }
        }
        p.waitFor();
        try {
            if (found == null) {
                List<String> lines = java.nio.file.Files.readAllLines(log, StandardCharsets.UTF_8);
                throw new IllegalStateException("probe " + args[0] + " reported nothing (exit " + p.exitValue()
                        + "): " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
            }
            return found;
        } finally {
            java.nio.file.Files.deleteIfExists(log);
        }
    }

    /** Whether this JVM runs JavaFX headless (Monocle, as the tests do), so children can too without a display. */
    static boolean headlessToolkit() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }
}
