package vn.motcua.sync.wire;

/**
 * {@code POST /api/v1/rating-key}: a desk rotates its rating secret. Receipts printed before keep working (their
 * token names the old key, which stays valid for dossiers received before the rotation).
 *
 * @param ratingSecret the new secret (base64url, at least 256 bits)
 */
public record RatingKeyRequest(int protocol, String ratingSecret) {
}
