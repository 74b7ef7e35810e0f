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
        soak(Integer.getInteger("sync.dossiers", 300), dir, Long.getLong("sync.seed", System.nanoTime()));
    }

    /**
     * Seeds that once failed, kept as fixed cases. 9244289671489: a dossier at another agency waiting for a
     * supplement; the server forgot the agency and refused the desk's return from it (InteropThroughSupplementSyncTest).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {9244289671489L})
    void seedsThatOnceFailed(long seed, @TempDir Path dir) throws Exception {
        soak(300, dir, seed);
    }

    /** A longer soak (2,000 dossiers): {@code mvn verify -Dgroups=long}; {@code bench/run sync soak} is longer. */
    @Test
    @org.junit.jupiter.api.Tag("long")
    void twoThousandDossiersConvergeAfterFaults(@TempDir Path dir) throws Exception {
        soak(2_000, dir, Long.getLong("sync.seed", System.nanoTime()));
    }

    private static void soak(int dossiers, Path dir, long seed) throws Exception {
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
