package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.bench.CentralBench;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.account.Actor;
import vn.motcua.print.PaperFormat;
import vn.motcua.service.DeskContext;
import vn.motcua.store.DossierRepository;

/**
 * The benchmark suite of issue 9 behind {@code motcua bench}: every figure in one table. The big desk database is
 * generated once per run (or kept with {@code --data-dir-keep}) and serves search, dashboard, period report and the
 * heap probe; the cold start and the heap run in child JVMs ({@link BenchProbe}); the central figures run against
 * fresh databases through real HTTP on a local port. A figure that cannot be measured says why instead of a value;
 * one that fails says "failed" and the rest goes on.
 */
final class BenchSuite {

    /** How big the run is. */
    record Sizes(String name, int dossiers, int searchRuns, int runs, int registerRuns, int receiptWarmup,
                 int syncEvents, int ingestEvents, int centralDossiers, int offices, int desks, int pullRequests,
                 int pullThreads, int frameRuns, int jsonlLines) {
        /** What issue 9 names. */
        static final Sizes FULL = new Sizes("full", 1_000_000, 100, 30, 200, 300, 10_000, 50_000, 100_000, 100, 1000,
                20_000, 16, 11, 20_000);
        /** About two minutes. */
        static final Sizes QUICK = new Sizes("quick", 20_000, 50, 10, 50, 100, 1_000, 5_000, 10_000, 10, 100, 2_000,
                16, 5, 4_000);
        /** These sizes with {@code n} JVM starts per start-up figure ({@code bench start --runs N}). */
        Sizes withFrameRuns(int n) {
            return new Sizes(name, dossiers, searchRuns, runs, registerRuns, receiptWarmup, syncEvents, ingestEvents,
                    centralDossiers, offices, desks, pullRequests, pullThreads, n, jsonlLines);
        }

        /** The test's end-to-end run. */
        static final Sizes TINY = new Sizes("tiny", 2_000, 5, 3, 5, 5, 100, 1_000, 1_000, 4, 20, 200, 4, 1, 300);
    }

    /** The table and every figure behind it (written by {@code --json}). */
    record Result(BenchTable table, Map<String, Object> figures) {
    }

    /** One part of the suite. */
    @FunctionalInterface
    private interface Part {
        void run() throws Exception;
    }

    private static final CentralConfig.RateLimits NO_LIMITS = new CentralConfig.RateLimits(1_000_000, 1_000_000,
            1_000_000, 1_000_000);

    private final Sizes sizes;
    private final Consumer<String> progress;
    private final BenchTable table = new BenchTable();
    private final Map<String, Object> details = new LinkedHashMap<>();

    BenchSuite(Sizes sizes, Consumer<String> progress) {
        this.sizes = sizes;
        this.progress = progress;
    }

    /**
     * Runs everything.
     *
     * @param keep  where to keep (and find) the generated desk database; null = a temporary folder
     * @param pgUrl a PostgreSQL URL for the ingest figures there too; null = SQLite only
     */
    Result run(Path keep, String pgUrl) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("machine", machine());
        figures.put("sizes", sizes);
        long t0 = System.nanoTime();
        part("cold start", List.of("desk cold start to first frame", "desk cold start, class-data sharing"),
                this::coldStart);
        part("command line", List.of("command line: settings list vs --version"), this::commandLine);
        part("register + receipt", List.of("register a dossier", "receipt PDF (A5)"), this::registerAndReceipt);
        part("register --jsonl", List.of("register --jsonl throughput"), this::registerJsonl);
        Path dir = BenchCommand.benchDesk(keep);
        try {
            part("desk database", List.of("search, full code", "search, ID number",
                    "search, ID prefix", "search, phone", "search, one name word", "search, full name",
                    "search, name with diacritics",
                    "supervisor dashboard figures", "period report, a quarter", "period report, a year"),
                    () -> bigDesk(dir));
            part("desk heap", List.of("desk heap under -Xmx256m"), () -> heap(dir));
        } finally {
            if (keep == null) {
                BenchCommand.deleteTree(dir);
            }
        }
        part("sync", List.of("desk sync after a week offline"), this::sync);
        part("ingest (SQLite)", List.of("central ingest vs raw JDBC (SQLite)"), () -> ingest(null));
        if (pgUrl != null) {
            part("ingest (PostgreSQL)", List.of("central ingest vs raw JDBC (PostgreSQL)"), () -> ingest(pgUrl));
        } else {
            table.add("central ingest vs raw JDBC (PostgreSQL)", "skipped: no --pg URL", "", "");
        }
        part("pull", List.of("pull with " + sizes.desks() + " desks"), this::desksPull);
        figures.put("seconds", BenchCommand.round((System.nanoTime() - t0) / 1e9));
        figures.put("rows", table.rows());
        figures.put("details", details);
        return new Result(table, figures);
    }

    /** Only the start-up figures (issue 18): the desk against a bare window, the command line. */
    Result startOnly() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("machine", machine());
        figures.put("sizes", sizes);
        part("cold start", List.of("desk cold start to first frame", "desk cold start, class-data sharing"),
                this::coldStart);
        part("command line", List.of("command line: settings list vs --version"), this::commandLine);
        figures.put("rows", table.rows());
        figures.put("details", details);
        return new Result(table, figures);
    }

    /**
     * Only the central server's rows (issue 18, {@code bench central}): ingest vs raw JDBC on SQLite (and PostgreSQL
     * with {@code pgUrl}), then the pull with many desks, each {@code repeat} times.
     */
    Result centralOnly(String pgUrl, boolean ingest, boolean pull, int repeat) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("machine", machine());
        figures.put("sizes", sizes);
        for (int i = 0; i < Math.max(1, repeat); i++) {
            if (ingest) {
                part("ingest (SQLite)", List.of("central ingest vs raw JDBC (SQLite)"), () -> ingest(null));
                if (pgUrl != null) {
                    part("ingest (PostgreSQL)", List.of("central ingest vs raw JDBC (PostgreSQL)"),
                            () -> ingest(pgUrl));
                }
            }
            if (pull) {
                part("pull", List.of("pull with " + sizes.desks() + " desks"), this::desksPull);
            }
        }
        figures.put("rows", table.rows());
        figures.put("details", details);
        return new Result(table, figures);
    }

    private void part(String name, List<String> rows, Part part) {
        progress.accept("bench: " + name + " …");
        int before = table.rows().size();
        try {
            part.run();
        } catch (Exception | AssertionError e) {
            progress.accept("bench: " + name + " failed: " + e);
            // the rows this part did not produce say so; the suite goes on
            for (String figure : rows.subList(Math.min(rows.size(), table.rows().size() - before), rows.size())) {
                table.add(figure, "failed: " + e.getClass().getSimpleName(), "", String.valueOf(e.getMessage()));
            }
        }
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        var os = ManagementFactory.getOperatingSystemMXBean();
        m.put("loadAverage", BenchCommand.round(os.getSystemLoadAverage()));
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            m.put("memoryGiB", BenchCommand.round(sun.getTotalMemorySize() / 1073741824.0));
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("at", LocalDateTime.now().withNano(0).toString());
        return m;
    }

    // ---- desk cold start

    private void coldStart() throws Exception {
        String figure = "desk cold start to first frame";
        String shared = "desk cold start, class-data sharing";
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null
                && !BenchProbe.headlessToolkit()) {
            table.add(figure, "skipped: no display", "", "run under Xvfb: `Xvfb :99 &` and DISPLAY=:99");
            table.add(shared, "skipped: no display", "", "");
            return;
        }
        Path dir = BenchCommand.freshDesk();
        try {
            int n = sizes.frameRuns();
            String ratio = "ratio ≤ " + StartBench.DESK_RATIO;
            StartBench.Starts plain = StartBench.frames(dir, List.of(), List.of(), n);
            details.put("coldStart", StartBench.details(plain));
            table.add(figure, StartBench.value(plain), String.format(Locale.ROOT, "ratio %.2f; %s", plain.ratio(),
                    target(plain.ratio() <= StartBench.DESK_RATIO, ratio)), String.format(Locale.ROOT,
                    "sign-in screen drawn; no class-data archive; medians of %d JVM starts each, alternated; %s",
                    n, StartBench.cpu(plain)));
            if (!StartBench.jarsOnly()) {
                table.add(shared, "skipped: class folders on the class path", "", "an AppCDS archive takes jars "
                        + "only: run the suite from target/motcua-bench.jar");
                return;
            }
            Path archives = Files.createTempDirectory("motcua-bench-cds-");
            try {
                List<String> deskCds = StartBench.archived(archives.resolve("desk.jsa"), "desk", dir.toString());
                List<String> bareCds = StartBench.archived(archives.resolve("bare.jsa"), "bare");
                StartBench.Starts cds = StartBench.frames(dir, deskCds, bareCds, n);
                details.put("coldStartClassDataSharing", StartBench.details(cds));
                table.add(shared, StartBench.value(cds), String.format(Locale.ROOT, "ratio %.2f; %s", cds.ratio(),
                        target(cds.ratio() <= StartBench.DESK_RATIO, ratio)), String.format(Locale.ROOT,
                        "each with its own AppCDS archive from one training start (java -jar after the first "
                                + "start; its relaunch not included); medians of %d; %s", n, StartBench.cpu(cds)));
            } finally {
                BenchCommand.deleteTree(archives);
            }
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    // ---- the command line: a data command against --version, whole processes

    private void commandLine() throws Exception {
        Path dir = BenchCommand.freshDesk();
        try {
            int n = Math.max(3, sizes.frameRuns());
            StartBench.Commands c = StartBench.commands(dir, n);
            details.put("commandLine", Map.of("versionMs", StartBench.sorted(c.versionMs()), "settingsListMs",
                    StartBench.sorted(c.settingsMs()), "ratio", BenchCommand.round(c.ratio()), "versionCpuMs",
                    StartBench.sorted(c.versionCpuMs()), "settingsListCpuMs", StartBench.sorted(c.settingsCpuMs()),
                    "cpuRatio", BenchCommand.round(c.cpuRatio())));
            table.add("command line: settings list vs --version", String.format(Locale.ROOT,
                            "%.0f ms vs %.0f ms", StartBench.median(c.settingsMs()), StartBench.median(c.versionMs())),
                    String.format(Locale.ROOT, "ratio %.2f; %s", c.ratio(), target(c.ratio() <= StartBench.CLI_RATIO,
                            "ratio ≤ " + StartBench.CLI_RATIO)), String.format(Locale.ROOT,
                            "whole processes (%s), process start to exit; medians of %d, alternated; CPU %.0f vs "
                                    + "%.0f ms (ratio %.2f)",
                            StartBench.productJar() != null ? "java -jar motcua.jar" : "java -cp … vn.motcua.Main",
                            n, StartBench.median(c.settingsCpuMs()), StartBench.median(c.versionCpuMs()),
                            c.cpuRatio()));
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    // ---- register + receipt on a small fresh desk

    private void registerAndReceipt() throws Exception {
        Path dir = BenchCommand.freshDesk();
        try (DeskContext ctx = DeskContext.open(dir)) {
            Actor admin = ctx.accounts().firstAdmin().orElseThrow();
            BenchCommand.Timing[] both = BenchCommand.Register.fullAndNormal(ctx, admin, sizes.registerRuns());
            BenchCommand.Timing register = both[0];
            BenchCommand.Timing registerNormal = both[1];
            String code = ReceiptBench.register(ctx, admin);
            BenchCommand.Timing receipt = ReceiptBench.time(ctx, code, PaperFormat.A5, admin,
                    sizes.receiptWarmup(), sizes.registerRuns());
            details.put("register", register);
            details.put("registerSynchronousNormal", registerNormal);
            details.put("receiptA5", receipt);
            table.add("register a dossier", p50p95(register), target(register.p95Ms() <= 10, "p95 ≤ 10 ms"),
                    String.format(java.util.Locale.ROOT, "synchronous=FULL (at NORMAL: p50 %.2f ms, p95 %.2f ms); one "
                            + "transaction: code, dossier, progress + state, search row, outbox, audit; %d runs",
                            registerNormal.medianMs(), registerNormal.p95Ms(), sizes.registerRuns()));
            table.add("receipt PDF (A5)", p50p95(receipt), target(receipt.p95Ms() < 50, "p95 < 50 ms"),
                    "service call: read, render, audit; after " + sizes.receiptWarmup() + " warm-up renders");
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    // ---- register --jsonl: the command line in process, over a fresh desk

    private void registerJsonl() throws Exception {
        int n = sizes.jsonlLines();
        Map<String, Object> r = BenchCommand.Jsonl.measure(n, 200, null);
        if ((Integer) r.get("exit") != 0 || (Long) r.get("registered") != n) {
            throw new IllegalStateException("register --jsonl: exit " + r.get("exit") + ", " + r.get("registered")
                    + " of " + n + " registered: " + r.get("errors"));
        }
        double rate = (Double) r.get("perSecond");
        details.put("registerJsonl", Map.of("lines", n, "seconds", r.get("seconds"), "perSecond", rate));
        table.add("register --jsonl throughput", String.format(Locale.ROOT, "%,.0f dossiers/s", rate),
                fullTarget(rate >= 2000, "≥ 2,000/s"), String.format(Locale.ROOT, "%,d lines, one command "
                        + "in process incl. opening the database; each line its own registration, results "
                        + "printed after commit", n));
    }

    // ---- the big desk: generated once, used for search, dashboard, report and heap

    private void bigDesk(Path dir) throws Exception {
        try (DeskContext ctx = DeskContext.open(dir)) {
            long t0 = System.nanoTime();
            BenchCommand.fillTo(ctx, sizes.dossiers());
            int count = ctx.database().read(c -> new DossierRepository().count(c));
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format(Locale.ROOT, "bench: desk database of %,d dossiers ready (%.0f s)", count,
                    seconds));
            details.put("deskDossiers", count);
            details.put("deskGenerateSeconds", BenchCommand.round(seconds));
            String n = String.format(Locale.ROOT, "%,d dossiers", count);
            for (Map.Entry<String, String> k : BenchCommand.Search.kinds(ctx).entrySet()) {
                String q = k.getValue();
                Map<String, Object> m = BenchCommand.Search.time(ctx, q, sizes.searchRuns());
                m.put("kind", k.getKey());
                details.put("search " + k.getKey(), m);
                table.add("search, " + k.getKey(), String.format(Locale.ROOT, "p50 %s ms, p95 %s ms",
                                m.get("medianMs"), m.get("p95Ms")),
                        fullTarget(((Number) m.get("p95Ms")).doubleValue() <= 20, "p95 ≤ 20 ms"),
                        n + ", \"" + q + "\", " + m.get("hits") + " hits shown (limit 50)");
            }
            Actor admin = ctx.accounts().firstAdmin().orElseThrow();
            BenchCommand.Timing dash = DashboardBench.figures(ctx, admin, sizes.runs());
            details.put("dashboard", dash);
            table.add("supervisor dashboard figures", p50p95(dash), fullTarget(dash.p95Ms() <= 200, "≤ 200 ms"), n);
            List<String> names = List.of("period report, a quarter", "period report, a year");
            for (int i = 0; i < names.size(); i++) {
                BenchCommand.Timing t = BenchCommand.Report.time(ctx, BenchCommand.Report.PERIODS.get(i),
                        sizes.runs());
                details.put(names.get(i), t);
                double limit = i == 0 ? 200 : 150; // the year: issue 18
                table.add(names.get(i), p50p95(t), fullTarget(t.p95Ms() <= limit, "≤ " + (int) limit + " ms"),
                        n + " (Biểu II.06a, status at the end of the period)");
            }
        }
    }

    private void heap(Path dir) throws Exception {
        JsonNode h = BenchProbe.spawn(List.of("-Xmx256m"), "heap", dir.toString());
        details.put("heap", h);
        boolean oom = h.get("outOfMemory").asBoolean();
        table.add("desk heap under -Xmx256m", oom ? "OutOfMemoryError"
                        : String.format(Locale.ROOT, "peak %.0f MiB", h.get("peakHeapMiB").asDouble()),
                target(!oom, "no OutOfMemoryError"), "a session over the " + String.format(Locale.ROOT, "%,d", details.get("deskDossiers"))
                        + " dossiers: queue pages, counts, "
                        + "searches, dashboard, quarter report, receipt (" + h.get("seconds").asText() + " s)");
    }

    // ---- sync

    private void sync() throws Exception {
        Path dir = SyncHarness.tempDir("motcua-bench-sync");
        try {
            var r = SyncHarness.bench(dir, sizes.syncEvents());
            details.put("sync", r);
            boolean ok = r.report().ok() && r.report().pending() == 0;
            table.add("desk sync after a week offline", ok
                            ? String.format(Locale.ROOT, "%,d events in %.1f s", r.events(), r.syncMillis() / 1000.0)
                            : "failed: " + r.report().error(),
                    fullTarget(ok && r.syncMillis() <= 10_000, "≤ 10 s"), r.report().pushed() + " pushed, " + r.report().pulled()
                            + " pulled, " + r.report().attempts() + " requests");
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    // ---- central

    /** A fresh central database: a new SQLite file, or a new schema in the PostgreSQL of {@code pgUrl}. */
    private static String freshCentral(Path dir, String pgUrl, String name) throws Exception {
        if (pgUrl == null) {
            return "jdbc:sqlite:" + dir.resolve(name + ".db").toAbsolutePath();
        }
        String schema = "bench_" + name + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (var c = DriverManager.getConnection(pgUrl); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static CentralContext openCentral(String url) {
        java.nio.file.Path key;
        try {
            key = java.nio.file.Files.createTempDirectory("motcua-bench-key-").resolve("central.key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return CentralContext.open(CentralConfig.defaults(url).withLimits(NO_LIMITS).withKeyFile(key),
                Clock.systemUTC());
    }

    private static CentralServer serve(CentralContext ctx) {
        return CentralServer.start(ctx, CentralConfig.defaults("-").withHost("127.0.0.1").withPort(0)
                .withLimits(NO_LIMITS));
    }

    /** Rounds of the ingest rows (push, raw, same-rows raw); the row reports the medians. */
    static final int INGEST_ROUNDS = 3;

    private void ingest(String pgUrl) throws Exception {
        String db = pgUrl == null ? "SQLite" : "PostgreSQL";
        Path dir = Files.createTempDirectory("motcua-bench-central-");
        int events = sizes.ingestEvents();
        try {
            // Warm-up, untimed, into throwaway databases: the push ran first in a fresh JVM and paid the JIT for the
            // code both share (JDBC driver, SQLite) while the raw writes after it ran warm (issue 18, decision 0028);
            // passes as large as the timed part until the JIT compilers are nearly idle during one, as a server that
            // runs for months (decision 0043: after one fifth, C2 was still compiling the push while it was timed)
            int warm = Math.max(2_000, events);
            int[] n = {0};
            CentralBench.untilCompiled(() -> {
                try (CentralContext ctx = openCentral(freshCentral(dir, pgUrl, "warmpush" + n[0]++));
                     CentralServer server = serve(ctx)) {
                    new CentralBench(ctx, server.baseUrl(), line -> { }).pushIngest(CentralBench.addOffices(ctx, 4),
                            warm);
                }
                return "  untimed push";
            }, what -> what, progress);
            CentralBench.untilCompiled(() -> {
                try (CentralContext ctx = openCentral(freshCentral(dir, pgUrl, "warmraw" + n[0]++))) {
                    CentralBench.rawIngestTimed(ctx, CentralBench.addOffices(ctx, 4), warm, true);
                }
                return "  untimed raw JDBC";
            }, what -> what, progress);
            // three rounds, each a push, the 3-row raw writes and the same-rows raw writes into fresh databases;
            // medians of each (a single raw run's rate spread ±15 % on a quiet machine and decided the ratio)
            double[][] runs = new double[6][INGEST_ROUNDS];
            for (int round = 0; round < INGEST_ROUNDS; round++) {
                try (CentralContext ctx = openCentral(freshCentral(dir, pgUrl, "push" + round));
                     CentralServer server = serve(ctx)) {
                    CentralBench b = new CentralBench(ctx, server.baseUrl(), line -> progress.accept("  " + line));
                    CentralBench.Timed t = b.pushIngestTimed(CentralBench.addOffices(ctx, 4), events);
                    runs[0][round] = t.seconds();
                    runs[1][round] = t.cpuSeconds();
                }
                try (CentralContext ctx = openCentral(freshCentral(dir, pgUrl, "raw" + round))) {
                    CentralBench.Timed t = CentralBench.rawIngestTimed(ctx, CentralBench.addOffices(ctx, 4), events);
                    runs[2][round] = t.seconds();
                    runs[3][round] = t.cpuSeconds();
                }
                // decision 0031: the baseline the target is judged by writes every row the push writes (the portal
                // outbox and the province figures too); the old one, event, progress and dossier rows only, is kept
                // beside it so both ratios are reported
                try (CentralContext ctx = openCentral(freshCentral(dir, pgUrl, "rawsame" + round))) {
                    CentralBench.Timed t = CentralBench.rawIngestTimed(ctx, CentralBench.addOffices(ctx, 4), events,
                            true);
                    runs[4][round] = t.seconds();
                    runs[5][round] = t.cpuSeconds();
                }
                progress.accept(String.format(Locale.ROOT, "  round %d: push %,.0f/s, raw same rows %,.0f/s (ratio "
                        + "%.2f)", round + 1, events / runs[0][round], events / runs[4][round],
                        runs[4][round] / runs[0][round]));
            }
            double http = StartBench.median(runs[0]);
            double httpCpu = StartBench.median(runs[1]);
            double raw = StartBench.median(runs[2]);
            double rawCpu = StartBench.median(runs[3]);
            double same = StartBench.median(runs[4]);
            double sameCpu = StartBench.median(runs[5]);
            double httpRate = events / http;
            double rawRate = events / raw;
            double sameRate = events / same;
            details.put("ingest " + db, Map.of("events", events, "httpSeconds", BenchCommand.round(http),
                    "rawSeconds", BenchCommand.round(raw), "rawSameRowsSeconds", BenchCommand.round(same),
                    "httpCpuSeconds", BenchCommand.round(httpCpu), "rawCpuSeconds", BenchCommand.round(rawCpu),
                    "rawSameRowsCpuSeconds", BenchCommand.round(sameCpu),
                    "roundsHttpSeconds", java.util.Arrays.stream(runs[0]).map(BenchCommand::round).boxed().toList(),
                    "roundsRawSameRowsSeconds", java.util.Arrays.stream(runs[4]).map(BenchCommand::round).boxed()
                            .toList(),
                    "loadAverage", BenchCommand.round(ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage())));
            table.add("central ingest vs raw JDBC (" + db + ")", String.format(Locale.ROOT,
                    "%,.0f events/s (raw JDBC, same rows %,.0f/s; event, progress, dossier rows only %,.0f/s)",
                    httpRate, sameRate, rawRate), String.format(Locale.ROOT,
                    "ratio %.2f (%.2f to the 3-row baseline); %s; %s", httpRate / sameRate, httpRate / rawRate,
                    fullTarget(httpRate / sameRate >= 0.75, "ratio ≥ 0.75"), fullTarget(httpRate >= 5000,
                            "≥ 5,000/s")),
                    String.format(Locale.ROOT, "%,d events from 4 desks over HTTP vs the same rows as JDBC "
                            + "batches (decision 0031: + portal outbox and figure rows), medians of " + INGEST_ROUNDS
                            + " alternated rounds into fresh databases, after untimed passes of each until the JIT "
                            + "was nearly idle (decision 0043); CPU %.0f vs %.0f (3-row: %.0f) µs/event "
                            + "(the timed part, whole JVM: server and clients)", events, httpCpu * 1e6 / events,
                            sameCpu * 1e6 / events, rawCpu * 1e6 / events));
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    private void desksPull() throws Exception {
        Path dir = Files.createTempDirectory("motcua-bench-pull-");
        try (CentralContext ctx = openCentral(freshCentral(dir, null, "pull")); CentralServer server = serve(ctx)) {
            CentralBench b = new CentralBench(ctx, server.baseUrl(), line -> progress.accept("  " + line));
            List<String> offices = CentralBench.addOffices(ctx, sizes.offices());
            b.load(offices, sizes.centralDossiers());
            CentralBench.DesksPull p = b.desksPull(offices, sizes.desks(), sizes.pullThreads(),
                    sizes.pullRequests());
            details.put("pull", p);
            table.add("pull with " + sizes.desks() + " desks", String.format(Locale.ROOT,
                            "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %,.0f requests/s", p.p50Ms(), p.p95Ms(),
                            p.p99Ms(), p.requestsPerSecond()), fullTarget(p.p99Ms() <= 25, "p99 ≤ 25 ms"),
                    String.format(Locale.ROOT, "SQLite, %,d dossiers in %d offices; %,d pulls of 100 by %d threads, "
                                    + "%,d empty (p50 %.1f ms, p99 %.1f ms; full pages p50 %.1f ms, p99 %.1f ms); "
                                    + "CPU %.2f ms/pull (server and clients); GC %d collections, %.0f ms; "
                                    + "JIT compiling %d ms; after %d untimed passes of the same pulls (decision 0043; "
                                    + "the first: p50 %.1f ms, p99 %.1f ms, CPU %.2f ms/pull, JIT compiling %d ms); "
                                    + "load %.1f", sizes.centralDossiers(), sizes.offices(),
                            p.requests(), p.threads(), p.emptyPages(), p.emptyP50Ms(), p.emptyP99Ms(), p.fullP50Ms(),
                            p.fullP99Ms(), p.cpuMsPerPull(), p.gcCount(), p.gcMs(), p.compileMs(), p.untimedPasses(),
                            p.cold().p50Ms(), p.cold().p99Ms(), p.cold().cpuMsPerPull(), p.cold().compileMs(),
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    // ---- formatting

    private static String p50p95(BenchCommand.Timing t) {
        return String.format(Locale.ROOT, "p50 %s ms, p95 %s ms", t.medianMs(), t.p95Ms());
    }

    private static String target(boolean met, String target) {
        return target + (met ? " ✔" : " ✘");
    }

    /** A target set for the full sizes: judged in a full run, only named in a smaller one. */
    private String fullTarget(boolean met, String target) {
        return sizes == Sizes.FULL ? target(met, target) : target + " at full size";
    }

}
