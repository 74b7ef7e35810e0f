package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditChainTest {
    @TempDir
    Path dir;
    Database db;
    final AuditRepository audit = new AuditRepository();

    @BeforeEach
    void fiveRows() {
        db = Database.open(dir.resolve("a.db"));
        for (int i = 0; i < 5; i++) {
            int n = i;
            db.write(c -> {
                audit.record(c, LocalDateTime.of(2026, 5, 4, 10, n), "canbo" + n, "VIEW", UUID.randomUUID(), "x" + n);
                return null;
            });
        }
    }

    private AuditRepository.Verification verify() {
        return db.read(audit::verify);
    }

    @Test
    void untouchedLog_isIntact() {
        assertThat(verify().intact()).isTrue();
        assertThat(verify().chainedRows()).isEqualTo(5);
    }

    @Test
    void editingARow_isDetected() {
        db.write(c -> SqlValues.update(c, "UPDATE audit SET actor = 'someone-else' WHERE id = 3"));
        assertThat(verify()).satisfies(v -> {
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(3L);
        });
    }

    @Test
    void deletingARow_isDetected() {
        db.write(c -> SqlValues.update(c, "DELETE FROM audit WHERE id = 2"));
        assertThat(verify().intact()).isFalse();
        assertThat(verify().firstBrokenId()).isEqualTo(3L);
    }

    @Test
    void rewritingAHashWithoutTheChain_isDetected() {
        db.write(c -> SqlValues.update(c, "UPDATE audit SET detail = 'forged', hash = ? WHERE id = 4",
                AuditRepository.hash("x", "y", "z", "w", null, "forged")));
        assertThat(verify().intact()).isFalse();
    }
}
