package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.LogbookLine;

/**
 * The line each dossier was entered on in the logbook (table {@code logbook_line}). A line is written once and never
 * rewritten: at registration on the receiving desk, or when another desk's registration arrives by sync.
 */
public final class LogbookRepository {

    public Optional<LogbookLine> find(Connection c, UUID dossierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT volume, line FROM logbook_line WHERE dossier_id = ?")) {
            ps.setString(1, dossierId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new LogbookLine(rs.getString(1), rs.getInt(2))) : Optional.empty();
            }
        }
    }

    /**
     * The dossier's line, giving it the next free line of its book when it has none yet (on the receiving desk at
     * registration; elsewhere for a dossier that arrived by sync without one).
     */
    public LogbookLine assign(Connection c, Dossier d) throws SQLException {
        Optional<LogbookLine> known = find(c, d.id());
        if (known.isPresent()) {
            return known.get();
        }
        LogbookLine line = nextLine(c, d);
        keep(c, d.id(), line);
        return line;
    }

    /**
     * {@link #assign} for a dossier inserted in this transaction, which cannot have a line yet (the registration
     * path; issue 18: no look-up first). A plain INSERT: were a line there after all, the transaction fails rather
     * than hand out a second one.
     */
    public LogbookLine assignNew(Connection c, Dossier d) throws SQLException {
        LogbookLine line = nextLine(c, d);
        SqlValues.update(c, "INSERT INTO logbook_line (dossier_id, volume, line) VALUES (?, ?, ?)",
                d.id(), line.volume(), line.line());
        return line;
    }

    /** The next free line of the dossier's book. */
    private static LogbookLine nextLine(Connection c, Dossier d) throws SQLException {
        String volume = LogbookLine.volumeOf(d.receivedAt().toLocalDate(), d.deskNo());
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(line), 0) + 1 FROM logbook_line "
                + "WHERE volume = ?")) {
            ps.setString(1, volume);
            try (ResultSet rs = ps.executeQuery()) {
                return new LogbookLine(volume, rs.next() ? rs.getInt(1) : 1);
            }
        }
    }

    /** Records a line given elsewhere; a line already known here is kept (first one wins, nothing is renumbered). */
    public boolean keep(Connection c, UUID dossierId, LogbookLine line) throws SQLException {
        return SqlValues.update(c, "INSERT OR IGNORE INTO logbook_line (dossier_id, volume, line) VALUES (?, ?, ?)",
                dossierId, line.volume(), line.line()) > 0;
    }
}
