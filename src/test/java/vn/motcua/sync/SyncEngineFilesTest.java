package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
    private static final String OFFICE = SyncRig.OFFICE;
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;
    @RegisterExtension
    final SyncRig rig = SyncRig.enrolled(2);

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
        String code = register(rig.desk(1));
        Path file = scan(2 * MIB + 777, 1);
        StoredAttachment a = rig.desk(1).attachments().attach(code, 0, file, admin(rig.desk(1)));
        rig.desk(1).dossiers().apply(code, DossierAction.TRANSFER, admin(rig.desk(1)), null, null, null);

        SyncReport r1 = rig.sync(1).syncOnce();
        assertThat(r1.ok()).as(r1.error()).isTrue();
        assertThat(r1.filesSent()).isEqualTo(1);
        assertThat(r1.bytesSent()).isEqualTo(Files.size(file));
        assertThat(r1.filesPending()).isZero();

        SyncReport r2 = rig.sync(2).syncOnce();
        assertThat(r2.ok()).as(r2.error()).isTrue();
        List<StoredAttachment> there = rig.desk(2).attachments().list(code);
        assertThat(there).extracting(StoredAttachment::id, StoredAttachment::sha256, StoredAttachment::fileName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), a.sha256(), file.getFileName().toString()));
        assertThat(rig.desk(2).attachments().digitisedComponents(code)).isEqualTo(1);
        // the dossier is being processed: desk 2 fetched the scan ahead, so it opens even if the line drops now
        assertThat(r2.filesFetched()).isEqualTo(1);
        Path local = rig.desk(2).attachments().fileOf(there.get(0));
        assertThat(local).exists();
        assertThat(sha256(local)).isEqualTo(a.sha256());
        assertThat(rig.sync(2).localFile(a.sha256())).isEqualTo(local);
        // desk 2 sees who received and who transferred the dossier, as desk 1 logged it
        List<ProgressEntry> log = rig.desk(2).database().read(c -> new vn.motcua.store.DossierRepository()
                .progress(c, a.dossierId()));
        assertThat(log).hasSize(2);
        assertThat(log.get(0).actor()).isEqualTo("Nguyễn Thị Quản Trị");
        assertThat(log).isEqualTo(rig.desk(1).database().read(c -> new vn.motcua.store.DossierRepository()
                .progress(c, a.dossierId())));
        // nothing more goes up on the next run
        assertThat(rig.sync(1).syncOnce().filesSent()).isZero();
    }

    @Test
    void aScanOfAClosedDossier_isNotFetchedAhead_butOpensOnDemand() throws Exception {
        String code = register(rig.desk(1));
        StoredAttachment a = rig.desk(1).attachments().attach(code, 0, scan(50_000, 9), admin(rig.desk(1)));
        rig.desk(1).dossiers().apply(code, DossierAction.WITHDRAW, admin(rig.desk(1)), "Công dân rút hồ sơ", null, null);
        assertThat(rig.sync(1).syncOnce().filesSent()).isEqualTo(1);

        SyncReport r2 = rig.sync(2).syncOnce();
        assertThat(r2.ok()).as(r2.error()).isTrue();
        assertThat(r2.filesFetched()).isZero();
        Path local = rig.desk(2).attachments().fileOf(rig.desk(2).attachments().list(code).get(0));
        assertThat(local).doesNotExist();
        assertThat(rig.sync(2).localFile(a.sha256())).isEqualTo(local);
        assertThat(sha256(local)).isEqualTo(a.sha256());
    }

    @Test
    void anInterruptedUpload_resumesWhereTheServersCopyEnds() throws Exception {
        String code = register(rig.desk(1));
        assertThat(rig.sync(1).syncOnce().ok()).isTrue();
        Path file = scan(3 * MIB + 5, 2);
        StoredAttachment a = rig.desk(1).attachments().attach(code, 0, file, admin(rig.desk(1)));
        // an earlier run got the first chunk through, then the line went down
        var e = rig.desk(1).database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow();
        String token = new DeviceKey(rig.desk(1).database().file().toAbsolutePath().getParent()).open(e.deviceToken(),
                e.deviceId());
        byte[] first = java.util.Arrays.copyOf(Files.readAllBytes(file), MIB);
        new SyncClient(rig.desk(1).clock()).putChunk(rig.server().baseUrl(), token, a.sha256(), 0, Files.size(file),
                "application/pdf", first);

        SyncReport r = rig.sync(1).syncOnce();
        assertThat(r.ok()).as(r.error()).isTrue();
        assertThat(r.filesSent()).isEqualTo(1);
        assertThat(r.bytesSent()).isEqualTo(Files.size(file) - MIB);
        int chunks = rig.central().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM blob_chunk")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(chunks).isEqualTo(4);
    }

    @Test
    void aFileWhoseDossierIsNotYetSent_waits() throws Exception {
        String code = register(rig.desk(1));
        rig.desk(1).attachments().attach(code, 0, scan(10_000, 3), admin(rig.desk(1)));
        AttachmentRepository repo = new AttachmentRepository();
        List<StoredAttachment> ready = rig.desk(1).database().read(c -> repo.unsynced(c, 10));
        int waiting = rig.desk(1).database().read(repo::unsyncedCount);
        assertThat(ready).isEmpty();
        assertThat(waiting).isEqualTo(1);
        assertThat(rig.sync(1).syncOnce().filesSent()).isEqualTo(1);
        int left = rig.desk(1).database().read(repo::unsyncedCount);
        assertThat(left).isZero();
    }

    @Test
    void theDeviceToken_isSealedAtRest_withAKeyOutsideTheDatabase() throws Exception {
        Path data = rig.desk(1).database().file().toAbsolutePath().getParent();
        var stored = rig.desk(1).database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow();
        assertThat(stored.deviceToken()).startsWith("sealed:v1:");
        Path key = data.resolve(DeviceKey.FILE);
        assertThat(Files.getPosixFilePermissions(key)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
        assertThat(rig.sync(1).syncOnce().ok()).isTrue();

        // a token stored in the clear by an older build is sealed on the next run, and still works
        String plain = new DeviceKey(data).open(stored.deviceToken(), stored.deviceId());
        rig.desk(1).database().write(c -> {
            new SyncStateRepository().saveEnrollment(c, new SyncStateRepository.Enrollment(stored.serverUrl(),
                    stored.deviceId(), plain, stored.officeCode(), stored.officeName(), stored.deskNo(),
                    stored.enrolledAt()));
            return null;
        });
        assertThat(rig.sync(1).syncOnce().ok()).isTrue();
        assertThat(rig.desk(1).database().read(c -> new SyncStateRepository().enrollment(c)).orElseThrow().deviceToken())
                .startsWith("sealed:v1:").isNotEqualTo(stored.deviceToken());

        // the database without its key (copied to another machine): a clear message, nothing breaks, data stays
        Files.delete(key);
        int before = rig.desk(1).dossiers().list(List.of(vn.motcua.domain.dossier.DossierStatus.values()), 0, 100).size();
        SyncReport r = rig.sync(1).syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("đăng ký lại");
        assertThat(rig.desk(1).dossiers().list(List.of(vn.motcua.domain.dossier.DossierStatus.values()), 0, 100))
                .hasSize(before);
    }

    @Test
    void aDamagedKeyFile_isReplacedWhenTheDeskEnrollsAgain() throws Exception {
        Path key = rig.desk(1).database().file().toAbsolutePath().getParent().resolve(DeviceKey.FILE);
        Files.writeString(key, "not a key");
        SyncReport r = rig.sync(1).syncOnce();
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).contains("đăng ký lại");
        SyncEngine again = rig.enrol(1);
        assertThat(again.syncOnce().ok()).isTrue();
        assertThat(java.util.Base64.getDecoder().decode(Files.readString(key).trim())).hasSize(32);
    }
}
