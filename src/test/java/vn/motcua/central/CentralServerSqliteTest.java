package vn.motcua.central;

import java.nio.file.Files;
import java.nio.file.Path;

/** The central server contract on the embedded default: a SQLite file. */
class CentralServerSqliteTest extends CentralServerContract {

    @Override
    CentralFixture start(Path dir, CentralConfig.RateLimits limits) throws Exception {
        Files.createDirectories(dir);
        return new CentralFixture(TestDatabases.sqlite(dir), null, null, limits);
    }
}
