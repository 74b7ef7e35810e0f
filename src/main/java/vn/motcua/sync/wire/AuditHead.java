package vn.motcua.sync.wire;

/**
 * The head of a desk's audit chain: the id and hash of its last chained row. Sent with every push, so the server
 * keeps a copy a desk cannot rewrite and notices a chain that went backwards (rows deleted from its end).
 *
 * @param id   the last row's id
 * @param hash its hash (lowercase hex SHA-256)
 */
public record AuditHead(long id, String hash) {
}
