package vn.motcua.central.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and their hashes: device tokens, enrollment codes, CSRF values. */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A random value of {@code bytes} bytes, base64url without padding. */
    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * An enrollment code an administrator can read aloud or type: 20 characters of an unambiguous alphabet in
     * groups of five (about 100 bits), e.g. {@code K7QX-M2PD-...}.
     */
    public static String enrollmentCode() {
        final String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** An enrollment code as typed, normalised: upper case, separators and spaces removed. */
    public static String normaliseEnrollmentCode(String typed) {
        return typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** SHA-256 of the UTF-8 text, lower-case hex. */
    public static String sha256(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Constant-time comparison of two texts (null equals nothing). */
    public static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a desk's rating secret is acceptable: base64url of at least 32 bytes. */
    public static boolean isRatingSecret(String s) {
        if (s == null || s.length() > 200 || !s.matches("[A-Za-z0-9_-]+=*")) {
            return false;
        }
        try {
            return Base64.getUrlDecoder().decode(s).length >= 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
