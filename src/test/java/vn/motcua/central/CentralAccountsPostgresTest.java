package vn.motcua.central;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/** Province-managed accounts on PostgreSQL; runs when {@value TestDatabases#PG_ENV} is set, else skipped visibly. */
class CentralAccountsPostgresTest extends CentralAccountsContract {

    @BeforeAll
    static void needsPostgres() {
        if (TestDatabases.pgUrl() == null) {
            System.err.println("SKIPPED: CentralAccountsPostgresTest — set " + TestDatabases.PG_ENV
                    + " (e.g. eval \"$(.ci/postgres.sh)\") to run the account tests on PostgreSQL");
        }
        assumeTrue(TestDatabases.pgUrl() != null, TestDatabases.PG_ENV + " is not set: PostgreSQL tests skipped");
    }

    @Override
    CentralFixture start(Path dir) throws Exception {
        return new CentralFixture(TestDatabases.freshPostgresSchema(), TestDatabases.pgUser(),
                TestDatabases.pgPassword(), CentralFixture.generous());
    }
}
