package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.bench.CentralBench;
import vn.motcua.central.http.CentralServer;

/** {@code central bench} (test rig, in the bench jar only; decision 0015). */
@Command(name = "bench", description = {"Benchmark a fresh central database through real HTTP: push ingest "
    + "(events/s) and pull latency (median, p99) with N dossiers stored.",
    "Default: a new SQLite file in a temporary folder; --db jdbc:postgresql://... for PostgreSQL (it must be "
        + "an EMPTY database: the bench adds offices and dossiers)."})
final class CentralBenchCommand extends CentralCommand.Base {
    @Option(names = "--dossiers", defaultValue = "100000", description = "dossiers stored before timing pulls")
    int dossiers;
    @Option(names = "--events", defaultValue = "50000", description = "events pushed for the ingest figure")
    int events;
    @Option(names = "--offices", defaultValue = "200", description = "offices the dossiers are spread over")
    int offices;
    @Option(names = "--pulls", defaultValue = "2000", description = "timed pulls")
    int pulls;

    @Override
    CentralConfig config() throws Exception {
        if (db.url == null || db.url.isBlank()) {
            Path dir = Files.createTempDirectory("motcua-central-bench-");
            db.url = "jdbc:sqlite:" + dir.resolve("central.db");
        }
        return super.config().withHost("127.0.0.1").withPort(0);
    }

    @Override
    Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
        if (dossiers < 0 || events < 0 || offices < 1 || pulls < 1) {
            throw new UserInputException("--dossiers/--events must be >= 0, --offices/--pulls >= 1");
        }
        var limits = new CentralConfig.RateLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000);
        try (CentralServer server = CentralServer.start(ctx, cfg.withLimits(limits))) {
            CentralBench.Figures f = new CentralBench(ctx, server.baseUrl(), line -> {
                spec.commandLine().getErr().println(line);
                spec.commandLine().getErr().flush();
            }).run(events, dossiers, offices, pulls);
            printJson(f);
        }
        return 0;
    }
}
