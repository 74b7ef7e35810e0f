package vn.motcua.central.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import vn.motcua.central.CentralContext;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.portal.PortalOutbox;
import vn.motcua.central.province.FigureUpdates;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * Measures a running server through real HTTP: push ingest rate (several desks of different offices pushing
 * 500-event batches at once: receive, transfer, finish, hand over) and pull latency with many dossiers stored
 * (bulk-loaded straight into the database, spread over the offices; pulls of 100 changes at random cursors).
 */
public final class CentralBench {
    private static final int BATCH = 500;
    private static final int PUSHING_DESKS = 4;
    private static final int PAGE = 100;

    /** The figures printed by {@code motcua central bench}. */
    public record Figures(String database, int offices, long dossiersStored, double bulkLoadSeconds,
                          int eventsPushed, int pushingDesks, int batchSize, double pushSeconds,
                          double eventsPerSecond, int pulls, int pullPageSize, long pullOfficeDossiers,
                          double pullMedianMs, double pullP95Ms, double pullP99Ms, double pullMaxMs) {
    }

    private final CentralContext ctx;
    private final String base;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public CentralBench(CentralContext ctx, String baseUrl, Consumer<String> progress) {
        this.ctx = ctx;
        this.base = baseUrl;
        this.progress = progress;
    }

    public Figures run(int events, int dossiers, int offices, int pulls) throws Exception {
        List<String> codes = addOffices(ctx, offices);
        double loadSeconds = load(codes, dossiers);
        int pushing = Math.min(PUSHING_DESKS, offices);
        int pushed = events / pushing * pushing;
        double pushSeconds = pushIngest(codes, pushed);

        String pullOffice = codes.get(codes.size() - 1);
        String pullToken = enroll(pullOffice, 8).deviceToken();
        long maxSeq = ctx.admin().offices().stream().filter(o -> o.code().equals(pullOffice)).findFirst()
                .orElseThrow().changeSeq();
        double[] ms = pull(pullToken, maxSeq, pulls);
        Arrays.sort(ms);
        return new Figures(ctx.database().dialect().name().toLowerCase(Locale.ROOT), offices, dossiers, loadSeconds,
                pushed, pushing, BATCH, pushSeconds, pushed / pushSeconds, pulls, PAGE, maxSeq, pct(ms, 50),
                pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
    }

    /** Adds {@code n} offices (000.00.00.H22, 000.00.01.H22, …) to a central database; returns their codes. */
    public static List<String> addOffices(CentralContext central, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = String.format(Locale.ROOT, "000.%02d.%02d.H22", i / 100, i % 100);
            central.admin().addOffice(code, "Xã Thử Nghiệm " + (i + 1), true);
            codes.add(code);
        }
        return codes;
    }

    /** Bulk-loads {@code dossiers} spread over {@code offices} straight into the database; returns the seconds. */
    public double load(List<String> offices, int dossiers) {
        long t0 = System.nanoTime();
        bulkLoad(offices, dossiers);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        progress.accept(String.format(Locale.ROOT, "loaded %d dossiers in %.1f s", dossiers, loadSeconds));
        return loadSeconds;
    }

    /**
     * Pushes {@code events} (receive, transfer, finish, hand over per dossier) from up to four desks of the first
     * offices at once through HTTP; returns the seconds the pushes took.
     */
    public double pushIngest(List<String> offices, int events) throws Exception {
        return pushIngestTimed(offices, events).seconds();
    }

    /** Wall-clock seconds and this JVM's CPU seconds (all threads) of the timed part only. */
    public record Timed(double seconds, double cpuSeconds) {
    }

    /** CPU time of this JVM so far, all threads (0 where the platform does not say). */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /** {@link #pushIngest}, also giving the CPU the timed pushes took (server and bench clients: one JVM). */
    public Timed pushIngestTimed(List<String> offices, int events) throws Exception {
        int pushing = Math.min(PUSHING_DESKS, offices.size());
        List<List<byte[]>> bodies = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int perDesk = events / pushing;
        for (int d = 0; d < pushing; d++) {
            tokens.add(enroll(offices.get(d), 9).deviceToken());
            List<byte[]> mine = new ArrayList<>();
            for (List<PushEvent> part : batches(offices.get(d), perDesk, 1000 + d)) {
                mine.add(WireJson.mapper().writeValueAsBytes(new PushBatch(WireJson.PROTOCOL, part)));
            }
            bodies.add(mine);
        }
        progress.accept("pushing " + perDesk * pushing + " events from " + pushing + " desks");
        long cpu0 = cpuNanos();
        double seconds = push(bodies, tokens);
        return new Timed(seconds, (cpuNanos() - cpu0) / 1e9);
    }

    /**
     * The floor under {@link #pushIngest}: the rows a push of the same events stores (one sync_event and one progress
     * row per event, the dossier's latest state once per batch) written by plain JDBC batches, one transaction per
     * 500 events, into {@code fresh} (an empty database of the same schema) — no HTTP, JSON parsing or judging.
     * Returns the seconds the writes took.
     */
    public static double rawIngest(CentralContext fresh, List<String> offices, int events) throws Exception {
        return rawIngestTimed(fresh, offices, events).seconds();
    }

    /** {@link #rawIngest}, also giving the CPU the timed writes took. */
    public static Timed rawIngestTimed(CentralContext fresh, List<String> offices, int events) throws Exception {
        return rawIngestTimed(fresh, offices, events, false);
    }

    /**
     * {@link #rawIngestTimed(CentralContext, List, int)}; with {@code sameRows} the baseline also writes the other rows
     * the push writes in its transaction (decision 0031): one portal outbox row per event carrying the dossier JSON
     * already built for its dossier row (as the push's outbox reuses it), and the province figure rows of the batch's
     * dossiers, worked out before the timing from the same JSON (as the other rows' values are taken from the prepared
     * events). What stays out is the service: HTTP, reading and checking JSON, judging, and the queries the push
     * makes to judge and to count.
     */
    public static Timed rawIngestTimed(CentralContext fresh, List<String> offices, int events, boolean sameRows)
            throws Exception {
        int writers = Math.min(PUSHING_DESKS, offices.size());
        int perDesk = events / writers;
        List<List<List<PushEvent>>> all = new ArrayList<>();
        List<List<FigureUpdates.Rows>> figures = new ArrayList<>();
        List<String> deviceIds = new ArrayList<>();
        for (int d = 0; d < writers; d++) {
            var code = fresh.enrollment().issue(offices.get(d), 9, Duration.ofHours(1));
            deviceIds.add(fresh.enrollment().enroll(new EnrollRequest(WireJson.PROTOCOL, code.enrollmentCode(),
                    Secrets.randomToken(32), "bench", "bench")).deviceId());
            List<List<PushEvent>> mine = batches(offices.get(d), perDesk, 1000 + d);
            all.add(mine);
            List<FigureUpdates.Rows> rows = new ArrayList<>();
            for (List<PushEvent> part : mine) {
                Map<String, FigureUpdates.NewDossier> latest = new java.util.LinkedHashMap<>();
                for (PushEvent e : part) {
                    var j = e.payload().get("dossier");
                    latest.put(e.dossierId().toString(), new FigureUpdates.NewDossier(offices.get(d),
                            DossierStatus.valueOf(j.get("status").asText()).code(), j));
                }
                rows.add(sameRows ? FigureUpdates.rowsOfNew(latest) : null);
            }
            figures.add(rows);
        }
        DossierRepository repo = new DossierRepository();
        long[] seq = new long[writers];
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        for (int b = 0; b < all.get(0).size(); b++) {
            for (int d = 0; d < writers; d++) {
                List<PushEvent> part = all.get(d).get(b);
                FigureUpdates.Rows figureRows = figures.get(d).get(b);
                String device = deviceIds.get(d);
                String office = offices.get(d);
                int desk = d;
                fresh.database().write(c -> {
                    Instant now = Instant.now();
                    List<DossierRepository.EventRow> events1 = new ArrayList<>();
                    List<DossierRepository.ProgressRow> progress1 = new ArrayList<>();
                    Map<String, DossierRow> latest = new java.util.LinkedHashMap<>();
                    for (PushEvent e : part) {
                        var j = e.payload().get("dossier");
                        var p = e.payload().get("progress");
                        int status = DossierStatus.valueOf(j.get("status").asText()).code();
                        String id = e.dossierId().toString();
                        String action = e.payload().path("action").asText(null);
                        events1.add(new DossierRepository.EventRow(e.eventId().toString(), device, e.deviceSeq(),
                                e.type(), id, e.occurredAt().toString(), now, action));
                        progress1.add(new DossierRepository.ProgressRow(id, j.get("version").asLong(),
                                p.get("at").asText(), p.get("action").asText(), status, null, p.toString()));
                        latest.put(id, new DossierRow(id, j.get("code").asText(), office, 9, status, null,
                                j.get("version").asLong(), j.get("procedureCode").asText(),
                                j.get("procedureName").asText(), j.get("receivedAt").asText(),
                                j.get("appointmentAt").asText(), "1234", "5678", j.toString(), ++seq[desk], now,
                                device, device, null, null, null));
                    }
                    List<DossierRow> rows = new ArrayList<>(latest.values());
                    repo.upsertDossiers(c, rows);
                    repo.insertEvents(c, events1);
                    repo.insertProgress(c, progress1);
                    if (figureRows != null) {
                        PortalOutbox.enqueue(c, rows, progress1);
                        figureRows.write(c);
                    }
                    return null;
                });
            }
        }
        return new Timed((System.nanoTime() - t0) / 1e9, (cpuNanos() - cpu0) / 1e9);
    }

    /**
     * Pull latencies of many desks pulling at once, and the request rate; {@code compileMs} what the JIT compilers
     * spent meanwhile; {@code untimedPasses} how many passes of the same pulls came before (decision 0043), {@code cold}
     * the first of them (null for a pass itself).
     */
    public record DesksPull(int desks, int offices, int threads, int requests, int emptyPages, double seconds,
                            double requestsPerSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                            double cpuMsPerPull, long gcCount, double gcMs, double emptyP50Ms, double emptyP99Ms,
                            double fullP50Ms, double fullP99Ms, long compileMs, int untimedPasses,
                            DesksPull cold) {
    }

    /** Collections so far and their summed time in ms (the collectors' own figures). */
    private static long[] gc() {
        long n = 0;
        long ms = 0;
        for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, b.getCollectionCount());
            ms += Math.max(0, b.getCollectionTime());
        }
        return new long[] {n, ms};
    }

    /**
     * Enrolls {@code desks} devices spread over {@code offices} (through HTTP), then lets them pull: a fixed pool of
     * {@code threads} client threads, each serving its share of the devices in turn, one page of 100 per request,
     * every device's cursor advancing from 0 — so the pages are full while an office's changes last and empty after.
     *
     * <p>The same pulls are made first untimed, pass after pass until the JIT compilers are nearly idle during one
     * (at most {@value #WARM_PASSES}; decision 0043), then timed: a central server answers pulls for months with
     * compiled code, while in the first pass the JIT compilers take as much CPU as the server on a 2-core machine.
     * Every pass makes the same requests from cursor 0; the server keeps no page between requests. The first pass's
     * figures are kept as {@link DesksPull#cold}.
     */
    public DesksPull desksPull(List<String> offices, int desks, int threads, int requests) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            tokens.add(enroll(offices.get(d % offices.size()), 20 + d / offices.size()).deviceToken());
        }
        progress.accept("enrolled " + desks + " desks in " + offices.size() + " offices");
        Random random = new Random(11);
        for (int i = 0; i < Math.min(200, requests); i++) {
            pullAt(tokens.get(i % desks), (long) (random.nextDouble() * 50));
        }
        List<DesksPull> untimed = untilCompiled(() -> pass(offices.size(), tokens, threads, requests, 0, null),
                p -> String.format(Locale.ROOT, "untimed pass: p99 %.1f ms, CPU %.2f ms/pull", p.p99Ms(),
                        p.cpuMsPerPull()), progress);
        return pass(offices.size(), tokens, threads, requests, untimed.size(), untimed.get(0));
    }

    /** Work a warm-up repeats. */
    public interface Pass<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code pass} untimed until the JIT compilers are nearly idle during one (their compile time at most
     * {@link #COMPILING_IDLE} of the pass's wall time), at most {@link #WARM_PASSES} times (decision 0043); each pass
     * reported with {@code describe} and its compile time. Returns the passes' results, the first one first.
     */
    public static <T> List<T> untilCompiled(Pass<T> pass, java.util.function.Function<T, String> describe,
                                            Consumer<String> progress) throws Exception {
        List<T> results = new ArrayList<>();
        for (int i = 1; i <= WARM_PASSES; i++) {
            long jit0 = compileMs();
            long t0 = System.nanoTime();
            T r = pass.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            long jit = compileMs() - jit0;
            results.add(r);
            progress.accept(String.format(Locale.ROOT, "%s (pass %d; JIT compiling %d ms in %.1f s)",
                    describe.apply(r), i, jit, seconds));
            if (jit <= COMPILING_IDLE * seconds * 1000) {
                break;
            }
        }
        return results;
    }

    /** At most this many untimed passes before a timed one (decision 0043). */
    private static final int WARM_PASSES = 4;
    /** The JIT counts as idle when its compile time in a pass is at most this share of the pass's wall time. */
    private static final double COMPILING_IDLE = 0.05;

    /** Milliseconds the JIT compilers have spent so far (0 when the JVM does not say). */
    private static long compileMs() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** One pass of the pulls: every device's cursor from 0, {@code requests / desks} rounds. */
    private DesksPull pass(int officeCount, List<String> tokens, int threads, int requests, int untimedPasses,
                           DesksPull cold)
            throws Exception {
        int desks = tokens.size();
        int rounds = Math.max(1, requests / desks);
        double[] ms = new double[rounds * desks];
        boolean[] wasEmpty = new boolean[rounds * desks];
        int[] empty = new int[threads];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] gc0 = gc();
            long jit0 = compileMs();
            long cpu0 = cpuNanos();
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int me = t;
                futures.add(pool.submit(() -> {
                    long[] cursors = new long[desks];
                    for (int r = 0; r < rounds; r++) {
                        for (int d = me; d < desks; d += threads) {
                            long s = System.nanoTime();
                            Pulled page = pullAt(tokens.get(d), cursors[d]);
                            ms[r * desks + d] = (System.nanoTime() - s) / 1e6;
                            wasEmpty[r * desks + d] = page.empty();
                            cursors[d] = page.nextCursor();
                            if (page.empty()) {
                                empty[me]++;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (cpuNanos() - cpu0) / 1e6;
            long[] gc1 = gc();
            double[] emptyMs = pick(ms, wasEmpty, true);
            double[] fullMs = pick(ms, wasEmpty, false);
            Arrays.sort(ms);
            return new DesksPull(desks, officeCount, threads, ms.length, Arrays.stream(empty).sum(), seconds,
                    ms.length / seconds, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1],
                    cpuMs / ms.length, gc1[0] - gc0[0], gc1[1] - gc0[1], pctOrNaN(emptyMs, 50), pctOrNaN(emptyMs, 99),
                    pctOrNaN(fullMs, 50), pctOrNaN(fullMs, 99), compileMs() - jit0, untimedPasses, cold);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The latencies of the empty (or the non-empty) pages, sorted; NaN percentiles when there are none. */
    private static double[] pick(double[] ms, boolean[] wasEmpty, boolean empty) {
        double[] out = new double[ms.length];
        int n = 0;
        for (int i = 0; i < ms.length; i++) {
            if (wasEmpty[i] == empty) {
                out[n++] = ms[i];
            }
        }
        out = Arrays.copyOf(out, n);
        Arrays.sort(out);
        return out;
    }

    private static double pctOrNaN(double[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : pct(sorted, p);
    }

    /** What a simulated desk keeps of a pulled page. */
    private record Pulled(long nextCursor, boolean empty) {
    }

    /**
     * One pull. The page is read with a streaming parser that keeps only the cursor and whether changes came: the
     * clients share the server's CPU here, and building the page's objects would measure them more than the server.
     */
    private Pulled pullAt(String token, long since) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pull?since=" + since
                        + "&limit=" + PAGE)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pull failed: " + r.statusCode());
        }
        long next = -1;
        boolean empty = true;
        try (JsonParser p = WireJson.mapper().getFactory().createParser(r.body())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("nextCursor".equals(field)) {
                    next = Long.parseLong(p.getText());
                } else if ("changes".equals(field) && value == JsonToken.START_ARRAY) {
                    empty = p.nextToken() == JsonToken.END_ARRAY;
                    if (!empty) {
                        p.skipChildren();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (next < 0) {
            throw new IllegalStateException("pull answered no cursor");
        }
        return new Pulled(next, empty);
    }

    private void bulkLoad(List<String> offices, int dossiers) {
        DossierRepository repo = new DossierRepository();
        Map<String, SyntheticDossiers> gens = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int chunk = 5000;
        Instant now = Instant.now();
        for (int start = 0; start < dossiers; start += chunk) {
            int end = Math.min(dossiers, start + chunk);
            Map<String, List<SyntheticDossiers.Made>> byOffice = new HashMap<>();
            for (int i = start; i < end; i++) {
                String office = offices.get(i % offices.size());
                SyntheticDossiers g = gens.computeIfAbsent(office, o -> new SyntheticDossiers(o.hashCode(), o, 1,
                        LocalDate.of(2026, 1, 5)));
                int n = counts.merge(office, 1, Integer::sum) - 1;
                byOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(g.dossier(n));
            }
            ctx.database().write(c -> {
                for (var e : byOffice.entrySet()) {
                    long seq = repo.reserveChanges(c, e.getKey(), e.getValue().size());
                    List<DossierRow> rows = new ArrayList<>();
                    for (SyntheticDossiers.Made m : e.getValue()) {
                        var j = m.json();
                        rows.add(new DossierRow(m.id().toString(), m.code(), e.getKey(), 1, 2, null, 1,
                                j.get("procedureCode").asText(), j.get("procedureName").asText(),
                                j.get("receivedAt").asText(), j.get("appointmentAt").asText(),
                                m.idNumber().substring(8), m.phone().substring(6), j.toString(), seq++, now));
                    }
                    repo.upsertDossiers(c, rows);
                }
                return null;
            });
            if ((end / chunk) % 40 == 0) {
                progress.accept("  … " + end + " dossiers");
            }
        }
    }

    private EnrollResponse enroll(String office, int desk) throws IOException, InterruptedException {
        var code = ctx.enrollment().issue(office, desk, Duration.ofHours(1));
        byte[] body = WireJson.mapper().writeValueAsBytes(new EnrollRequest(WireJson.PROTOCOL, code.enrollmentCode(),
                Secrets.randomToken(32), "bench", "bench"));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/enroll"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("enroll failed: " + r.statusCode() + " " + new String(r.body()));
        }
        return WireJson.mapper().readValue(r.body(), EnrollResponse.class);
    }

    /** Batches of 500 events: per dossier receive, transfer, finish, hand over. */
    private static List<List<PushEvent>> batches(String office, int events, long seed) {
        SyntheticDossiers g = new SyntheticDossiers(seed, office, 5, LocalDate.of(2026, 3, 2));
        List<PushEvent> all = new ArrayList<>(events);
        for (int n = 0; all.size() < events; n++) {
            SyntheticDossiers.Made m = g.dossier(n);
            all.add(g.received(m));
            all.add(g.transition(m, DossierAction.TRANSFER, null));
            all.add(g.transition(m, DossierAction.FINISH, null));
            all.add(g.transition(m, DossierAction.RETURN_RESULT, null));
        }
        List<List<PushEvent>> out = new ArrayList<>();
        for (int i = 0; i < events; i += BATCH) {
            out.add(all.subList(i, Math.min(events, i + BATCH)));
        }
        return out;
    }

    private double push(List<List<byte[]>> bodies, List<String> tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (int d = 0; d < bodies.size(); d++) {
                List<byte[]> mine = bodies.get(d);
                String token = tokens.get(d);
                futures.add(pool.submit(() -> {
                    int accepted = 0;
                    for (byte[] b : mine) {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/push"))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(b)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("push failed: " + r.statusCode() + " "
                                    + new String(r.body()));
                        }
                        PushResult res = WireJson.mapper().readValue(r.body(), PushResult.class);
                        accepted += (int) res.results().stream()
                                .filter(x -> x.outcome() == vn.motcua.sync.wire.EventOutcome.ACCEPTED).count();
                    }
                    return accepted;
                }));
            }
            int accepted = 0;
            for (Future<Integer> f : futures) {
                accepted += f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            progress.accept(String.format(Locale.ROOT, "pushed: %d accepted in %.2f s", accepted, seconds));
            return seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private double[] pull(String token, long maxSeq, int pulls) throws IOException, InterruptedException {
        Random random = new Random(7);
        for (int i = 0; i < Math.min(200, pulls); i++) {
            pullOnce(token, random, maxSeq);
        }
        double[] ms = new double[pulls];
        for (int i = 0; i < pulls; i++) {
            long t0 = System.nanoTime();
            pullOnce(token, random, maxSeq);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    private void pullOnce(String token, Random random, long maxSeq) throws IOException, InterruptedException {
        pullAt(token, maxSeq <= PAGE ? 0 : (long) (random.nextDouble() * (maxSeq - PAGE)));
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
