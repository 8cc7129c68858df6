package io.lineengage.adapters.persistence.org;

import io.lineengage.adapters.persistence.postgres.PostgresErrors;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

final class JdbiApiKeyRepository implements ApiKeyRepository {
    private final ApiKeyDao dao;

    JdbiApiKeyRepository(Jdbi jdbi) {
        this.dao = jdbi.onDemand(ApiKeyDao.class);
    }

    @Override
    public void insert(ApiKey key) {
        try {
            dao.insert(ApiKeyRow.from(key));
        } catch (RuntimeException e) {
            if (PostgresErrors.isUniqueViolation(e)) {
                throw new ConflictException("API key exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return dao.findByHash(hash.hex()).map(ApiKeyRow::toDomain);
    }

    @Override
    public boolean revoke(OrgId orgId, ApiKeyId keyId, Instant when) {
        return dao.revoke(orgId.value(), keyId.value(), when) == 1;
    }
}
