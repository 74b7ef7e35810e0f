package vn.motcua.central.bench;

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
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.domain.dossier.DossierAction;
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
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < offices; i++) {
            String code = String.format(Locale.ROOT, "000.%02d.%02d.H22", i / 100, i % 100);
            ctx.admin().addOffice(code, "Xã Thử Nghiệm " + (i + 1), true);
            codes.add(code);
        }
        long t0 = System.nanoTime();
        bulkLoad(codes, dossiers);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        progress.accept(String.format(Locale.ROOT, "loaded %d dossiers in %.1f s", dossiers, loadSeconds));

        int pushing = Math.min(PUSHING_DESKS, offices);
        List<List<byte[]>> bodies = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        int perDesk = events / pushing;
        for (int d = 0; d < pushing; d++) {
            tokens.add(enroll(codes.get(d), 9).deviceToken());
            bodies.add(batches(codes.get(d), perDesk, 1000 + d));
        }
        progress.accept("pushing " + perDesk * pushing + " events from " + pushing + " desks");
        double pushSeconds = push(bodies, tokens);
        int pushed = perDesk * pushing;

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

    /** Pre-serialised batches: per dossier receive, transfer, finish, hand over. */
    private List<byte[]> batches(String office, int events, long seed) throws IOException {
        SyntheticDossiers g = new SyntheticDossiers(seed, office, 5, LocalDate.of(2026, 3, 2));
        List<PushEvent> all = new ArrayList<>(events);
        for (int n = 0; all.size() < events; n++) {
            SyntheticDossiers.Made m = g.dossier(n);
            all.add(g.received(m));
            all.add(g.transition(m, DossierAction.TRANSFER, null));
            all.add(g.transition(m, DossierAction.FINISH, null));
            all.add(g.transition(m, DossierAction.RETURN_RESULT, null));
        }
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < events; i += BATCH) {
            List<PushEvent> part = all.subList(i, Math.min(events, i + BATCH));
            out.add(WireJson.mapper().writeValueAsBytes(new PushBatch(WireJson.PROTOCOL, part)));
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
        long since = maxSeq <= PAGE ? 0 : (long) (random.nextDouble() * (maxSeq - PAGE));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/pull?since=" + since
                        + "&limit=" + PAGE)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("pull failed: " + r.statusCode());
        }
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
