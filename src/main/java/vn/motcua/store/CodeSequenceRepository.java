package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.motcua.domain.dossier.SequenceBlocks;

/** Issues the next number of this desk's block of the daily sequence. Call inside the registering transaction. */
public final class CodeSequenceRepository {

    public int next(Connection c, LocalDate day, int deskNo, SequenceBlocks blocks) throws SQLException {
        return issue(c, day, deskNo, blocks, last(c, day, deskNo));
    }

    /** The last number this desk issued on {@code day} (0 when none yet). */
    public int last(Connection c, LocalDate day, int deskNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last FROM code_sequence WHERE day = ? AND desk_no = ?")) {
            SqlValues.bind(ps, day, deskNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * Issues the number after {@code last}, which must be what {@link #last} reads in this transaction (a caller that
     * issued the previous number itself, in this transaction, may pass that one instead of reading it again).
     */
    public int issue(Connection c, LocalDate day, int deskNo, SequenceBlocks blocks, int last) throws SQLException {
        int next = blocks.next(deskNo, last);
        SqlValues.update(c, "INSERT INTO code_sequence (day, desk_no, last) VALUES (?, ?, ?) "
                + "ON CONFLICT (day, desk_no) DO UPDATE SET last = excluded.last", day, deskNo, next);
        return next;
    }
}
