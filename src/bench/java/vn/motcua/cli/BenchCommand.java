package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.service.DeskContext;
import vn.motcua.service.SetupService;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;

/**
 * {@code bench}: with no subcommand the whole suite of issue 9 ({@link BenchSuite}) printed as one table; the
 * subcommands time one thing each and print JSON.
 */
@Command(name = "bench", description = {"Benchmarks. With no subcommand: the whole suite as one table (desk cold "
        + "start, register + receipt, search / dashboard / period report over 1,000,000 dossiers, sync, central ingest "
        + "vs raw JDBC, pull with 1,000 desks, desk heap under -Xmx256m). Takes long; --quick takes ~2 minutes.",
    "The cold-start row needs a display ($DISPLAY, e.g. `Xvfb :99 &` and DISPLAY=:99); without one it is skipped.",
    "Subcommands print JSON figures (medians and percentiles) of one thing."},
        subcommands = {BenchCommand.Search.class, BenchCommand.Report.class, ReceiptBench.class,
            DashboardBench.class, BenchCommand.Register.class, BenchCommand.Jsonl.class,
            StartBench.Start.class, CentralRowsBench.class})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--quick", description = "small sizes (20,000 dossiers, 1,000 events, 100 desks): ~2 minutes")
    boolean quick;
    @Option(names = "--tiny", hidden = true, description = "the smallest sizes, for the test")
    boolean tiny;
    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures to FILE as JSON")
    Path json;
    @Option(names = "--pg", paramLabel = "URL", description = "also measure central ingest on this PostgreSQL "
            + "(jdbc:postgresql://…; fresh schemas are created in it). Default: env MOTCUA_TEST_PG_URL",
            defaultValue = "${env:MOTCUA_TEST_PG_URL}")
    String pg;
    @Option(names = "--data-dir-keep", paramLabel = "DIR", description = "keep the generated desk database in DIR "
            + "and reuse it next time (generation of 1,000,000 dossiers takes minutes)")
    Path keep;

    @Override
    public Integer call() throws Exception {
        BenchSuite.Sizes sizes = tiny ? BenchSuite.Sizes.TINY : quick ? BenchSuite.Sizes.QUICK : BenchSuite.Sizes.FULL;
        PrintWriter err = spec.commandLine().getErr();
        BenchSuite.Result r = new BenchSuite(sizes, line -> {
            err.println(line);
            err.flush();
        }).run(keep, pg == null || pg.isBlank() ? null : pg.trim());
        PrintWriter out = spec.commandLine().getOut();
        out.print(r.table().render());
        out.flush();
        if (json != null) {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r.figures());
        }
        return r.table().anyFailed() ? 1 : 0;
    }

    /** Timed work (a search, a report, a render). */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Median, p95 and max of timed runs, in milliseconds. */
    record Timing(double medianMs, double p95Ms, double maxMs) {
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("medianMs", medianMs);
            m.put("p95Ms", p95Ms);
            m.put("maxMs", maxMs);
            return m;
        }
    }

    /** Runs {@code work} {@code warmup} times untimed, then {@code runs} times timed. */
    static Timing time(int warmup, int runs, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        double[] ms = new double[Math.max(1, runs)];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return percentiles(ms);
    }

    @Command(name = "search", description = {"Generate N dossiers in a fresh temporary data folder and time "
            + "searches such as \"nguyen van duc\" (folded, diacritics-insensitive).",
        "Prints insert rate and search latency median / p95 / max in milliseconds."})
    static final class Search implements Callable<Integer> {
        /** The query texts timed. */
        static final List<String> QUERIES = List.of("nguyen van duc", "Nguyễn Văn Đức", "dang thi", "038",
                "khai sinh tran");

        @Spec
        CommandSpec spec;
        @Option(names = "--dossiers", defaultValue = "100000")
        int dossiers;
        @Option(names = "--queries", defaultValue = "300", description = "timed searches per query text")
        int queries;
        @Option(names = "--data-dir-keep", description = "reuse/keep this folder (generates only what is missing)")
        Path keep;

        @Override
        public Integer call() throws Exception {
            Path dir = benchDesk(keep);
            try (DeskContext ctx = DeskContext.open(dir)) {
                long t0 = System.nanoTime();
                fillTo(ctx, dossiers);
                double insertSeconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dossiers", dossiers);
                out.put("insertSeconds", round(insertSeconds));
                out.put("insertPerSecond", Math.round(dossiers / insertSeconds));
                List<Map<String, Object>> results = new ArrayList<>();
                for (String q : QUERIES) {
                    results.add(time(ctx, q, queries));
                }
                out.put("searches", results);
                Map<String, Object> kinds = new LinkedHashMap<>();
                for (Map.Entry<String, String> k : kinds(ctx).entrySet()) {
                    kinds.put(k.getKey(), time(ctx, k.getValue(), queries));
                }
                out.put("kinds", kinds);
                out.put("dbFileMiB", round(Files.size(ctx.database().file()) / 1048576.0));
                printJson(spec, out);
            } finally {
                if (keep == null) {
                    deleteTree(dir);
                }
            }
            return 0;
        }

        /**
         * One query of each kind (issue 18), by its row name: a code, ID number and phone taken from the dossier in
         * the middle of the desk, the ID prefix "038", one name word, a full name without and with diacritics.
         */
        static Map<String, String> kinds(DeskContext ctx) {
            String[] mid = ctx.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT code, applicant_id, "
                        + "applicant_phone FROM dossier WHERE rowid = (SELECT max(rowid) / 2 FROM dossier)")) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}
                            : new String[] {"000.00.01.H22-250102-0001", "038095001234", "0912345678"};
                }
            });
            Map<String, String> m = new LinkedHashMap<>();
            m.put("full code", mid[0]);
            m.put("ID number", mid[1]);
            m.put("ID prefix", "038");
            m.put("phone", mid[2]);
            m.put("one name word", "nguyen");
            m.put("full name", "nguyen van duc");
            m.put("name with diacritics", "Nguyễn Văn Đức");
            return m;
        }

        /** Times {@code runs} searches for {@code q} (50 hits at most) after 20 untimed ones. */
        static Map<String, Object> time(DeskContext ctx, String q, int runs) throws Exception {
            int[] hits = new int[1];
            Timing t = BenchCommand.time(20, runs, () -> hits[0] = ctx.dossiers().search(q, 50).size());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", q);
            m.put("hits", hits[0]);
            m.putAll(t.asMap());
            return m;
        }
    }

    /** Inserts {@code n} generated dossiers in batches of 5,000 per transaction. */
    static void generate(DeskContext ctx, int n) {
        List<Procedure> procedures = ctx.catalog().list(true);
        SampleDossiers gen = new SampleDossiers(42, procedures, "000.00.01.H22", 1);
        DossierRepository repo = new DossierRepository();
        int batch = 5000;
        for (int start = 0; start < n; start += batch) {
            int from = start;
            int to = Math.min(n, start + batch);
            LocalDateTime now = LocalDateTime.now(ctx.clock());
            ctx.database().write(c -> {
                for (int i = from; i < to; i++) {
                    repo.insert(c, gen.next(i), now);
                }
                return null;
            });
        }
    }

    static Path freshDesk() throws java.io.IOException {
        Path dir = Files.createTempDirectory("motcua-bench-");
        try (DeskContext ctx = DeskContext.open(dir)) {
            ctx.setup().setup(new SetupService.SetupRequest("Xã Bench", "000.00.01.H22", 1, null, null, null,
                    "admin", "Quản trị", "bench-password"), false);
        }
        return dir;
    }

    /** The folder to benchmark in: {@code keep} (set up if it holds no database yet) or a fresh temporary desk. */
    static Path benchDesk(Path keep) throws java.io.IOException {
        if (keep == null) {
            return freshDesk();
        }
        if (!Files.exists(keep.resolve(DeskContext.DATABASE_FILE))) {
            if (Files.exists(keep)) {
                deleteTree(keep);
            }
            Files.createDirectories(keep.toAbsolutePath().getParent());
            Files.move(freshDesk(), keep);
        }
        return keep;
    }

    /** Generates dossiers until the desk holds {@code n}. */
    static void fillTo(DeskContext ctx, int n) {
        int have = ctx.database().read(c -> new DossierRepository().count(c));
        if (have < n) {
            generate(ctx, n - have);
        }
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static Timing percentiles(double[] ms) {
        Arrays.sort(ms);
        return new Timing(round(ms[ms.length / 2]), round(ms[(int) Math.ceil(ms.length * 0.95) - 1]),
                round(ms[ms.length - 1]));
    }

    static void printJson(CommandSpec spec, Object value) throws java.io.IOException {
        spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /** What is measured over a generated desk. */
    @FunctionalInterface
    interface DeskWork {
        void measure(DeskContext ctx, int runs, Map<String, Object> out) throws Exception;
    }

    /** The options of the benchmarks over a big generated desk ({@code bench report}, {@code bench dashboard}). */
    static final class BigDesk {
        @Option(names = "--dossiers", defaultValue = "1000000")
        int dossiers;
        @Option(names = "--runs", defaultValue = "30")
        int runs;
        @Option(names = "--data-dir-keep", description = "reuse/keep this folder (skips generation when it has data)")
        Path keep;

        /** Fills the desk to N dossiers, runs {@code work}, prints its figures as JSON, removes a temporary desk. */
        int run(CommandSpec spec, DeskWork work) throws Exception {
            Path dir = benchDesk(keep);
            try (DeskContext ctx = DeskContext.open(dir)) {
                long t0 = System.nanoTime();
                fillTo(ctx, dossiers);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dossiers", ctx.database().read(c -> new DossierRepository().count(c)));
                out.put("generateSeconds", round((System.nanoTime() - t0) / 1e9));
                work.measure(ctx, runs, out);
                printJson(spec, out);
            } finally {
                if (keep == null) {
                    deleteTree(dir);
                }
            }
            return 0;
        }
    }

    @Command(name = "report", description = "Generate N dossiers and time the period report (Biểu II.06a) for a "
            + "quarter and for a year.")
    static final class Report implements Callable<Integer> {
        /** The periods timed: a quarter and a year. */
        static final List<Period> PERIODS = List.of(
                new Period(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 6, 30)),
                new Period(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)));

        @Spec
        CommandSpec spec;
        @Mixin
        BigDesk desk;

        @Override
        public Integer call() throws Exception {
            return desk.run(spec, (ctx, runs, out) -> {
                for (Period p : PERIODS) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("period", p.textVi());
                    m.putAll(time(ctx, p, runs).asMap());
                    out.put("periodReport " + p.from() + ".." + p.to(), m);
                }
            });
        }

        /** Times the period report for {@code p} after 3 untimed runs. */
        static Timing time(DeskContext ctx, Period p, int runs) throws Exception {
            return BenchCommand.time(3, runs, () -> ctx.database().read(c -> PeriodReport.compute(c, p)));
        }
    }

    @Command(name = "register", description = {"Time registrations on a fresh temporary desk at synchronous=FULL (as the "
            + "desk runs) and then at NORMAL on the same desk: the difference is what FULL costs.",
        "Prints p50 / p95 / max in milliseconds for both (target p95 ≤ 10 ms at FULL)."})
    static final class Register implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--runs", defaultValue = "200", description = "timed registrations per setting")
        int runs;

        @Override
        public Integer call() throws Exception {
            Path dir = freshDesk();
            try (DeskContext ctx = DeskContext.open(dir)) {
                Timing[] both = fullAndNormal(ctx, ctx.accounts().firstAdmin().orElseThrow(), runs);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("runs", runs);
                out.put("synchronousFull", both[0].asMap());
                out.put("synchronousNormal", both[1].asMap());
                printJson(spec, out);
            } finally {
                deleteTree(dir);
            }
            return 0;
        }

        /**
         * Times {@code runs} registrations (after up to 20 untimed) at FULL, then as many at NORMAL on the same desk
         * (the writer connection switched for the comparison and switched back); returns {FULL, NORMAL}.
         */
        static Timing[] fullAndNormal(DeskContext ctx, vn.motcua.domain.account.Actor admin, int runs)
                throws Exception {
            // the procedure is chosen once, as the register form has it before F9: the timed call is the registration
            String procedure = ReceiptBench.firstProcedure(ctx);
            Timing full = time(Math.min(20, runs), runs, () -> ReceiptBench.register(ctx, admin, procedure));
            ctx.database().writerSynchronous(false);
            try {
                Timing normal = time(Math.min(20, runs), runs, () -> ReceiptBench.register(ctx, admin, procedure));
                return new Timing[] {full, normal};
            } finally {
                ctx.database().writerSynchronous(true);
            }
        }
    }

    @Command(name = "jsonl", description = {"Time `register --jsonl` on a fresh temporary desk over N generated lines "
            + "(the suite's row, alone), optionally with --group; --input-out keeps the generated lines.",
        "Prints lines, seconds and dossiers/s (target ≥ 2,000/s)."})
    static final class Jsonl implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--lines", defaultValue = "20000")
        int lines;
        @Option(names = "--group", defaultValue = "200", description = "passed to register --jsonl")
        int group;
        @Option(names = "--input-out", paramLabel = "FILE", description = "also write the generated lines here")
        Path inputOut;

        @Override
        public Integer call() throws Exception {
            Map<String, Object> m = measure(lines, group, inputOut);
            printJson(spec, m);
            return (Integer) m.get("exit");
        }

        /**
         * Runs the real {@code register --jsonl} in process over {@code lines} generated lines on a fresh desk
         * (opening the database included); lines, group, exit, registered, seconds, perSecond, the error output.
         */
        static Map<String, Object> measure(int lines, int group, Path inputOut) throws Exception {
            Path dir = freshDesk();
            try {
                List<String> codes;
                try (DeskContext ctx = DeskContext.open(dir)) {
                    codes = ctx.catalog().list(true).stream().map(Procedure::code).toList();
                }
                String text = SampleDossiers.registrationLines(42, codes, lines);
                Path input = dir.resolve("bench.jsonl");
                Files.writeString(input, text);
                if (inputOut != null) {
                    Files.writeString(inputOut, text);
                }
                java.io.StringWriter out = new java.io.StringWriter();
                java.io.StringWriter err = new java.io.StringWriter();
                long t0 = System.nanoTime();
                int exit = MotCuaCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(
                        "--data-dir", dir.toString(), "register", "--jsonl", input.toString(), "--group",
                        String.valueOf(group));
                double seconds = (System.nanoTime() - t0) / 1e9;
                long ok = out.toString().lines().filter(l -> l.contains("\"ok\":true")).count();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("lines", lines);
                m.put("group", group);
                m.put("exit", exit);
                m.put("registered", ok);
                m.put("seconds", round(seconds));
                m.put("perSecond", round(lines / seconds));
                m.put("errors", err.toString());
                return m;
            } finally {
                deleteTree(dir);
            }
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
