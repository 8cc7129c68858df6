package io.lineengage.bootstrap;

import java.util.Arrays;
import java.util.Base64;

/** The 256-bit key that encrypts LINE channel secrets and tokens at rest. Never logged, never stored in the database. */
public final class MasterKey {
    public static final int LENGTH_BYTES = 32;
    private final byte[] bytes;

    private MasterKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** Reads a base64 text of exactly 32 bytes. */
    public static MasterKey fromBase64(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LINE_ENGAGE_MASTER_KEY must be base64", e);
        }
        if (decoded.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("LINE_ENGAGE_MASTER_KEY must decode to 32 bytes, not " + decoded.length);
        }
        return new MasterKey(decoded);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }
}
