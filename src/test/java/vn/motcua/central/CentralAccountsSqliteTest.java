package vn.motcua.central;

import java.nio.file.Files;
import java.nio.file.Path;

/** Province-managed accounts on the embedded default: a SQLite file. */
class CentralAccountsSqliteTest extends CentralAccountsContract {

    @Override
    CentralFixture start(Path dir) throws Exception {
        Files.createDirectories(dir);
        return new CentralFixture(TestDatabases.sqlite(dir), null, null, CentralFixture.generous());
    }
}
