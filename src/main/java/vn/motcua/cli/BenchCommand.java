package vn.motcua.cli;

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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.service.DeskContext;
import vn.motcua.service.SetupService;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;

@Command(name = "bench", description = "Benchmarks that print figures (medians and percentiles).",
        subcommands = {BenchCommand.Search.class, BenchCommand.Report.class, ReceiptCommand.Bench.class,
            DashboardBench.class})
final class BenchCommand {

    @Command(name = "search", description = {"Generate N dossiers in a fresh temporary data folder and time "
            + "searches such as \"nguyen van duc\" (folded, diacritics-insensitive).",
        "Prints insert rate and search latency median / p95 / max in milliseconds."})
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--dossiers", defaultValue = "100000")
        int dossiers;
        @Option(names = "--queries", defaultValue = "300", description = "timed searches per query text")
        int queries;

        @Override
        public Integer call() throws Exception {
            Path dir = freshDesk();
            try (DeskContext ctx = DeskContext.open(dir)) {
                long t0 = System.nanoTime();
                generate(ctx, dossiers);
                double insertSeconds = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dossiers", dossiers);
                out.put("insertSeconds", round(insertSeconds));
                out.put("insertPerSecond", Math.round(dossiers / insertSeconds));
                List<Map<String, Object>> results = new ArrayList<>();
                for (String q : List.of("nguyen van duc", "Nguyễn Văn Đức", "dang thi", "038", "khai sinh tran")) {
                    results.add(time(ctx, q));
                }
                out.put("searches", results);
                out.put("dbFileMiB", round(Files.size(ctx.database().file()) / 1048576.0));
                spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(out));
            } finally {
                deleteTree(dir);
            }
            return 0;
        }

        private Map<String, Object> time(DeskContext ctx, String q) {
            for (int i = 0; i < 20; i++) {
                ctx.dossiers().search(q, 50); // warm-up
            }
            double[] ms = new double[queries];
            int hits = 0;
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                hits = ctx.dossiers().search(q, 50).size();
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", q);
            m.put("hits", hits);
            m.putAll(percentiles(ms));
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

    static Map<String, Object> percentiles(double[] ms) {
        Arrays.sort(ms);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("medianMs", round(ms[ms.length / 2]));
        m.put("p95Ms", round(ms[(int) Math.ceil(ms.length * 0.95) - 1]));
        m.put("maxMs", round(ms[ms.length - 1]));
        return m;
    }

    @Command(name = "report", description = "Generate N dossiers and time the period report (Biểu II.06a) for a "
            + "quarter and for a year.")
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--dossiers", defaultValue = "1000000")
        int dossiers;
        @Option(names = "--runs", defaultValue = "30")
        int runs;
        @Option(names = "--data-dir-keep", description = "reuse/keep this folder (skips generation when it has data)")
        Path keep;

        @Override
        public Integer call() throws Exception {
            Path dir = benchDesk(keep);
            try {
                try (DeskContext ctx = DeskContext.open(dir)) {
                    long t0 = System.nanoTime();
                    fillTo(ctx, dossiers);
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("dossiers", ctx.database().read(c -> new DossierRepository().count(c)));
                    out.put("generateSeconds", round((System.nanoTime() - t0) / 1e9));
                    for (var p : List.of(new vn.motcua.report.Period(java.time.LocalDate.of(2026, 4, 1),
                            java.time.LocalDate.of(2026, 6, 30)), new vn.motcua.report.Period(
                            java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31)))) {
                        for (int i = 0; i < 3; i++) {
                            ctx.database().read(c -> vn.motcua.report.PeriodReport.compute(c, p));
                        }
                        double[] ms = new double[runs];
                        for (int i = 0; i < runs; i++) {
                            long t = System.nanoTime();
                            ctx.database().read(c -> vn.motcua.report.PeriodReport.compute(c, p));
                            ms[i] = (System.nanoTime() - t) / 1e6;
                        }
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("period", p.textVi());
                        m.putAll(percentiles(ms));
                        out.put("periodReport " + p.from() + ".." + p.to(), m);
                    }
                    spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                            .writeValueAsString(out));
                }
            } finally {
                if (keep == null) {
                    deleteTree(dir);
                }
            }
            return 0;
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
