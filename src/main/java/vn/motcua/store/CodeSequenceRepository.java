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
        int last = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last FROM code_sequence WHERE day = ? AND desk_no = ?")) {
            SqlValues.bind(ps, day, deskNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    last = rs.getInt(1);
                }
            }
        }
        int next = blocks.next(deskNo, last);
        SqlValues.update(c, "INSERT INTO code_sequence (day, desk_no, last) VALUES (?, ?, ?) "
                + "ON CONFLICT (day, desk_no) DO UPDATE SET last = excluded.last", day, deskNo, next);
        return next;
    }
}
