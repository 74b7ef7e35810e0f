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

    @Test
    void wipingEveryHash_isDetected_becauseNoRowPrecededTheChain() {
        db.write(c -> SqlValues.update(c, "UPDATE audit SET hash = NULL, prev_hash = NULL"));
        assertThat(verify()).satisfies(v -> {
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenId()).isEqualTo(1L);
            assertThat(v.problem()).contains("lost its hash");
        });
    }

    @Test
    void rowsWrittenBeforeTheChain_areAcceptedWithoutAHash_onlyUpToTheirFixedCount() {
        // a log that had two rows before the chain started: those two may have no hash, and the chain starts after
        db.write(c -> {
            SqlValues.update(c, "DELETE FROM audit");
            SqlValues.update(c, "INSERT INTO audit (id, at, actor, action, detail) VALUES (1, '2026-01-01T08:00', "
                    + "'a', 'VIEW', 'old'), (2, '2026-01-01T08:01', 'a', 'VIEW', 'old')");
            SqlValues.update(c, "UPDATE audit_chain SET pre_chain_rows = 2, pre_chain_max_id = 2");
            audit.record(c, LocalDateTime.of(2026, 5, 4, 11, 0), "canbo", "VIEW", null, "new");
            return null;
        });
        assertThat(verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.unchainedRows()).isEqualTo(2);
            assertThat(v.chainedRows()).isEqualTo(1);
        });
        db.write(c -> SqlValues.update(c, "UPDATE audit SET hash = NULL, prev_hash = NULL WHERE actor = 'canbo'"));
        assertThat(verify().intact()).isFalse();
        assertThat(verify().problem()).contains("lost its hash");
    }

    @Test
    void theRecordOfWhereTheChainStarted_cannotBeRemovedUnnoticed() {
        db.write(c -> SqlValues.update(c, "DELETE FROM audit_chain"));
        assertThat(verify().intact()).isFalse();
        assertThat(verify().problem()).contains("audit_chain");
    }

    @Test
    void aDeletedTail_isDetectedAgainstTheHeadKeptElsewhere() {
        AuditRepository.Head head = db.read(audit::head).orElseThrow();
        assertThat(head.id()).isEqualTo(5);
        db.write(c -> SqlValues.update(c, "DELETE FROM audit WHERE id >= 4"));
        assertThat(verify().intact()).isTrue();
        assertThat(db.read(c -> audit.verifyAgainst(c, head)).intact()).isFalse();
        // a tail rebuilt under the same ids is caught by the hash
        db.write(c -> {
            audit.record(c, LocalDateTime.of(2026, 5, 4, 12, 0), "x", "VIEW", null, "rebuilt");
            audit.record(c, LocalDateTime.of(2026, 5, 4, 12, 1), "x", "VIEW", null, "rebuilt");
            return null;
        });
        assertThat(db.read(c -> audit.verifyAgainst(c, head)).intact()).isFalse();
    }
}
