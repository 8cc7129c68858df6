package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.RevokeApiKeyUseCase;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;

public final class RevokeApiKeyService implements RevokeApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final Clock clock;

    public RevokeApiKeyService(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public void revokeApiKey(OrgId orgId, ApiKeyId keyId) {
        if (!keys.revoke(orgId, keyId, clock.instant())) {
            throw new NotFoundException("API key", keyId.value());
        }
    }
}
