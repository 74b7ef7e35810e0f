package vn.motcua.central;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/**
 * The central server contract on PostgreSQL. Runs when {@value TestDatabases#PG_ENV} is set (CI starts a throwaway
 * cluster with {@code .ci/postgres.sh}); otherwise every test is skipped with a visible message.
 */
class CentralServerPostgresTest extends CentralServerContract {

    @BeforeAll
    static void needsPostgres() {
        if (TestDatabases.pgUrl() == null) {
            System.err.println("SKIPPED: CentralServerPostgresTest — set " + TestDatabases.PG_ENV
                    + " (e.g. eval \"$(.ci/postgres.sh)\") to run the central server tests on PostgreSQL");
        }
        assumeTrue(TestDatabases.pgUrl() != null, TestDatabases.PG_ENV + " is not set: PostgreSQL tests skipped");
    }

    @Override
    CentralFixture start(Path dir, CentralConfig.RateLimits limits) throws Exception {
        return new CentralFixture(TestDatabases.freshPostgresSchema(), TestDatabases.pgUser(),
                TestDatabases.pgPassword(), limits);
    }
}
