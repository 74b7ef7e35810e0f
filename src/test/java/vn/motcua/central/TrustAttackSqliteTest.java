package vn.motcua.central;

import java.nio.file.Path;

/** The attack suite with the central server on SQLite. */
class TrustAttackSqliteTest extends TrustAttackContract {

    @Override
    String[] database(Path dir) {
        return new String[] {TestDatabases.sqlite(dir), null, null};
    }
}
