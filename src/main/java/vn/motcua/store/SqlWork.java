package vn.motcua.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run on a given connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
