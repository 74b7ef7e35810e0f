package vn.motcua.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.store.Json;

/** {@code sync soak} (test rig, in the bench jar only; decision 0015). */
@Command(name = "soak", description = "Long fault-injection run: an in-process central server, a seeded faulty "
        + "proxy, three desks in temporary folders; checks that all converge.")
final class SyncSoakCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--dossiers", defaultValue = "5000")
    int dossiers;
    @Option(names = "--seed", description = "replay a run (default: random, printed)")
    Long seed;
    @Option(names = "--fault-rate", defaultValue = "0.3")
    double faultRate;

    @Override
    public Integer call() throws Exception {
        long s = seed != null ? seed : System.nanoTime();
        spec.commandLine().getErr().println("sync soak: seed " + s + ", " + dossiers + " dossiers");
        Path dir = SyncHarness.tempDir("motcua-soak");
        var r = SyncHarness.soak(dir, dossiers, s, faultRate);
        spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return r.mismatches().isEmpty() ? 0 : 1;
    }
}
