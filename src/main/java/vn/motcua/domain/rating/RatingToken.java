package vn.motcua.domain.rating;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token in a receipt's rating URL {@code {base}/r/{code}?t={token}}: base64url(HMAC-SHA256(desk rating secret,
 * dossier code)) truncated to {@value #LENGTH} characters (132 bits). Computable offline by the desk; checked by the
 * central server against the secrets of the office's desks. Carries no personal data.
 */
public final class RatingToken {
    /** Characters kept from the base64url HMAC (at least 16 required; 22 = 132 bits). */
    public static final int LENGTH = 22;

    private RatingToken() {
    }

    /**
     * @param secret the desk's rating secret as stored (base64url, no padding)
     * @param code   the dossier code
     */
    public static String of(String secret, String code) {
        byte[] key = Base64.getUrlDecoder().decode(secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(code.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Constant-time check of a token presented with a code. */
    public static boolean verify(String secret, String code, String token) {
        if (secret == null || code == null || token == null || token.length() != LENGTH) {
            return false;
        }
        byte[] expected = of(secret, code).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.US_ASCII));
    }
}
