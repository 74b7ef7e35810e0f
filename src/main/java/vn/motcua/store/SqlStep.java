package vn.motcua.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work that returns nothing ({@link Database#run}). */
@FunctionalInterface
public interface SqlStep {
    void run(Connection connection) throws SQLException;
}
