package vn.motcua.domain.rating;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a receipt's rating URL {@code {base}/r/{code}?t={token}}: the rating key's id ({@value #KEY_ID_LENGTH}
 * characters, derived from the secret, so the server finds the key without trying every desk's) followed by
 * base64url(HMAC-SHA256(desk rating secret, dossier code)) truncated to {@value #MAC_LENGTH} characters (132 bits).
 * Computable offline by the desk; checked by the central server against the key the id names. A desk's secret can be
 * rotated: receipts printed under the old key keep their id and stay checkable. Tokens printed before key ids
 * existed ({@value #LEGACY_LENGTH} characters, MAC only) are still verified. Carries no personal data.
 */
public final class RatingToken {
    /** Characters of the MAC part (22 = 132 bits). */
    public static final int MAC_LENGTH = 22;
    /** Characters of the key id. */
    public static final int KEY_ID_LENGTH = 4;
    /** Length of a token: key id + MAC. */
    public static final int LENGTH = KEY_ID_LENGTH + MAC_LENGTH;
    /** Length of a token printed before key ids (MAC only). */
    public static final int LEGACY_LENGTH = MAC_LENGTH;

    private RatingToken() {
    }

    /**
     * @param secret the desk's rating secret (base64url, no padding)
     * @param code   the dossier code
     */
    public static String of(String secret, String code) {
        return keyId(secret) + mac(secret, code);
    }

    /** The public id of a rating secret: 4 base64url characters of HMAC(secret, "rating-key-id"). */
    public static String keyId(String secret) {
        return hmac(secret, "motcua:rating-key-id").substring(0, KEY_ID_LENGTH);
    }

    /** The key id a token names, or null for a legacy token (or one of no known shape). */
    public static String keyIdOf(String token) {
        return token != null && token.length() == LENGTH ? token.substring(0, KEY_ID_LENGTH) : null;
    }

    /** Whether the token has one of the two shapes (it may still be forged). */
    public static boolean wellFormed(String token) {
        return token != null && (token.length() == LENGTH || token.length() == LEGACY_LENGTH)
                && token.chars().allMatch(ch -> Character.isLetterOrDigit(ch) && ch < 128 || ch == '-' || ch == '_');
    }

    /** Constant-time check of a token presented with a code (either shape). */
    public static boolean verify(String secret, String code, String token) {
        if (secret == null || code == null || !wellFormed(token)) {
            return false;
        }
        String expected = token.length() == LENGTH ? of(secret, code) : mac(secret, code);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    /** A new random rating secret: 32 bytes, base64url without padding. */
    public static String newSecret() {
        byte[] b = new byte[32];
        new java.security.SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String mac(String secret, String code) {
        return hmac(secret, code).substring(0, MAC_LENGTH);
    }

    private static String hmac(String secret, String text) {
        byte[] key = Base64.getUrlDecoder().decode(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
