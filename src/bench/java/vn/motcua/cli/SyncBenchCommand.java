package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.store.Json;

/** {@code sync bench} (test rig, in the bench jar only; decision 0015). */
@Command(name = "bench", description = "A desk back after a week offline with N pending events syncs against an "
        + "in-process local server; prints the time (target: 10,000 events in ≤ 10 s).")
final class SyncBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--events", defaultValue = "10000")
    int events;

    @Override
    public Integer call() throws Exception {
        Path dir = SyncHarness.tempDir("motcua-sync-bench");
        var r = SyncHarness.bench(dir, events);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", r.events());
        out.put("syncMillis", r.syncMillis());
        out.put("withinTarget", r.syncMillis() <= 10_000 && r.report().ok() && r.report().pending() == 0);
        out.put("report", r.report());
        spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return 0;
    }
}
