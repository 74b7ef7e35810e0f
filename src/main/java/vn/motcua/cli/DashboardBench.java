package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DeskContext;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;

/** {@code bench dashboard}: the supervisor's figures (and the overdue list) over N generated dossiers. */
@Command(name = "dashboard", description = "Generate N dossiers (the bench generator) and time the supervisor's "
        + "figures and the overdue list. Prints median / p95 / max in milliseconds.")
final class DashboardBench implements Callable<Integer> {
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
        Path dir = BenchCommand.benchDesk(keep);
        try {
            try (DeskContext ctx = DeskContext.open(dir)) {
                long t0 = System.nanoTime();
                BenchCommand.fillTo(ctx, dossiers);
                Actor admin = ctx.accounts().firstAdmin().orElseThrow();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("dossiers", ctx.database().read(c -> new DossierRepository().count(c)));
                out.put("generateSeconds", BenchCommand.round((System.nanoTime() - t0) / 1e9));
                DashboardService.Figures last = null;
                for (int i = 0; i < 3; i++) {
                    last = ctx.dashboard().figures(admin);
                }
                double[] ms = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    last = ctx.dashboard().figures(admin);
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                Map<String, Object> figures = new LinkedHashMap<>();
                last.total().counts().forEach((k, v) -> figures.put(k.name(), v));
                out.put("figures", figures);
                out.put("figuresMs", BenchCommand.percentiles(ms));
                double[] list = new double[runs];
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    ctx.dashboard().list(admin, DashboardService.Figure.OVERDUE, DashboardService.DEFAULT_WAITING_DAYS);
                    list[i] = (System.nanoTime() - t) / 1e6;
                }
                out.put("overdueListMs", BenchCommand.percentiles(list));
                spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(out));
            }
        } finally {
            if (keep == null) {
                BenchCommand.deleteTree(dir);
            }
        }
        return 0;
    }
}
