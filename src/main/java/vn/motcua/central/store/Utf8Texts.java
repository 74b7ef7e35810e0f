package vn.motcua.central.store;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * SQLite only (decision 0042): JSON texts a push stores, encoded to UTF-8 once, before the write lock, and bound to
 * the statements as those bytes. The SQLite driver encodes every bound {@code String} again at each bind (a
 * dossier's JSON five times a batch: its row and four outbox rows, a progress entry twice), inside the single
 * writer's turn. The statements read such a parameter as {@code CAST(? AS TEXT)}: SQLite takes the bytes as text in
 * the database's encoding (UTF-8), so the stored value is the same TEXT, byte for byte, as binding the string (the
 * bytes are the driver's own encoding: {@link String#getBytes} in UTF-8, which also replaces a lone surrogate
 * the same way). A string not added here is bound as a string, as before.
 *
 * <p>Keyed by the string's identity: the rows carry the very strings that were added. One push, one thread.
 */
public final class Utf8Texts {
    private final Map<String, byte[]> bytes = new IdentityHashMap<>();

    /** Encodes {@code text} now (null is ignored). */
    public void add(String text) {
        if (text != null) {
            bytes.computeIfAbsent(text, t -> t.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The placeholder of a text parameter: {@code CAST(? AS TEXT)} when texts may come as bytes, else {@code ?}. */
    public static String param(Utf8Texts texts) {
        return texts == null ? "?" : "CAST(? AS TEXT)";
    }

    /** Binds {@code text} (null as SQL NULL): as its UTF-8 bytes when they were added, else as a string. */
    public static void bind(PreparedStatement ps, int index, String text, Utf8Texts texts) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
            return;
        }
        byte[] b = texts == null ? null : texts.bytes.get(text);
        if (b != null) {
            ps.setBytes(index, b);
        } else {
            ps.setString(index, text);
        }
    }
}
