package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.cli.SyncHarness;

/**
 * The CI-sized soak: three desks of one office, a real central server over real HTTP, a fault-injecting proxy
 * between them. After healing every desk and the server hold the same dossiers, statuses and ratings.
 * Replay a failure with {@code -Dsync.seed=SEED}; the long run is {@code motcua sync soak --dossiers 5000}.
 */
class SyncSoakTest {

    @Test
    void threeDesksConvergeAfterFaults(@TempDir Path dir) throws Exception {
        long seed = Long.getLong("sync.seed", System.nanoTime());
        int dossiers = Integer.getInteger("sync.dossiers", 300);
        System.out.println("SyncSoakTest seed=" + seed + " dossiers=" + dossiers);
        SyncHarness.SoakResult r = SyncHarness.soak(dir, dossiers, seed, 0.3);
        System.out.println("SyncSoakTest result: " + r);
        assertThat(r.mismatches()).as("seed %d", seed).isEmpty();
        assertThat(r.serverDossiers()).isEqualTo(dossiers);
        assertThat(r.deskDossiers().values()).containsOnly(dossiers);
        assertThat(r.faults().values().stream().mapToLong(Long::longValue).sum() - r.faults().get("NONE"))
                .as("faults injected").isPositive();
    }
}
