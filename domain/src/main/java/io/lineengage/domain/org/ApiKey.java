package io.lineengage.domain.org;

import io.lineengage.domain.error.FieldErrors;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** An org's credential for the API. Only its hash is stored; the plaintext exists once, when it is issued. */
public record ApiKey(ApiKeyId id, OrgId orgId, String label, ApiKeyHash hash, Instant createdAt, Instant revokedAt) {
    public static final int LABEL_MAX_LENGTH = 100;
    /** Marks our keys, so that leaked ones are easy to find by secret scanners. */
    public static final String PREFIX = "lek_";

    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(createdAt, "createdAt");
        new FieldErrors().requireText(label, "label", LABEL_MAX_LENGTH).throwIfAny();
    }

    /** A new key for {@code orgId}: the stored key and the plaintext to show its owner this one time. */
    public static IssuedApiKey issue(OrgId orgId, String label, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plaintext = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey(ApiKeyId.generate(), orgId, label, ApiKeyHash.of(plaintext), now, null);
        return new IssuedApiKey(key, plaintext);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public ApiKey revokedAt(Instant when) {
        return isActive() ? new ApiKey(id, orgId, label, hash, createdAt, when) : this;
    }
}
