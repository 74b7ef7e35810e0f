package vn.motcua.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.domain.text.Msg;

/**
 * Digitisation (số hóa): scanned PDF/JPG/PNG files attached to a dossier's document components. The bytes are stored
 * once per content in {@code <data>/attachments/ab/<sha256>} (content-addressed, so the same scan attached twice takes
 * no extra room); a row ties a file to a document line. The dossier keeps the count of digitised components.
 */
public final class AttachmentService {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentService.class);
    /** Largest file accepted: a multi-page colour scan, not a video. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Database db;
    private final DossierRepository dossiers;
    private final AttachmentRepository attachments;
    private final AuditRepository audit;
    private final Path store;
    private final Clock clock;

    AttachmentService(Database db, DossierRepository dossiers, AttachmentRepository attachments, AuditRepository audit,
                      Path dataDir, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.audit = audit;
        this.store = dataDir.resolve(vn.motcua.store.AttachmentFiles.FOLDER);
        this.clock = clock;
    }

    /** The kinds of file accepted, recognised by their first bytes (not by the name). */
    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Kind> ofMediaType(String mediaType) {
            for (Kind k : values()) {
                if (k.mediaType.equals(mediaType)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }

        static Optional<Kind> sniff(byte[] head, int n) {
            if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
                return Optional.of(PDF);
            }
            if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
                return Optional.of(JPEG);
            }
            if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return Optional.of(PNG);
            }
            return Optional.empty();
        }
    }

    /** Whether a file name looks like something we accept (for the file chooser and drag-and-drop feedback). */
    public static boolean acceptsName(String fileName) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
    }

    /**
     * Attaches {@code file} to document line {@code documentIndex} of dossier {@code code}. Refuses (with a
     * Vietnamese message) files that are not PDF/JPG/PNG, empty or too large. Attaching the same file to the same line
     * twice is accepted and changes nothing.
     */
    public StoredAttachment attach(String code, int documentIndex, Path file, Actor actor) {
        if (actor == null) {
            throw new AccessDeniedException(Msg.of("access.signInRequired", Msg.of("action.attachment.add")));
        }
        Dossier d = db.read(c -> dossiers.findByCode(c, code)).orElseThrow(() -> new ValidationException("code",
                Msg.of("dossier.notFound", code)));
        if (documentIndex < 0 || documentIndex >= d.documents().size()) {
            throw new ValidationException("document", Msg.of("attachment.noDocument",
                    String.valueOf(documentIndex + 1)));
        }
        String fileName = file.getFileName() == null ? "tep" : Text.nfc(file.getFileName().toString());
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ValidationException("file", Msg.of("attachment.unreadable", fileName,
                    String.valueOf(e.getMessage())));
        }
        if (size == 0) {
            throw new ValidationException("file", Msg.of("attachment.empty", fileName));
        }
        if (size > MAX_BYTES) {
            throw new ValidationException("file", Msg.of("attachment.tooLarge", fileName,
                    String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        Stored stored = copyIntoStore(file, fileName);
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        String docName = d.documents().get(documentIndex).name();
        StoredAttachment a = new StoredAttachment(UUID.randomUUID(), d.id(), documentIndex, docName, stored.sha256(),
                fileName, stored.kind().mediaType(), size, now, actor.username());
        return db.write(c -> {
            if (attachments.exists(c, d.id(), documentIndex, stored.sha256())) {
                return a;
            }
            attachments.insert(c, a);
            attachments.refreshDigitisedCount(c, d.id());
            audit.record(c, now, actor.username(), "ATTACH", d.id(), d.code() + " #" + (documentIndex + 1) + " "
                    + stored.sha256());
            return a;
        });
    }

    public List<StoredAttachment> list(String code) {
        return db.read(c -> {
            Optional<Dossier> d = dossiers.findByCode(c, code);
            return d.isEmpty() ? List.<StoredAttachment>of() : attachments.list(c, d.get().id());
        });
    }

    /** How many document components of the dossier have a scanned file. */
    public int digitisedComponents(String code) {
        return db.read(c -> {
            Optional<Dossier> d = dossiers.findByCode(c, code);
            return d.isEmpty() ? 0 : attachments.digitisedCount(c, d.get().id());
        });
    }

    /** Where the bytes of an attachment are (for viewing). */
    public Path fileOf(StoredAttachment a) {
        return pathFor(a.sha256());
    }

    private Path pathFor(String sha256) {
        return vn.motcua.store.AttachmentFiles.path(store, sha256);
    }

    private record Stored(String sha256, Kind kind) {
    }

    private Stored copyIntoStore(Path file, String fileName) {
        Path tmp = null;
        try {
            Files.createDirectories(store);
            tmp = Files.createTempFile(store, "incoming-", ".part");
            MessageDigest sha = vn.motcua.store.AttachmentFiles.newDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            byte[] head;
            try (InputStream h = Files.newInputStream(tmp)) {
                head = h.readNBytes(8);
            }
            Kind kind = Kind.sniff(head, head.length).orElseThrow(() -> new ValidationException("file",
                    Msg.of("attachment.kind", fileName)));
            String hex = HexFormat.of().formatHex(sha.digest());
            Path target = pathFor(hex);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                vn.motcua.store.AttachmentFiles.place(tmp, target);
            }
            tmp = null;
            return new Stored(hex, kind);
        } catch (IOException e) {
            throw new ValidationException("file", Msg.of("attachment.copyFailed", fileName,
                    String.valueOf(e.getMessage())));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary file {}", tmp, e);
                }
            }
        }
    }
}
