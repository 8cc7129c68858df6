package io.lineengage.domain.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What we keep of an API key: its SHA-256. Keys carry 256 random bits, so a fast hash is enough
 * (no password stretching needed) and lets a request be authenticated with one indexed lookup.
 */
public record ApiKeyHash(String hex) {
    public ApiKeyHash {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an API key hash is 64 lowercase hex digits");
        }
    }

    public static ApiKeyHash of(String plaintextKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return new ApiKeyHash(
                    HexFormat.of().formatHex(sha256.digest(plaintextKey.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
