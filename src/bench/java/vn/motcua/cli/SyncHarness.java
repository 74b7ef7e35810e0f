package vn.motcua.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.central.rating.RatingService;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.StatusMachine;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.service.DeskContext;
import vn.motcua.service.DeskSettings;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.SetupService;
import vn.motcua.sync.SyncClient;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.fault.FaultProxy;

/**
 * The sync soak run and benchmark ({@code sync soak}, {@code sync bench}; also driven by the CI test): a real
 * central server in-process on an ephemeral port, desks over temporary folders, and for the soak a seeded
 * {@link FaultProxy} between them.
 */
public final class SyncHarness {
    public static final String OFFICE = "000.00.01.H22";
    private static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
        "Hoàng Văn Em", "Đặng Thị Giang", "Bùi Văn Hùng"};
    private static final String[] PROCEDURES = {"1.001193", "1.000894"};

    /** The soak's outcome; {@code mismatches} empty means every desk and the server agree. */
    public record SoakResult(long seed, int registered, int serverDossiers, Map<String, Integer> deskDossiers,
                             int serverRatings, int serverAttachments, int quarantined, int duplicatesSeen, List<String> mismatches,
                             Map<String, Long> faults, long millis) {
    }

    /** The benchmark's outcome. */
    public record BenchResult(int events, long syncMillis, SyncReport report) {
    }

    private SyncHarness() {
    }

    private static CentralServer[] startCentral(Path dir, CentralContext[] ctxOut) throws java.io.IOException {
        Files.createDirectories(dir);
        String url = "jdbc:sqlite:" + dir.resolve("central.db").toAbsolutePath();
        CentralConfig cfg = CentralConfig.defaults(url).withHost("127.0.0.1").withPort(0)
                .withLimits(new CentralConfig.RateLimits(1_000_000, 1_000_000, 1_000_000, 1_000_000));
        CentralContext ctx = CentralContext.open(cfg, java.time.Clock.systemUTC());
        ctxOut[0] = ctx;
        CentralServer server = CentralServer.start(ctx, cfg);
        ctx.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        return new CentralServer[] {server};
    }

    private static DeskContext desk(Path dir, int deskNo) {
        DeskContext d = DeskContext.open(dir);
        d.setup().setup(new SetupService.SetupRequest("Xã Quảng Phú", OFFICE, deskNo, null, null, null, "admin",
                "Nguyễn Thị Quản Trị", "mat-khau-quan-tri"), false);
        Actor admin = d.accounts().firstAdmin().orElseThrow();
        d.calendar().putSetting(DeskSettings.BLOCK_SIZE, "3000", admin);
        return d;
    }

    private static SyncEngine engine(DeskContext d, CentralContext central, String serverUrl, int deskNo,
                                     SyncEngine.Options options) {
        SyncEngine e = new SyncEngine(d.database(), d.clock(), new SyncClient(d.clock(), Duration.ofSeconds(5),
                Duration.ofSeconds(30)), options);
        String code = central.enrollment().issue(OFFICE, deskNo, Duration.ofHours(1)).enrollmentCode();
        e.enroll(serverUrl, code, "Quầy " + deskNo, "soak");
        return e;
    }

    private static RegistrationRequest request(Random rnd, LocalDateTime at, int n) {
        String id = String.format("0380950%05d", n % 100000);
        return new RegistrationRequest(PROCEDURES[rnd.nextInt(PROCEDURES.length)], "direct", "counter",
                at.withNano(0).toString(),
                new RegistrationRequest.Person(NAMES[n % NAMES.length], id, null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null);
    }

    /**
     * Three desks register {@code dossiers} dossiers in total and move random ones (also those received at other
     * desks) while the proxy injects faults; citizens rate some; then the proxy heals and every desk syncs until
     * quiet. Compares every desk with the server.
     */
    public static SoakResult soak(Path dir, int dossiers, long seed, double faultRate) throws Exception {
        long t0 = System.nanoTime();
        Random rnd = new Random(seed);
        CentralContext[] cc = new CentralContext[1];
        CentralServer server = startCentral(dir.resolve("central"), cc)[0];
        CentralContext central = cc[0];
        List<DeskContext> desks = new ArrayList<>();
        List<SyncEngine> engines = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        try (FaultProxy proxy = new FaultProxy("127.0.0.1", server.port(), seed, faultRate)) {
            for (int i = 1; i <= 3; i++) {
                DeskContext d = desk(dir.resolve("desk-" + i), i);
                desks.add(d);
                SyncEngine e = engine(d, central, server.baseUrl(), i, new SyncEngine.Options(40, 200, 3,
                        Duration.ofMillis(2), Duration.ofMillis(40), seed + i));
                e.changeServerUrl(proxy.baseUrl());
                engines.add(e);
                secrets.add(d.setup().office().orElseThrow().ratingSecret());
            }
            int registered = 0;
            int round = 0;
            LocalDateTime base = LocalDateTime.now(desks.get(0).clock()).minusDays(2);
            while (registered < dossiers) {
                for (int i = 0; i < desks.size() && registered < dossiers; i++) {
                    DeskContext d = desks.get(i);
                    Actor admin = d.accounts().firstAdmin().orElseThrow();
                    int batch = Math.min(dossiers - registered, 5 + rnd.nextInt(20));
                    for (int k = 0; k < batch; k++) {
                        var reg = d.registration().register(request(rnd, base.plusSeconds(registered), registered),
                                admin);
                        if (rnd.nextInt(10) == 0) {
                            attachScan(d, admin, reg.dossier().code(), dir, rnd);
                        }
                        registered++;
                    }
                    List<Dossier> known = d.dossiers().list(List.of(DossierStatus.values()), 0, 400);
                    for (int k = 0; k < batch && !known.isEmpty(); k++) {
                        act(d, admin, known.get(rnd.nextInt(known.size())), rnd);
                    }
                    engines.get(i).syncOnce();
                }
                round++;
                rate(central, desks, secrets, rnd);
                rate(central, desks, secrets, rnd);
            }
            proxy.heal();
            for (int pass = 0; pass < 4; pass++) {
                for (SyncEngine e : engines) {
                    SyncReport r = e.syncOnce();
                    if (!r.ok()) {
                        e.syncOnce();
                    }
                }
            }
            return compare(seed, registered, central, desks, engines, proxy.counts(), t0);
        } finally {
            for (DeskContext d : desks) {
                d.close();
            }
            server.close();
            central.close();
        }
    }

    /** A scan of the first document line: random bytes behind a PDF header, 1 KB to 2.5 MB (some need 3 chunks). */
    private static void attachScan(DeskContext d, Actor admin, String code, Path dir, Random rnd) throws IOException {
        int size = rnd.nextInt(4) == 0 ? 1_000_000 + rnd.nextInt(1_600_000) : 1_000 + rnd.nextInt(60_000);
        byte[] bytes = new byte[size];
        rnd.nextBytes(bytes);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        Path file = Files.createDirectories(dir.resolve("scans")).resolve("scan-" + code.replace('.', '_') + ".pdf");
        Files.write(file, bytes);
        d.attachments().attach(code, 0, file, admin);
        Files.delete(file);
    }

    private static void act(DeskContext d, Actor admin, Dossier dossier, Random rnd) {
        List<DossierAction> allowed = StatusMachine.allowedActions(dossier).stream()
                .filter(a -> a != DossierAction.REVOKE_RETURN && a != DossierAction.RECEIVE).toList();
        if (allowed.isEmpty()) {
            return;
        }
        DossierAction a = allowed.get(rnd.nextInt(allowed.size()));
        try {
            d.dossiers().apply(dossier.code(), a, admin, "Lý do thử nghiệm", "Sở Tư pháp",
                    LocalDateTime.now(d.clock()).plusDays(5).withNano(0));
        } catch (RuntimeException e) {
            // refused by the rules (the clerk would see the reason); the soak only needs some moves to go through
        }
    }

    private static void rate(CentralContext central, List<DeskContext> desks, List<String> secrets, Random rnd) {
        DeskContext d = desks.get(rnd.nextInt(desks.size()));
        List<Dossier> some = d.dossiers().list(List.of(DossierStatus.values()), 0, 50);
        if (some.isEmpty()) {
            return;
        }
        Dossier x = some.get(rnd.nextInt(some.size()));
        for (String secret : secrets) {
            var target = central.ratings().target(x.code(), RatingToken.of(secret, x.code()));
            if (target.isPresent()) {
                RatingLevel level = RatingLevel.values()[rnd.nextInt(RatingLevel.values().length)];
                central.ratings().submit(target.get(), level, "Ý kiến thử nghiệm", Map.of());
                return;
            }
        }
    }

    private static SoakResult compare(long seed, int registered, CentralContext central, List<DeskContext> desks,
                                      List<SyncEngine> engines, Map<String, Long> faults, long t0) {
        Map<String, String> server = central.database().read(c -> rows(c,
                "SELECT id, code || ':' || status || ':v' || version FROM dossier WHERE office_code = '"
                        + OFFICE + "'"));
        Map<String, String> serverRatings = central.database().read(c -> rows(c,
                "SELECT dossier_code, level FROM rating"));
        Map<String, String> serverFiles = central.database().read(c -> rows(c,
                "SELECT id, dossier_id || ':' || sha256 FROM attachment"));
        Map<String, String> serverLogs = central.database().read(c -> rows(c,
                "SELECT dossier_id, count(*) || ':' || max(n) FROM progress GROUP BY dossier_id"));
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> deskCounts = new LinkedHashMap<>();
        int quarantined = 0;
        int duplicates = 0;
        for (int i = 0; i < desks.size(); i++) {
            DeskContext d = desks.get(i);
            Map<String, String> local = d.database().read(c -> rows(c,
                    "SELECT id, code || ':' || status || ':v' || version FROM dossier WHERE deleted = 0"));
            Map<String, String> ratings = d.database().read(c -> rows(c, "SELECT dossier_code, level FROM rating"));
            deskCounts.put("desk-" + (i + 1), local.size());
            diff("desk-" + (i + 1) + " dossiers", server, local, mismatches);
            diff("desk-" + (i + 1) + " ratings", serverRatings, ratings, mismatches);
            Map<String, String> files = d.database().read(c -> rows(c,
                    "SELECT id, dossier_id || ':' || sha256 FROM attachment WHERE deleted = 0"));
            diff("desk-" + (i + 1) + " attachments", serverFiles, files, mismatches);
            Map<String, String> logs = d.database().read(c -> rows(c,
                    "SELECT dossier_id, count(*) || ':' || count(*) FROM progress GROUP BY dossier_id"));
            diff("desk-" + (i + 1) + " progress log lengths", serverLogs, logs, mismatches);
            int told = 0;
            for (var e : serverLogs.entrySet()) {
                if (!e.getValue().equals(logs.get(e.getKey())) && told++ < 2) {
                    String id = e.getKey();
                    mismatches.add("desk-" + (i + 1) + " progress of " + id + ": server " + central.database()
                            .read(c -> rows(c, "SELECT printf('%06d', n), action FROM progress WHERE dossier_id = '" + id + "'"))
                            .values() + ", desk " + d.database().read(c -> rows(c,
                            "SELECT printf('%09d', id), action FROM progress WHERE dossier_id = '" + id + "'")).values());
                }
            }
            for (String sha : new java.util.TreeSet<>(files.values().stream()
                    .map(v -> v.substring(v.indexOf(':') + 1)).toList())) {
                try {
                    Path p = engines.get(i).localFile(sha);
                    if (!vn.motcua.store.AttachmentFiles.sha256(p).equals(sha)) {
                        mismatches.add("desk-" + (i + 1) + " file " + sha + " has other content");
                    }
                } catch (RuntimeException | IOException ex) {
                    mismatches.add("desk-" + (i + 1) + " cannot get file " + sha + ": " + ex.getMessage());
                }
            }
            int unsent = d.database().read(c -> new vn.motcua.store.AttachmentRepository().unsyncedCount(c));
            if (unsent > 0) {
                mismatches.add("desk-" + (i + 1) + " still has " + unsent + " attachments to send");
            }
            var st = engines.get(i).status();
            quarantined += st.quarantined();
            if (st.pendingEvents() > 0) {
                mismatches.add("desk-" + (i + 1) + " still has " + st.pendingEvents() + " pending events");
            }
            long receivedQuarantined = engines.get(i).quarantined(true).stream()
                    .filter(q -> "DOSSIER_RECEIVED".equals(q.type())).count();
            if (receivedQuarantined > 0) {
                mismatches.add("desk-" + (i + 1) + " has " + receivedQuarantined + " refused receipts");
            }
        }
        if (server.size() != registered) {
            mismatches.add("server holds " + server.size() + " dossiers, " + registered + " were registered");
        }
        long distinctCodes = server.values().stream().map(v -> v.substring(0, v.indexOf(':'))).distinct().count();
        if (distinctCodes != server.size()) {
            mismatches.add("duplicated codes on the server");
        }
        return new SoakResult(seed, registered, server.size(), deskCounts, serverRatings.size(), serverFiles.size(),
                quarantined, duplicates, mismatches, faults, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void diff(String what, Map<String, String> expected, Map<String, String> actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        int shown = 0;
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey())) && shown++ < 5) {
                out.add(what + ": " + e.getKey() + " server " + e.getValue() + " desk " + actual.get(e.getKey()));
            }
        }
        for (var k : actual.keySet()) {
            if (!expected.containsKey(k) && shown++ < 10) {
                out.add(what + ": " + k + " only at the desk");
            }
        }
        out.add(what + ": " + expected.size() + " on the server, " + actual.size() + " at the desk");
    }

    private static Map<String, String> rows(Connection c, String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** A desk back after a week offline with {@code events} pending events syncs against a local server. */
    public static BenchResult bench(Path dir, int events) throws Exception {
        CentralContext[] cc = new CentralContext[1];
        CentralServer server = startCentral(dir.resolve("central"), cc)[0];
        CentralContext central = cc[0];
        try (DeskContext d = desk(dir.resolve("desk-1"), 1)) {
            SyncEngine e = engine(d, central, server.baseUrl(), 1, SyncEngine.Options.defaults());
            Actor admin = d.accounts().firstAdmin().orElseThrow();
            Random rnd = new Random(1);
            LocalDateTime start = LocalDateTime.now(d.clock()).minusDays(7);
            long step = Duration.ofDays(7).toSeconds() / Math.max(1, events);
            for (int i = 0; i < events; i++) {
                d.registration().register(request(rnd, start.plusSeconds(i * step), i), admin);
            }
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            SyncReport r = e.syncOnce();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long cpu = processCpuNanos() - cpu0;
            if (cpu >= 0) { // profiling output only (issue 18): the CPU the whole process spent during the timed sync
                System.err.printf("sync bench: sync %d ms, process CPU during the sync %.2f s%n", ms, cpu / 1e9);
            }
            return new BenchResult(events, ms, r);
        } finally {
            server.close();
            central.close();
        }
    }

    /** The process's CPU time so far (all threads, JIT and GC included); -1 when the JVM does not tell. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** A fresh temporary folder. */
    public static Path tempDir(String prefix) throws java.io.IOException {
        return Files.createTempDirectory(prefix);
    }
}
