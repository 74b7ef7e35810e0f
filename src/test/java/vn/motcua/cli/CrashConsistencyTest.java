package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The short CI run of the crash harness; `motcua crashtest --runs 200` is the long one. */
class CrashConsistencyTest {
    @Test
    void killingTheWriterAtRandomMoments_losesNothingAcknowledged(@TempDir Path dir) throws Exception {
        crash(Integer.getInteger("crash.runs", 6), dir);
    }

    /** A longer run (60 kills): {@code mvn verify -Dgroups=long}; {@code bench/run crashtest --runs 200} is longer. */
    @Test
    @org.junit.jupiter.api.Tag("long")
    void sixtyKills_loseNothingAcknowledged(@TempDir Path dir) throws Exception {
        crash(60, dir);
    }

    private static void crash(int runs, Path dir) throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        CrashCommand.Result r = CrashCommand.run(runs, seed, 2500, dir);
        assertThat(r.failures()).as("seed " + seed + " (replay with -Dcrash.seed=" + seed + ")").isEmpty();
        assertThat(r.acknowledged()).as("the children registered something before being killed").isPositive();
        assertThat(r.dossiers()).isGreaterThanOrEqualTo(r.acknowledged());
    }
}
