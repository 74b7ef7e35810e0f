package vn.motcua.central;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;

/** The province figures contract on PostgreSQL; skipped (visibly) when {@value TestDatabases#PG_ENV} is unset. */
class ProvinceFiguresPostgresTest extends ProvinceFiguresContract {

    @BeforeAll
    static void needsPostgres() {
        if (TestDatabases.pgUrl() == null) {
            System.err.println("SKIPPED: ProvinceFiguresPostgresTest — set " + TestDatabases.PG_ENV
                    + " to run the province figures against a PostgreSQL central server");
        }
        assumeTrue(TestDatabases.pgUrl() != null, TestDatabases.PG_ENV + " is not set: PostgreSQL tests skipped");
    }

    @Override
    String[] database(Path dir) throws Exception {
        return new String[] {TestDatabases.freshPostgresSchema(), TestDatabases.pgUser(), TestDatabases.pgPassword()};
    }
}
