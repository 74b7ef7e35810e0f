package vn.motcua.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench central}: only the central server's rows of the suite (issue 18) — ingest vs raw JDBC (SQLite, and
 * PostgreSQL with {@code --pg}) and the pull with many desks — at the suite's full sizes unless told otherwise, as
 * often as asked (on a shared machine one run says little; medians of several do).
 */
@Command(name = "central", description = {"The central rows of the suite only: ingest vs raw JDBC (SQLite, and "
        + "PostgreSQL with --pg) and pull with N desks (issue 18). Full sizes unless told otherwise."})
final class CentralRowsBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--events", description = "ingest events (default 50,000)")
    int events = BenchSuite.Sizes.FULL.ingestEvents();
    @Option(names = "--dossiers", description = "dossiers stored before the pulls (default 100,000)")
    int dossiers = BenchSuite.Sizes.FULL.centralDossiers();
    @Option(names = "--desks", description = "desks pulling (default 1,000)")
    int desks = BenchSuite.Sizes.FULL.desks();
    @Option(names = "--pulls", description = "pull requests (default 20,000)")
    int pulls = BenchSuite.Sizes.FULL.pullRequests();
    @Option(names = "--only", description = "ingest or pull (default both)")
    String only;
    @Option(names = "--repeat", description = "run the rows this many times (default 1)")
    int repeat = 1;
    @Option(names = "--pg", paramLabel = "URL", description = "also measure ingest on this PostgreSQL. Default: env "
            + "MOTCUA_TEST_PG_URL", defaultValue = "${env:MOTCUA_TEST_PG_URL}")
    String pg;
    @Option(names = "--json", paramLabel = "FILE", description = "also write the figures to FILE as JSON")
    Path json;

    @Override
    public Integer call() throws Exception {
        BenchSuite.Sizes f = BenchSuite.Sizes.FULL;
        boolean full = events == f.ingestEvents() && dossiers == f.centralDossiers() && desks == f.desks()
                && pulls == f.pullRequests();
        BenchSuite.Sizes sizes = full ? f : new BenchSuite.Sizes("central", f.dossiers(), f.searchRuns(), f.runs(),
                f.registerRuns(), f.receiptWarmup(), f.syncEvents(), events, dossiers, f.offices(), desks, pulls,
                f.pullThreads(), f.frameRuns(), f.jsonlLines());
        PrintWriter err = spec.commandLine().getErr();
        BenchSuite.Result r = new BenchSuite(sizes, line -> {
            err.println(line);
            err.flush();
        }).centralOnly(pg == null || pg.isBlank() ? null : pg.trim(), only == null || only.equals("ingest"),
                only == null || only.equals("pull"), repeat);
        spec.commandLine().getOut().print(r.table().render());
        spec.commandLine().getOut().flush();
        if (json != null) {
            vn.motcua.store.Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), r.figures());
        }
        return r.table().anyFailed() ? 1 : 0;
    }
}
