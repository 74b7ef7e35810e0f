package vn.motcua.desk.register;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a clerk had typed in "Tiếp nhận hồ sơ" and not registered yet: kept in the data folder as the clerk types
 * (see {@link DraftKeeper}), so that a closed window, a crash or a power cut loses nothing; offered back at the next
 * sign-in of the same clerk. One file per clerk, {@code drafts/registration-USER.json}, written atomically.
 */
public record RegistrationDraft(LocalDateTime savedAt, String procedureCode, String idNumber, String fullName,
                                String birthDate, String phone, String email, String address,
                                boolean submitterDifferent, String submitterName, String submitterId,
                                String submitterPhone, String channel, String returnMethod, int sets, String summary,
                                String notes, List<Line> documents) {
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationDraft.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public RegistrationDraft {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /**
     * One checklist line as it stood.
     *
     * @param certified certified copies (0 in a draft kept before the count was on the form)
     */
    public record Line(String name, int originals, int copies, boolean mandatory, boolean extra, boolean received,
                       int certified) {
    }

    /** Where drafts are kept for one clerk. */
    public static final class Store {
        private final Path file;

        public Store(Path dataDir, String username) {
            String safe = username == null ? "_" : username.replaceAll("[^A-Za-z0-9._-]", "_");
            this.file = dataDir.resolve("drafts").resolve("registration-" + safe + ".json");
        }

        public Path file() {
            return file;
        }

        /** Writes the draft (to a temporary file, flushed to disk, then moved over the old one). */
        public void save(RegistrationDraft draft) throws IOException {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                JSON.writeValue(out, draft);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        /** The kept draft; empty when there is none or it cannot be read (a damaged file is set aside, logged). */
        public Optional<RegistrationDraft> load() {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(file.toFile(), RegistrationDraft.class));
            } catch (IOException e) {
                LOG.warn("Unreadable registration draft {}; set aside", file, e);
                try {
                    Files.move(file, file.resolveSibling(file.getFileName() + ".unreadable"),
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException moveFailed) {
                    LOG.warn("Could not set aside {}", file, moveFailed);
                }
                return Optional.empty();
            }
        }

        /** Forgets the draft (registered, discarded, or the form cleared). */
        public void clear() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not delete the registration draft {}", file, e);
            }
        }
    }
}
