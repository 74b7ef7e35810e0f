package vn.motcua.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.AttachmentFiles;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.SyncStateRepository.Enrollment;

/**
 * Scans attached at other desks: fetched on demand ({@link #localFile}) and ahead of need for dossiers still open or
 * whose result waits to be handed back, so a clerk here can open them while the line is down.
 */
final class PrefetchStep {
    private static final Logger LOG = LoggerFactory.getLogger(PrefetchStep.class);
    /** Most bytes fetched ahead in one run, so a run on a slow line does not stall behind scans. */
    static final long PREFETCH_BYTES_PER_RUN = 64L * 1024 * 1024;

    private final SyncStores stores;
    private final SyncClient client;
    private final EnrolStep enrolment;
    private final Retrier retrier;

    PrefetchStep(SyncStores stores, SyncClient client, EnrolStep enrolment, Retrier retrier) {
        this.stores = stores;
        this.client = client;
        this.enrolment = enrolment;
        this.retrier = retrier;
    }

    /**
     * Fetches ahead the scans of open dossiers (and those waiting to be handed back), newest first, up to
     * {@link #PREFETCH_BYTES_PER_RUN} a run. A failure only ends the prefetch; the run stays successful and the next
     * one goes on.
     */
    void prefetch(SyncRun r) {
        List<Integer> open = Arrays.stream(DossierStatus.values())
                .filter(st -> st.isOpen() || st == DossierStatus.RELEASING)
                .map(DossierStatus::code).toList();
        List<StoredAttachment> wanted = stores.db().read(c -> stores.attachments().pulledForOpenDossiers(c, open,
                2000));
        long budget = PREFETCH_BYTES_PER_RUN;
        for (StoredAttachment a : wanted) {
            if (retrier.cancelled() || Files.isRegularFile(AttachmentFiles.path(stores.attachmentRoot(), a.sha256()))) {
                continue;
            }
            if (a.sizeBytes() > budget) {
                break;
            }
            try {
                localFile(a.sha256());
                budget -= a.sizeBytes();
                r.filesFetched++;
            } catch (SyncException ex) {
                LOG.info("Fetching scans ahead stopped: {}", ex.getMessage());
                return;
            }
        }
    }

    /**
     * The local copy of a file, downloaded from the server when this desk does not have it yet. The content is checked
     * against its name before it is kept.
     *
     * @throws SyncException when the desk is not enrolled, offline, or the server refuses
     */
    Path localFile(String sha256) {
        Path target = AttachmentFiles.path(stores.attachmentRoot(), sha256);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Enrollment e = enrolment.required(Msg.of("sync.file.notEnrolled"));
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "download-", ".part");
            client.download(e.serverUrl(), e.deviceToken(), sha256, tmp);
            if (!AttachmentFiles.sha256(tmp).equals(sha256)) {
                throw SyncException.transport(Msg.of("sync.file.downloadDamaged"), null, 200);
            }
            AttachmentFiles.place(tmp, target);
            tmp = null;
            LOG.info("Attachment file {} downloaded from the server", sha256);
            return target;
        } catch (IOException ex) {
            throw SyncException.transport(Msg.of("sync.file.notSaved", ex.getMessage()), ex, 0);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ex) {
                    LOG.warn("Could not remove the partial download {}: {}", tmp, ex.toString());
                }
            }
        }
    }
}
