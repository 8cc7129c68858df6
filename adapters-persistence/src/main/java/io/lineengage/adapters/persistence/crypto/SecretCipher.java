package io.lineengage.adapters.persistence.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM under the master key: a fresh 96-bit nonce per value, and the value's
 * place (table, row, column) as associated data, so a ciphertext copied into another row does not decrypt.
 * Stored form: {@code v1:} + base64(nonce | ciphertext | tag).
 */
public final class SecretCipher {
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private SecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the master key is 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public static SecretCipher withKey(byte[] key) {
        return new SecretCipher(key);
    }

    public String encrypt(String plaintext, String place) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return VERSION
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String decrypt(String stored, String place) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("a stored secret at " + place + " is not in a known format");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "the secret at " + place + " does not decrypt: LINE_ENGAGE_MASTER_KEY is not"
                            + " the key it was stored with (or the value was tampered with)",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "SecretCipher[key hidden]";
    }
}
