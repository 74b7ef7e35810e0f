package vn.motcua.central.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.BlobRepository.AttachmentRow;
import vn.motcua.central.store.BlobRepository.Blob;
import vn.motcua.central.store.BlobRepository;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository.StoredDossier;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.BlobStatus;

/**
 * Digitised files from the desks: resumable, content-addressed uploads and the attachment rows that point at them.
 *
 * <p>A desk uploads a file in chunks ({@code PUT /api/v1/blobs/{sha256}?offset=&size=&type=}); each chunk must start
 * where the stored content ends, so a chunk sent twice or out of order is refused with the current offset and the
 * desk goes on from there. When the last byte arrives the whole content is hashed: a mismatch discards the upload
 * (it starts again from 0). Then the desk registers the attachment ({@code POST /api/v1/attachments}); that needs the
 * dossier on the server (the file goes up after its dossier) and a complete blob, and moves the dossier to a new
 * change number so the office's other desks pull the attachment list with it.
 */
public final class BlobService {
    private static final Logger LOG = LoggerFactory.getLogger(BlobService.class);
    /** Largest file accepted (the desk's own limit). */
    public static final long MAX_FILE = 50L * 1024 * 1024;
    /** Largest chunk in one request. */
    public static final int MAX_CHUNK = 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final int MAX_TEXT = 500;

    private final CentralDatabase db;
    private final BlobRepository blobs;
    private final DossierRepository dossiers;
    private final Clock clock;

    public BlobService(CentralDatabase db, BlobRepository blobs, DossierRepository dossiers, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public BlobStatus status(Device device, String sha256) {
        String sha = checkSha(sha256);
        Blob b = db.read(c -> blobs.find(c, device.officeCode(), sha)).orElseThrow(() -> new ApiException(404,
                "BLOB_NOT_FOUND", Msg.of("central.blob.nothingYet")));
        return status(b);
    }

    /**
     * Stores one chunk.
     *
     * @param offset where the chunk starts in the file, as sent
     * @param size   the whole file's size, as sent
     * @param type   the file's media type, as sent
     * @param body   the chunk (read here, at most {@link #MAX_CHUNK} bytes)
     */
    public BlobStatus upload(Device device, String sha256, String offset, String size, String type, InputStream body) {
        String sha = checkSha(sha256);
        long start = QueryParams.number(offset, "offset", 0, MAX_FILE - 1, null);
        long total = QueryParams.number(size, "size", 1, MAX_FILE, null);
        String mediaType = type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT);
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw ApiException.badRequest("UNSUPPORTED_FILE_TYPE", Msg.of("central.blob.type"));
        }
        byte[] chunk = readChunk(body);
        if (start + chunk.length > total) {
            throw ApiException.badRequest("CHUNK_BEYOND_END", Msg.of("central.blob.beyondEnd", total));
        }
        String office = device.officeCode();
        boolean postgres = db.dialect() == CentralDatabase.Dialect.POSTGRESQL;
        Outcome outcome = db.write(c -> {
            Instant now = clock.instant();
            Blob b = blobs.findForUpdate(c, office, sha, postgres).orElse(null);
            if (b != null && !b.complete() && (b.sizeBytes() != total || !b.mediaType().equals(mediaType))
                    && start == 0) {
                blobs.discard(c, office, sha); // a restart that declares another size: the old parts are useless
                b = null;
            }
            if (b == null) {
                if (start != 0) {
                    return new Outcome(null, 0);
                }
                blobs.create(c, office, sha, total, mediaType, now);
                b = blobs.findForUpdate(c, office, sha, postgres).orElseThrow();
            }
            if (b.complete()) {
                return new Outcome(b, -1);
            }
            if (b.sizeBytes() != total || !b.mediaType().equals(mediaType)) {
                throw new ApiException(409, "BLOB_CONFLICT", Msg.of("central.blob.conflict"));
            }
            if (start != b.received()) {
                return new Outcome(b, b.received());
            }
            blobs.appendChunk(c, office, sha, start, chunk, now);
            long received = start + chunk.length;
            if (received == total) {
                String actual = blobs.digest(c, office, sha);
                if (!actual.equals(sha)) {
                    blobs.discard(c, office, sha);
                    return new Outcome(null, -2);
                }
                blobs.markComplete(c, office, sha, now);
                LOG.info("File {} ({} bytes) of office {} is complete", sha, total, office);
            }
            return new Outcome(blobs.find(c, office, sha).orElseThrow(), -1);
        });
        if (outcome.expected == -2) {
            throw new ApiException(422, "HASH_MISMATCH", Msg.of("central.blob.hashMismatch"));
        }
        if (outcome.expected >= 0) {
            throw new ApiException(409, "OFFSET_MISMATCH", Msg.of("central.blob.offset",
                    outcome.expected));
        }
        return status(outcome.blob);
    }

    /** {@code expected}: -1 stored (or already complete), -2 hash mismatch, ≥ 0 the offset the chunk must start at. */
    private record Outcome(Blob blob, long expected) {
    }

    /** How long an unfinished upload waits for its desk to resume it before {@link #pruneAbandoned} drops it. */
    public static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofDays(30);

    /**
     * Drops uploads that were never completed and have not moved for {@code age} (a desk resumes within minutes or
     * days; after a month the desk was reinstalled, revoked, or the file deleted). A desk that does come back starts
     * the file again from byte 0.
     */
    public BlobRepository.Pruned pruneAbandoned(java.time.Duration age) {
        java.time.Instant before = clock.instant().minus(age);
        BlobRepository.Pruned p = db.write(c -> blobs.pruneIncomplete(c, before));
        if (p.uploads() > 0) {
            LOG.info("Dropped {} unfinished uploads ({} bytes) untouched since {}", p.uploads(), p.bytes(), before);
        }
        return p;
    }

    /** A complete file of the device's office that an attachment of the office points at. */
    public Blob downloadable(Device device, String sha256) {
        String sha = checkSha(sha256);
        String office = device.officeCode();
        return db.read(c -> {
            Blob b = blobs.find(c, office, sha).filter(Blob::complete).orElse(null);
            if (b == null || !blobs.referenced(c, office, sha)) {
                throw new ApiException(404, "BLOB_NOT_FOUND", Msg.of("central.blob.notFound"));
            }
            return b;
        });
    }

    /** Streams a file found by {@link #downloadable}. */
    public void copy(Blob b, OutputStream out) throws IOException {
        try {
            db.read(c -> {
                try {
                    blobs.copyTo(c, b.officeCode(), b.sha256(), out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Records an attachment whose file is complete on the server.
     *
     * @return true when stored now, false when the same attachment was already stored (a repeated request)
     */
    public boolean register(Device device, AttachmentMeta m) {
        AttachmentRow row = check(device, m);
        return db.write(c -> {
            var existing = blobs.findAttachment(c, row.id());
            if (existing.isPresent()) {
                if (!same(existing.get(), row)) {
                    throw new ApiException(409, "ATTACHMENT_CONFLICT",
                            Msg.of("central.attachment.idTaken"));
                }
                return false;
            }
            Map<String, StoredDossier> found = dossiers.findByIdsOrCodes(c, List.of(row.dossierId()), List.of());
            StoredDossier d = found.get(row.dossierId());
            if (d == null) {
                throw new ApiException(409, "UNKNOWN_DOSSIER", Msg.of("central.attachment.noDossier"));
            }
            if (!d.officeCode().equals(device.officeCode())) {
                throw new ApiException(403, "FOREIGN_OFFICE", Msg.of("central.attachment.foreign", d.code()));
            }
            Blob b = blobs.find(c, device.officeCode(), row.sha256()).orElse(null);
            if (b == null || !b.complete()) {
                throw new ApiException(409, "BLOB_INCOMPLETE", Msg.of("central.attachment.blobIncomplete"));
            }
            if (b.sizeBytes() != row.sizeBytes() || !b.mediaType().equals(row.mediaType())) {
                throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.attachment.differs"));
            }
            blobs.insertAttachment(c, row);
            vn.motcua.central.province.FigureUpdates.apply(c, List.of(row.dossierId()));
            dossiers.touch(c, device.officeCode(), List.of(row.dossierId()), row.storedAt());
            return true;
        });
    }

    private AttachmentRow check(Device device, AttachmentMeta m) {
        if (m.id() == null || m.dossierId() == null) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.attachment.noIds"));
        }
        String sha = checkSha(m.sha256());
        if (m.documentIndex() < 0 || m.documentIndex() > 999) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.attachment.documentIndex"));
        }
        if (m.mediaType() == null || !MEDIA_TYPES.contains(m.mediaType())) {
            throw ApiException.badRequest("UNSUPPORTED_FILE_TYPE", Msg.of("central.attachment.type"));
        }
        if (m.sizeBytes() < 1 || m.sizeBytes() > MAX_FILE) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.attachment.size"));
        }
        String addedAt = required(m.addedAt(), "addedAt");
        try {
            addedAt = LocalDateTime.parse(addedAt).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.attachment.time"));
        }
        return new AttachmentRow(m.id().toString(), m.dossierId().toString(), device.officeCode(), m.documentIndex(),
                required(m.documentName(), "documentName"), sha, required(m.fileName(), "fileName"), m.mediaType(),
                m.sizeBytes(), addedAt, required(m.addedBy(), "addedBy"), device.id(), clock.instant());
    }

    private static boolean same(AttachmentRow a, AttachmentRow b) {
        return a.dossierId().equals(b.dossierId()) && a.documentIndex() == b.documentIndex()
                && a.sha256().equals(b.sha256());
    }

    private static String required(String v, String field) {
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest("INVALID_ATTACHMENT", Msg.of("central.event.fieldMissing", field));
        }
        String s = Text.nfc(v.strip());
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    private static BlobStatus status(Blob b) {
        return new BlobStatus(b.sha256(), b.sizeBytes(), b.received(), b.complete());
    }

    private static String checkSha(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw ApiException.badRequest("INVALID_SHA256", Msg.of("central.blob.sha256"));
        }
        return sha256;
    }

    private static byte[] readChunk(InputStream body) {
        byte[] chunk;
        try (InputStream in = body) {
            chunk = in.readNBytes(MAX_CHUNK + 1);
        } catch (IOException e) {
            throw new ApiException(400, "UNREADABLE_BODY", Msg.of("central.body.unreadable"));
        }
        if (chunk.length > MAX_CHUNK) {
            throw new ApiException(413, "PAYLOAD_TOO_LARGE", Msg.of("central.blob.chunkTooLarge", MAX_CHUNK));
        }
        if (chunk.length == 0) {
            throw ApiException.badRequest("EMPTY_BODY", Msg.of("central.blob.empty"));
        }
        return chunk;
    }
}
