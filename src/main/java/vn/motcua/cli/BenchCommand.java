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
        subcommands = {BenchCommand.Search.class, ReceiptCommand.Bench.class})
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
            Path dir = Files.createTempDirectory("motcua-bench-");
            try (DeskContext ctx = DeskContext.open(dir)) {
                ctx.setup().setup(new SetupService.SetupRequest("Xã Bench", "000.00.01.H22", 1, null, null, null,
                        "admin", "Quản trị", "bench-password"), false);
                List<Procedure> procedures = ctx.catalog().list(true);
                SampleDossiers gen = new SampleDossiers(42, procedures, "000.00.01.H22", 1);
                DossierRepository repo = new DossierRepository();
                long t0 = System.nanoTime();
                int batch = 5000;
                for (int start = 0; start < dossiers; start += batch) {
                    int from = start;
                    int to = Math.min(dossiers, start + batch);
                    LocalDateTime now = LocalDateTime.now(ctx.clock());
                    ctx.database().write(c -> {
                        for (int i = from; i < to; i++) {
                            repo.insert(c, gen.next(i), now);
                        }
                        return null;
                    });
                }
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
            Arrays.sort(ms);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("query", q);
            m.put("hits", hits);
            m.put("medianMs", round(ms[ms.length / 2]));
            m.put("p95Ms", round(ms[(int) Math.ceil(ms.length * 0.95) - 1]));
            m.put("maxMs", round(ms[ms.length - 1]));
            return m;
        }

        private static double round(double v) {
            return Math.round(v * 100) / 100.0;
        }

        private static void deleteTree(Path dir) throws java.io.IOException {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
