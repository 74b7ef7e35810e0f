package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.http.CentralServer;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.service.DeskContext;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.SyncStateRepository;

/**
 * Digitised files and the device token, against a real central server over HTTP: files go up after their dossier,
 * resume where the server's copy ends, come down to the other desks of the office on demand; the pulled dossier
 * brings its whole progress log; the token is sealed at rest with a key that is not in the database.
 */
class SyncEngineFilesTest {
    private static final String OFFICE = "000.00.01.H22";
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    SyncEngine sync1;
    SyncEngine sync2;

    @BeforeEach
    void start() throws Exception {
        CentralConfig cfg = CentralConfig.defaults("jdbc:sqlite:" + dir.resolve("central.db")).withHost("127.0.0.1")
                .withPort(0);
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        central.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
        desk1 = desk(1);
        desk2 = desk(2);
        sync1 = enrolled(desk1, 1);
        sync2 = enrolled(desk2, 2);
    }

    @AfterEach
    void stop() {
        TestDesks.closeAll(desk1, desk2, server, central);
    }

    private DeskContext desk(int no) {
        return TestDesks.desk(dir, OFFICE, no);
    }

    private SyncEngine enrolled(DeskContext d, int no) {
        return TestDesks.enrolled(central, server, OFFICE, d, no);
    }

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }

    private static String register(DeskContext d) {
        return TestDesks.register(d);
    }

    private Path scan(int size, long seed) throws Exception {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 9);
        Path p = dir.resolve("scan-" + seed + ".pdf");
        Files.write(p, b);
        return p;
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void aScanAttachedOffline_goesUpAfterItsDossier_andOpensAtTheOtherDesk() throws Exception {
        String code = register(desk1);
        Path file = scan(2 * MIB + 777, 1);
        StoredAttachment a = desk1.attachments().attach(code, 0, file, admin(desk1));
        desk1.dossiers().apply(code, DossierAction.TRANSFER, admin(desk1), null, null, null);

        SyncReport r1 = sync1.syncOnce();
        assertThat(r1.ok()).as(r1.error()).isTrue();
        assertThat(r1.filesSent()).isEqualTo(1);
        assertThat(r1.bytesSent()).isEqualTo(Files.size(file));
        assertThat(r1.filesPending()).isZero();

        SyncReport r2 = sync2.syncOnce();
        assertThat(r2.ok()).as(r2.error()).isTrue();
        List<StoredAttachment> there = desk2.attachments().list(code);
        assertThat(there).extracting(StoredAttachment::id, StoredAttachment::sha256, StoredAttachment::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), a.sha256(), file.getFileName().toString()));
        assertThat(desk2.attachments().digitisedComponents(code)).isEqualTo(1);
        // the dossier is being processed: desk 2 fetched the scan ahead, so it opens even if the line drops now
        assertThat(r2.filesFetched()).isEqualTo(1);
        Path local = desk2.attachments().fileOf(there.get(0));
        assertThat(local).exists();
        assertThat(sha256(local)).isEqualTo(a.sha256());
        assertThat(sync2.localFile(a.sha256())).isEqualTo(local);
        // desk 2 sees who received and who transferred the dossier, as desk 1 logged it
        List<ProgressEntry> log = desk2.database().read(c -> new vn.motcua.store.DossierRepository()
                .progress(c, a.dossierId()));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).actor()).isEqualTo("Nguyễn Thị Quản Trị");
        assertThat(log).isEqualTo(desk1.database().read(c -> new vn.motcua.store.DossierRepository()
                .progress(c, a.dossierId())));
        // nothing more goes up on the next run
        assertThat(sync1.syncOnce().filesSent()).isZero();
    }

    @Test
    void aScanOfAClosedDossier_isNotFetchedAhead_butOpensOnDemand() throws Exception {
        String code = register(desk1);
        StoredAttachment a = desk1.attachments().attach(code, 0, scan(50_000, 9), admin(desk1));
        desk1.dossiers().apply(code, DossierAction.WITHDRAW, admin(desk1), "Công dân rút hồ sơ", null, null);
        assertThat(sync1.syncOnce().filesSent()).isEqualTo(1);

        SyncReport r2 = sync2.syncOnce();
        assertThat(r2.ok()).as(r2.error()).isTrue();
        assertThat(r2.filesFetched()).isZero();
        Path local = desk2.attachments().fileOf(desk2.attachments().list(code).get(0));
        assertThat(local).doesNotExist();
        assertThat(sync2.localFile(a.sha256())).isEqualTo(local);
        assertThat(sha256(local)).isEqualTo(a.sha256());
    }

    @Test
    void anInterruptedUpload_resumesWhereTheServersCopyEnds() throws Exception {
        String code = register(desk1);
        assertThat(sync1.syncOnce().ok()).isTrue();
        Path file = scan(3 * MIB + 5, 2);
        StoredAttachment a = desk1.attachments().attach(code, 0, file, admin(desk1));
        // an earlier run got the first chunk through, then the line went down
        var e = desk1.database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow();
        String token = new DeviceKey(desk1.database().file().toAbsolutePath().getParent()).open(e.deviceToken(),
                e.deviceId());
        byte[] first = java.util.Arrays.copyOf(Files.readAllBytes(file), MIB);
        new SyncClient(desk1.clock()).putChunk(server.baseUrl(), token, a.sha256(), 0, Files.size(file),
                "application/pdf", first);

        SyncReport r = sync1.syncOnce();
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.filesSent()).isEqualTo(1);
        assertThat(r.bytesSent()).isEqualTo(Files.size(file) - MIB);
        int chunks = central.database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM blob_chunk")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(chunks).isEqualTo(4);
    }

    @Test
    void aFileWhoseDossierIsNotYetSent_waits() throws Exception {
        String code = register(desk1);
        desk1.attachments().attach(code, 0, scan(10_000, 3), admin(desk1));
        AttachmentRepository repo = new AttachmentRepository();
        List<StoredAttachment> ready = desk1.database().read(c -> repo.unsynced(c, 10));
        int waiting = desk1.database().read(repo::unsyncedCount);
        assertThat(ready).isEmpty();
        assertThat(waiting).isEqualTo(1);
        assertThat(sync1.syncOnce().filesSent()).isEqualTo(1);
        int left = desk1.database().read(repo::unsyncedCount);
        assertThat(left).isZero();
    }

    @Test
    void theDeviceToken_isSealedAtRest_withAKeyOutsideTheDatabase() throws Exception {
        Path data = desk1.database().file().toAbsolutePath().getParent();
        var stored = desk1.database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow();
        assertThat(stored.deviceToken()).startsWith("sealed:v1:");
        Path key = data.resolve(DeviceKey.FILE);
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(sync1.syncOnce().ok()).isTrue();

        // a token stored in the clear by an older build is sealed on the next run, and still works
        String plain = new DeviceKey(data).open(stored.deviceToken(), stored.deviceId());
        desk1.database().write(c -> {
            new SyncStateRepository().saveEnrollment(c, new SyncStateRepository.Enrollment(stored.serverUrl(),
                    stored.deviceId(), plain, stored.officeCode(), stored.officeName(), stored.deskNo(),
                    stored.enrolledAt()));
            return null;
        });
        assertThat(sync1.syncOnce().ok()).isTrue();
        assertThat(desk1.database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow().deviceToken())
                .startsWith("sealed:v1:").isNotEqualTo(stored.deviceToken());

        // the database without its key (copied to another machine): a clear message, nothing breaks, data stays
        Files.delete(key);
        int before = desk1.dossiers().list(List.of(vn.motcua.domain.dossier.DossierStatus.values()), 0, 100).size();
        SyncReport r = sync1.syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("đăng ký lại");
        assertThat(desk1.dossiers().list(List.of(vn.motcua.domain.dossier.DossierStatus.values()), 0, 100))
                .hasSize(before);
    }

    @Test
    void aDamagedKeyFile_isReplacedWhenTheDeskEnrollsAgain() throws Exception {
        Path key = desk1.database().file().toAbsolutePath().getParent().resolve(DeviceKey.FILE);
        Files.writeString(key, "not a key");
        SyncReport r = sync1.syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("đăng ký lại");
        SyncEngine again = enrolled(desk1, 1);
        assertThat(again.syncOnce().ok()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(Files.readString(key).trim())).hasSize(32);
    }
}
