package vn.motcua.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskContext;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.SetupService;
import vn.motcua.store.Database;
import vn.motcua.store.Json;

/**
 * Crash-consistency harness: a child JVM registers and transitions dossiers and is killed with SIGKILL at random
 * moments; after each kill the database must be sound and hold everything the child reported done.
 */
@Command(name = "crashtest", description = {"Kill a child JVM that registers and transitions dossiers at random "
        + "moments (SIGKILL), then check: integrity_check ok, every acknowledged dossier present, codes unique and "
        + "never reused, outbox matches the dossiers. Prints the seed so a failure can be replayed."},
        subcommands = {CrashCommand.Worker.class})
final class CrashCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--runs", defaultValue = "200")
    int runs;
    @Option(names = "--seed", description = "random seed (default: time)")
    Long seed;
    @Option(names = "--max-delay-ms", defaultValue = "2500")
    int maxDelayMs;

    @Override
    public Integer call() throws Exception {
        long s = seed != null ? seed : System.nanoTime();
        Result r = run(runs, s, maxDelayMs, Files.createTempDirectory("motcua-crash-"));
        spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return r.failures().isEmpty() ? 0 : 1;
    }

    /** The outcome of a harness run. */
    record Result(long seed, int runs, int acknowledged, int dossiers, List<String> failures) {
    }

    static Result run(int runs, long seed, int maxDelayMs, Path dir) throws Exception {
        Random random = new Random(seed);
        try (DeskContext ctx = DeskContext.open(dir)) {
            ctx.setup().setup(new SetupService.SetupRequest("Xã Thử Nghiệm", "000.00.01.H22", 1, null, null, null,
                    "admin", "Quản trị", "crash-test-password"), false);
        }
        Set<String> acknowledged = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs && failures.isEmpty(); i++) {
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    "-Dlogback.configurationFile=none", BenchMain.class.getName(), "--data-dir", dir.toString(),
                    "crashtest", "worker", "--seed", String.valueOf(random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> acks = new ArrayList<>();
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        synchronized (acks) {
                            acks.add(line);
                        }
                        if (line.startsWith("registered ")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed mid-line: what was read stays
                } finally {
                    ready.countDown();
                }
            });
            reader.start();
            // kill at a random moment once the child is working: after its first acknowledged registration, so
            // that a slow start (JVM, class loading, JIT on a loaded machine) is not what we test
            if (!ready.await(120, TimeUnit.SECONDS)) {
                failures.add("run " + i + ": the worker registered nothing within 120 s");
            }
            Thread.sleep(random.nextInt(Math.max(1, maxDelayMs)));
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            synchronized (acks) {
                for (String a : acks) {
                    if (a.startsWith("registered ")) {
                        acknowledged.add(a.substring(11).trim());
                    }
                }
            }
            failures.addAll(check(dir, acknowledged, i));
        }
        int dossiers;
        try (DeskContext ctx = DeskContext.open(dir)) {
            dossiers = ctx.database().read(c -> count(c, "SELECT count(*) FROM dossier"));
        }
        return new Result(seed, runs, acknowledged.size(), dossiers, failures);
    }

    private static List<String> check(Path dir, Set<String> acknowledged, int run) {
        List<String> f = new ArrayList<>();
        String integrity = Database.integrityCheck(dir.resolve(DeskContext.DATABASE_FILE));
        if (!"ok".equals(integrity)) {
            f.add("run " + run + ": integrity_check: " + integrity);
            return f;
        }
        try (DeskContext ctx = DeskContext.open(dir)) {
            ctx.database().read(c -> {
                for (String code : acknowledged) {
                    try (var ps = c.prepareStatement("SELECT count(*) FROM dossier WHERE code = ?")) {
                        ps.setString(1, code);
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) != 1) {
                                f.add("run " + run + ": acknowledged dossier " + code + " is missing");
                            }
                        }
                    }
                }
                int orphanEvents = count(c, "SELECT count(*) FROM outbox o WHERE NOT EXISTS "
                        + "(SELECT 1 FROM dossier d WHERE d.id = o.dossier_id)");
                int withoutEvents = count(c, "SELECT count(*) FROM dossier d WHERE NOT EXISTS "
                        + "(SELECT 1 FROM outbox o WHERE o.dossier_id = d.id AND o.type = 'DOSSIER_RECEIVED')");
                int mismatch = count(c, "SELECT count(*) FROM dossier d WHERE (SELECT count(*) FROM progress p "
                        + "WHERE p.dossier_id = d.id) <> (SELECT count(*) FROM outbox o WHERE o.dossier_id = d.id)");
                int notIndexed = count(c, "SELECT count(*) FROM dossier d WHERE NOT EXISTS "
                        + "(SELECT 1 FROM dossier_search s WHERE s.rowid = d.rowid)");
                int reused = count(c, "SELECT count(*) FROM dossier d JOIN code_sequence q ON q.desk_no = d.desk_no "
                        + "AND q.day = '20' || substr(d.code, 15, 2) || '-' || substr(d.code, 17, 2) || '-' "
                        + "|| substr(d.code, 19, 2) WHERE CAST(substr(d.code, 22, 4) AS INTEGER) > q.last");
                if (orphanEvents + withoutEvents + mismatch + notIndexed + reused > 0) {
                    f.add("run " + run + ": orphan events " + orphanEvents + ", dossiers without event "
                            + withoutEvents + ", progress/outbox mismatches " + mismatch + ", not indexed "
                            + notIndexed + ", codes above the sequence " + reused);
                }
                return null;
            });
        }
        return f;
    }

    private static int count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Command(name = "worker", hidden = true, description = "The child of the crash harness (prints acknowledgements).")
    static final class Worker extends DeskCommand {
        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            Random random = new Random(seed);
            Actor admin = ctx.accounts().firstAdmin().orElseThrow();
            var out = spec.commandLine().getOut();
            List<String> mine = new ArrayList<>();
            LocalDateTime base = LocalDateTime.of(2026, 3, 2, 8, 0);
            out.println("ready");
            out.flush();
            while (true) {
                if (!mine.isEmpty() && random.nextInt(3) == 0) {
                    String code = mine.get(random.nextInt(mine.size()));
                    try {
                        ctx.dossiers().apply(code, DossierAction.TRANSFER, admin, null, null, null);
                    } catch (RuntimeException refused) {
                        mine.remove(code);
                    }
                    continue;
                }
                LocalDateTime at = base.plusMinutes(random.nextInt(60 * 24 * 20));
                var r = ctx.registration().register(new RegistrationRequest("1.004873", null, null,
                        at.toString(), new RegistrationRequest.Person("Nguyễn Văn Thử", "038095001234", null,
                        "0912345678", null, null), null, null, null, null, null), admin);
                mine.add(r.dossier().code());
                out.println("registered " + r.dossier().code());
                out.flush();
            }
        }
    }
}
