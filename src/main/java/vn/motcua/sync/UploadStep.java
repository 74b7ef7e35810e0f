package vn.motcua.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.AttachmentFiles;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.SyncStateRepository.Enrollment;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;

/**
 * Sends the files of dossiers the server already has (attachments of a dossier with unsent events wait). Per
 * attachment: register it; if the server lacks the file, upload it from where the server's copy ends, chunk by chunk,
 * then register again. A refusal is noted on the attachment and the others go on; network trouble ends the run like a
 * push would.
 */
final class UploadStep {
    private static final Logger LOG = LoggerFactory.getLogger(UploadStep.class);
    /** Size of one uploaded chunk: small enough to get through a weak commune link, resumable chunk by chunk. */
    static final int CHUNK = 1024 * 1024;

    private final SyncStores stores;
    private final Clock clock;
    private final SyncClient client;
    private final Retrier retrier;

    UploadStep(SyncStores stores, Clock clock, SyncClient client, Retrier retrier) {
        this.stores = stores;
        this.clock = clock;
        this.client = client;
        this.retrier = retrier;
    }

    void upload(Enrollment e, SyncRun r) {
        List<StoredAttachment> todo = stores.db().read(c -> stores.attachments().unsynced(c, 10_000));
        for (StoredAttachment a : todo) {
            retrier.checkCancelled();
            Msg problem;
            try {
                problem = send(e, a, r);
            } catch (SyncException ex) {
                if (ex.retryable()) {
                    note(a, ex.getMessage());
                    throw ex;
                }
                problem = ex.msg();
            }
            if (problem == null) {
                LocalDateTime now = LocalDateTime.now(clock).withNano(0);
                stores.db().run(c -> stores.attachments().markSynced(c, a.id(), now));
                r.filesSent++;
            } else {
                LOG.warn("Attachment {} of dossier {} not sent: {}", a.id(), a.dossierId(), problem.vi());
                note(a, problem.vi());
            }
        }
    }

    /** @return null when the server holds the attachment now, else why not */
    private Msg send(Enrollment e, StoredAttachment a, SyncRun r) {
        AttachmentMeta meta = new AttachmentMeta(a.id(), a.dossierId(), a.documentIndex(), a.documentName(),
                a.sha256(), a.fileName(), a.mediaType(), a.sizeBytes(), a.addedAt().toString(), a.addedBy());
        for (int round = 0; round < 3; round++) {
            try {
                retrier.call(r, () -> client.registerAttachment(e.serverUrl(), e.deviceToken(), meta), null);
                return null;
            } catch (SyncException ex) {
                if (ex.retryable() || !"BLOB_INCOMPLETE".equals(ex.code())) {
                    throw ex;
                }
            }
            Msg problem = uploadFile(e, a, r);
            if (problem != null) {
                return problem;
            }
        }
        return Msg.of("sync.file.unconfirmed");
    }

    /** Uploads the file's bytes from where the server's copy ends. @return null when complete there, else why not */
    private Msg uploadFile(Enrollment e, StoredAttachment a, SyncRun r) {
        Path file = AttachmentFiles.path(stores.attachmentRoot(), a.sha256());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException ex) {
            return Msg.of("sync.file.unreadable", a.fileName(), ex.getMessage());
        }
        long offset = serverOffset(e, a, size, r);
        int restarts = 0;
        // every chunk once, plus room for refusals and restarts; a server that keeps contradicting itself stops here
        long maxRequests = 3 * (size / CHUNK + 1) + 10;
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (offset >= 0 && offset < size) {
                if (maxRequests-- <= 0) {
                    return Msg.of("sync.file.notTaken", a.fileName());
                }
                byte[] chunk = readChunk(in, offset, (int) Math.min(CHUNK, size - offset));
                long from = offset;
                try {
                    BlobStatus st = retrier.call(r, () -> client.putChunk(e.serverUrl(), e.deviceToken(),
                            a.sha256(), from, size, a.mediaType(), chunk), null);
                    r.bytesSent += chunk.length;
                    offset = st.complete() ? size : st.received();
                } catch (SyncException ex) {
                    if (ex.retryable()) {
                        throw ex;
                    }
                    switch (ex.code()) {
                        case "OFFSET_MISMATCH" -> offset = serverOffset(e, a, size, r);
                        case "HASH_MISMATCH" -> {
                            if (!AttachmentFiles.sha256(file).equals(a.sha256())) {
                                return Msg.of("sync.file.damaged", a.fileName());
                            }
                            if (++restarts > 2) {
                                return ex.msg();
                            }
                            offset = 0;
                        }
                        default -> {
                            return ex.msg();
                        }
                    }
                }
            }
        } catch (IOException ex) {
            return Msg.of("sync.file.unreadable", a.fileName(), ex.getMessage());
        }
        return null;
    }

    /** Where the server's copy ends: 0 when it has nothing, the size when complete. */
    private long serverOffset(Enrollment e, StoredAttachment a, long size, SyncRun r) {
        try {
            BlobStatus st = retrier.call(r, () -> client.blobStatus(e.serverUrl(), e.deviceToken(), a.sha256()),
                    null);
            if (st.complete()) {
                return size;
            }
            return st.size() == size ? st.received() : 0;
        } catch (SyncException ex) {
            if (ex.retryable() || ex.status() != 404) {
                throw ex;
            }
            return 0;
        }
    }

    private static byte[] readChunk(FileChannel in, long offset, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (in.read(buf, offset + buf.position()) < 0) {
                throw new IOException("the file is shorter than when it was attached");
            }
        }
        return buf.array();
    }

    private void note(StoredAttachment a, String problem) {
        stores.db().run(c -> stores.attachments().noteSyncError(c, a.id(), problem));
    }
}
