package vn.motcua.central;

import java.nio.file.Path;

/** The province figures contract with the central server on SQLite. */
class ProvinceFiguresSqliteTest extends ProvinceFiguresContract {
    @Override
    String[] database(Path dir) {
        return new String[] {TestDatabases.sqlite(dir), null, null};
    }
}
