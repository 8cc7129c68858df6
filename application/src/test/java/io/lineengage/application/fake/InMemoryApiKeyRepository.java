package io.lineengage.application.fake;

import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();
    private final OrgRepository orgs;

    /** Like the database's foreign key, a key needs an existing org. */
    public InMemoryApiKeyRepository(OrgRepository orgs) {
        this.orgs = orgs;
    }

    @Override
    public synchronized void insert(ApiKey key) {
        if (orgs.findById(key.orgId()).isEmpty()) {
            throw new IllegalStateException("no org " + key.orgId());
        }
        boolean hashTaken = keys.values().stream().anyMatch(k -> k.hash().equals(key.hash()));
        if (hashTaken || keys.putIfAbsent(key.id(), key) != null) {
            throw new ConflictException("API key exists");
        }
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public synchronized boolean revoke(OrgId orgId, ApiKeyId keyId, Instant when) {
        ApiKey key = keys.get(keyId);
        if (key == null || !key.orgId().equals(orgId)) {
            return false;
        }
        keys.put(keyId, key.revokedAt(when));
        return true;
    }
}
