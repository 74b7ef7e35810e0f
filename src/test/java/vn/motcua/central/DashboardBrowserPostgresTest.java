package vn.motcua.central;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * The dashboard's browser test on a PostgreSQL central server; skipped (visibly) when {@value TestDatabases#PG_ENV}
 * is unset.
 */
class DashboardBrowserPostgresTest extends DashboardBrowserTest {

    @BeforeAll
    static void needsPostgres() {
        if (TestDatabases.pgUrl() == null) {
            System.err.println("SKIPPED: DashboardBrowserPostgresTest — set " + TestDatabases.PG_ENV
                    + " to run the dashboard's browser test against a PostgreSQL central server");
        }
        assumeTrue(TestDatabases.pgUrl() != null, TestDatabases.PG_ENV + " is not set: PostgreSQL tests skipped");
    }

    @Override
    String[] database() throws Exception {
        return new String[] {TestDatabases.freshPostgresSchema(), TestDatabases.pgUser(), TestDatabases.pgPassword()};
    }
}
