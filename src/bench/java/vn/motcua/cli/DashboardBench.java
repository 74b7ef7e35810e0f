package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DashboardService;
import vn.motcua.service.DeskContext;

/** {@code bench dashboard}: the supervisor's figures (and the overdue list) over N generated dossiers. */
@Command(name = "dashboard", description = "Generate N dossiers (the bench generator) and time the supervisor's "
        + "figures and the overdue list. Prints median / p95 / max in milliseconds.")
final class DashboardBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    BenchCommand.BigDesk desk;

    @Override
    public Integer call() throws Exception {
        return desk.run(spec, (ctx, runs, out) -> {
            Actor admin = ctx.accounts().firstAdmin().orElseThrow();
            Map<String, Object> figures = new LinkedHashMap<>();
            ctx.dashboard().figures(admin).total().counts().forEach((k, v) -> figures.put(k.name(), v));
            out.put("figures", figures);
            out.put("figuresMs", figures(ctx, admin, runs).asMap());
            out.put("overdueListMs", overdueList(ctx, admin, runs).asMap());
        });
    }

    /** Times the dashboard's figures after 3 untimed runs. */
    static BenchCommand.Timing figures(DeskContext ctx, Actor admin, int runs) throws Exception {
        return BenchCommand.time(3, runs, () -> ctx.dashboard().figures(admin));
    }

    /** Times the overdue list (at most {@value DashboardService#LIST_LIMIT} lines). */
    static BenchCommand.Timing overdueList(DeskContext ctx, Actor admin, int runs) throws Exception {
        return BenchCommand.time(0, runs, () -> ctx.dashboard().list(admin, DashboardService.Figure.OVERDUE,
                DashboardService.DEFAULT_WAITING_DAYS));
    }
}
