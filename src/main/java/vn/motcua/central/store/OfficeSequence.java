package vn.motcua.central.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out an office's change numbers (the pull cursors). Incrementing the office row locks it until the
 * transaction ends, so on PostgreSQL two transactions of one office get their numbers in commit order: a reader can
 * never see change 105 committed while 104 is still to come, and a cursor never skips a change.
 */
final class OfficeSequence {
    private OfficeSequence() {
    }

    /**
     * Reserves {@code count} numbers for {@code office}.
     *
     * @return the first reserved number (the range is {@code first .. first + count - 1})
     */
    static long reserve(Connection c, String office, int count) throws SQLException {
        try (var ps = c.prepareStatement("UPDATE office SET change_seq = change_seq + ? WHERE code = ? "
                + "RETURNING change_seq")) {
            ps.setLong(1, count);
            ps.setString(2, office);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no office " + office);
                }
                return rs.getLong(1) - count + 1;
            }
        }
    }
}
