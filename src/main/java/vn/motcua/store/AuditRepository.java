package vn.motcua.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Who viewed, printed, exported or changed which dossier, and when. Hash-chained: each row stores
 * SHA-256(previous hash, its own fields), so editing or deleting a row in the middle breaks the chain
 * ({@link #verify(Connection)}). Rows are only ever appended, on the single writer thread.
 *
 * <p>A row without a hash is accepted only among the rows written before the chain started; their number and last id
 * were fixed when it started ({@code audit_chain}), so wiping hashes is detected. Deleting the last rows leaves a
 * shorter valid chain: that is detected against the head the server keeps ({@link #verifyAgainst}), which the desk
 * reports with every push ({@link #head}).
 */
public final class AuditRepository {
    static final String GENESIS = "0".repeat(64);

    public void record(Connection c, LocalDateTime at, String actor, String action, UUID dossierId, String detail)
            throws SQLException {
        record(c, at, actor, action, dossierId, detail, chainEnd(c));
    }

    /** The hash the next row chains to: the last chained row's, or the genesis value when none is chained yet. */
    public String chainEnd(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("SELECT hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : GENESIS;
        }
    }

    /**
     * Appends a row chained to {@code prev}, which must be {@link #chainEnd} as it stands in this transaction (a caller
     * that appended the last row itself may pass the hash this returned); returns the new row's hash.
     */
    public String record(Connection c, LocalDateTime at, String actor, String action, UUID dossierId, String detail,
                         String prev) throws SQLException {
        String atText = SqlValues.ts(at);
        String dossier = dossierId == null ? null : dossierId.toString();
        String hash = hash(prev, atText, actor, action, dossier, detail);
        SqlValues.update(c, "INSERT INTO audit (at, actor, action, dossier_id, detail, prev_hash, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", atText, actor, action, dossier, detail, prev, hash);
        return hash;
    }

    /** The outcome of checking the chain. */
    public record Verification(boolean intact, long chainedRows, long unchainedRows, Long firstBrokenId,
                               String problem) {
    }

    /** The chain's last row: its id and hash (empty when no row is chained yet). */
    public record Head(long id, String hash) {
    }

    public java.util.Optional<Head> head(Connection c) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, hash FROM audit WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? java.util.Optional.of(new Head(rs.getLong(1), rs.getString(2)))
                    : java.util.Optional.empty();
        }
    }

    /**
     * The local chain checked, then against the head the server kept: that row must still be here with that hash,
     * else rows were deleted from the end (or the chain was rebuilt).
     */
    public Verification verifyAgainst(Connection c, Head serverHead) throws SQLException {
        Verification local = verify(c);
        if (!local.intact() || serverHead == null) {
            return local;
        }
        try (var ps = c.prepareStatement("SELECT hash FROM audit WHERE id = ?")) {
            ps.setLong(1, serverHead.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Verification(false, local.chainedRows(), local.unchainedRows(), serverHead.id(),
                            "row " + serverHead.id() + ", the head the server holds, is missing here (the last rows "
                                    + "were deleted)");
                }
                if (!serverHead.hash().equals(rs.getString(1))) {
                    return new Verification(false, local.chainedRows(), local.unchainedRows(), serverHead.id(),
                            "row " + serverHead.id() + " differs from the server's copy of the chain head (the chain "
                                    + "was cut and rebuilt)");
                }
            }
        }
        return local;
    }

    public Verification verify(Connection c) throws SQLException {
        long preChainRows = -1;
        long preChainMaxId = -1;
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pre_chain_rows, pre_chain_max_id FROM audit_chain WHERE id = 1")) {
            if (rs.next()) {
                preChainRows = rs.getLong(1);
                preChainMaxId = rs.getLong(2);
            }
        }
        long unchained = 0;
        long chained = 0;
        String expectedPrev = GENESIS;
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, at, actor, action, dossier_id, detail, prev_hash, hash FROM audit ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String hash = rs.getString(8);
                if (hash == null) {
                    if (chained > 0 || preChainRows < 0 || id > preChainMaxId || unchained + 1 > preChainRows) {
                        return new Verification(false, chained, unchained, id, preChainRows < 0
                                ? "the record of where the chain started (audit_chain) is missing"
                                : "row " + id + " has lost its hash (only the " + preChainRows + " rows written "
                                        + "before the chain started, up to id " + preChainMaxId + ", may have none)");
                    }
                    unchained++;
                    continue;
                }
                String prev = rs.getString(7);
                if (!expectedPrev.equals(prev)) {
                    return new Verification(false, chained, unchained, id,
                            "row " + id + " does not follow the previous row (a row was deleted or inserted)");
                }
                String actual = hash(prev, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6));
                if (!actual.equals(hash)) {
                    return new Verification(false, chained, unchained, id, "row " + id + " was altered");
                }
                expectedPrev = hash;
                chained++;
            }
        }
        if (preChainRows < 0 && chained + unchained > 0) {
            return new Verification(false, chained, unchained, null,
                    "the record of where the chain started (audit_chain) is missing");
        }
        return new Verification(true, chained, unchained, null, null);
    }

    static String hash(String prev, String at, String actor, String action, String dossier, String detail) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prev, at, actor, action, dossier, detail}) {
                byte[] b = (part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8);
                md.update(ByteLength.of(b.length));
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Length prefix so that field boundaries are part of the hash. */
    private static final class ByteLength {
        static byte[] of(int n) {
            return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
        }
    }
}
