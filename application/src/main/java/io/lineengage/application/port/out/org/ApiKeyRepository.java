package io.lineengage.application.port.out.org;

import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;

/** Stores API keys by their hash; the plaintext never reaches it. */
public interface ApiKeyRepository {
    void insert(ApiKey key);

    /** The key with this hash, active or revoked. */
    Optional<ApiKey> findByHash(ApiKeyHash hash);

    /** Marks the org's key revoked at {@code when}; false when the org has no such key. Revoking twice keeps the first time. */
    boolean revoke(OrgId orgId, ApiKeyId keyId, Instant when);
}
