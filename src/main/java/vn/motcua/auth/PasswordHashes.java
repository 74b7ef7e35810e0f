package vn.motcua.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}
 * (OWASP's minimum recommended parameters; stored parameters are honoured when verifying, so they can be raised).
 *
 * <p>Shared by the desk ({@code service.PasswordHasher}) and the central server (province-managed accounts): a hash
 * made by the province verifies at a desk offline. Depends on the JDK and Bouncy Castle only.
 */
public final class PasswordHashes {
    private static final int MEMORY_KIB = 19456;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 262_144;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    /** A new salted hash of {@code password}. */
    public static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Whether {@code password} is the one {@code encoded} was made from; false for anything unreadable. */
    public static boolean verify(String password, String encoded) {
        if (password == null || encoded == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String kv : parts[3].split(",")) {
                String[] pair = kv.split("=");
                switch (pair[0]) {
                    case "m" -> m = Integer.parseInt(pair[1]);
                    case "t" -> t = Integer.parseInt(pair[1]);
                    case "p" -> p = Integer.parseInt(pair[1]);
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            byte[] actual = derive(password, salt, m, t, p, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    /**
     * Whether {@code encoded} has the shape of a hash this class makes (Argon2id, version 19, six {@code $} parts,
     * readable parameters and base64 salt and hash). Used to refuse a pulled account whose hash could never verify.
     */
    public static boolean isWellFormed(String encoded) {
        if (encoded == null || !encoded.startsWith(PREFIX) || encoded.length() > 512) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[3].matches("m=\\d{1,7},t=\\d{1,2},p=\\d{1,2}")) {
            return false;
        }
        String[] mtp = parts[3].split(",");
        int m = Integer.parseInt(mtp[0].substring(2));
        int t = Integer.parseInt(mtp[1].substring(2));
        int p = Integer.parseInt(mtp[2].substring(2));
        if (m < 8 || m > MAX_MEMORY_KIB || t < 1 || t > 10 || p < 1 || p > 8) {
            return false; // a pulled hash must not make a desk spend unbounded memory or time on a sign-in
        }
        try {
            return B64D.decode(parts[4]).length >= 8 && B64D.decode(parts[5]).length >= 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        byte[] out = new byte[length];
        gen.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
