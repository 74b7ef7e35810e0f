package vn.motcua.cli;

import java.nio.file.Files;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;

/** {@code central figures bench} (test rig, {@code bench/run}): times the province overview over generated data. */
@Command(name = "bench", description = {"Time the overview over N communes and M dossiers generated straight into "
    + "the figure tables (bulk SQL). Target: under 300 ms.",
    "Default: a new SQLite file in a temporary folder; --db jdbc:postgresql://... for PostgreSQL (it must be an "
        + "EMPTY database or schema: the bench adds offices, desks and figures)."})
final class FiguresBenchCommand extends CentralCommand.Base {
    @Option(names = "--communes", defaultValue = "50", description = "communes (50)")
    int communes;
    @Option(names = "--dossiers", defaultValue = "200000", description = "dossiers over two years (200000)")
    long dossiers;
    @Option(names = "--runs", defaultValue = "15", description = "timed runs per query (15)")
    int runs;

    @Override
    CentralConfig config() throws Exception {
        if (db.url == null || db.url.isBlank()) {
            db.url = "jdbc:sqlite:" + Files.createTempDirectory("motcua-figures-bench-").resolve("central.db");
        }
        return super.config();
    }

    @Override
    Integer execute(CentralContext ctx, CentralConfig cfg) throws Exception {
        if (communes < 1 || communes > 99_999 || dossiers < 1 || runs < 1) {
            throw new UserInputException("--communes must be 1-99999, --dossiers and --runs at least 1");
        }
        boolean empty = ctx.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM office")) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
        if (!empty) {
            throw new UserInputException("the bench needs an empty database (this one has offices)");
        }
        var f = new vn.motcua.central.bench.FiguresBench(ctx.database(), line -> {
            spec.commandLine().getErr().println(line);
            spec.commandLine().getErr().flush();
        }).run(communes, dossiers, runs);
        printJson(f);
        return 0;
    }
}
