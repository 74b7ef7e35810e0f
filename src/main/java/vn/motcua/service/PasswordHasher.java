package vn.motcua.service;

import vn.motcua.auth.PasswordHashes;

/**
 * Argon2id password hashes in the PHC string format {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. The hashing
 * itself lives in {@link PasswordHashes}, shared with the central server so that a province-managed account's hash
 * verifies at the desk offline; this class is the desk services' seam over it.
 */
public final class PasswordHasher {

    public String hash(String password) {
        return PasswordHashes.hash(password);
    }

    public boolean verify(String password, String encoded) {
        return PasswordHashes.verify(password, encoded);
    }
}
