package vn.motcua.sync.wire;

/**
 * Where the upload of one file stands on the server ({@code GET /api/v1/blobs/{sha256}/status} and the answer to
 * every chunk {@code PUT}).
 *
 * @param sha256   the file's name: the lowercase hex SHA-256 of its content
 * @param size     the whole file's size in bytes, as declared by the first chunk
 * @param received bytes stored so far: the next chunk starts here
 * @param complete the whole content arrived and hashed to {@code sha256}
 */
public record BlobStatus(String sha256, long size, long received, boolean complete) {
}
