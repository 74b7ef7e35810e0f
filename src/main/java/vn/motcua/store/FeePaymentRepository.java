package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.fee.FeePayment;
import vn.motcua.domain.fee.PaymentMethod;

/** Fees marked paid at a counter (table {@code fee_payment}), one per dossier. */
public final class FeePaymentRepository {

    /** Totals of the fees paid in a period. */
    public record Totals(int count, long amountVnd, int byTransfer, long transferVnd) {
    }

    public Optional<FeePayment> find(Connection c, UUID dossierId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dossier_id, amount_vnd, method, paid_at, paid_by, note "
                + "FROM fee_payment WHERE dossier_id = ?")) {
            ps.setString(1, dossierId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FeePayment(UUID.fromString(rs.getString(1)), rs.getLong(2),
                        PaymentMethod.valueOf(rs.getString(3)), SqlValues.ts(rs, "paid_at"), rs.getString(5),
                        rs.getString(6)));
            }
        }
    }

    /** Stores a payment unless the dossier already has one; true when stored. */
    public boolean insert(Connection c, FeePayment p) throws SQLException {
        return SqlValues.update(c, "INSERT OR IGNORE INTO fee_payment (dossier_id, amount_vnd, method, paid_at, paid_by, "
                + "note) VALUES (?, ?, ?, ?, ?, ?)", p.dossierId(), p.amountVnd(), p.method().name(),
                SqlValues.ts(p.paidAt()), p.paidBy(), p.note()) > 0;
    }

    /** Fees paid from {@code from} (included) to {@code to} (excluded). */
    public Totals totals(Connection c, LocalDateTime from, LocalDateTime to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(amount_vnd), 0), "
                + "coalesce(sum(CASE WHEN method = 'TRANSFER' THEN 1 ELSE 0 END), 0), "
                + "coalesce(sum(CASE WHEN method = 'TRANSFER' THEN amount_vnd ELSE 0 END), 0) "
                + "FROM fee_payment WHERE paid_at >= ? AND paid_at < ?")) {
            SqlValues.bind(ps, SqlValues.ts(from), SqlValues.ts(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Totals(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getLong(4));
            }
        }
    }
}
