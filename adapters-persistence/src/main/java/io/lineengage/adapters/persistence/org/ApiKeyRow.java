package io.lineengage.adapters.persistence.org;

import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;

public record ApiKeyRow(String id, String orgId, String label, String keyHash, Instant createdAt, Instant revokedAt) {
    static ApiKeyRow from(ApiKey key) {
        return new ApiKeyRow(
                key.id().value(), key.orgId().value(), key.label(), key.hash().hex(), key.createdAt(), key.revokedAt());
    }

    ApiKey toDomain() {
        return new ApiKey(new ApiKeyId(id), new OrgId(orgId), label, new ApiKeyHash(keyHash), createdAt, revokedAt);
    }
}
