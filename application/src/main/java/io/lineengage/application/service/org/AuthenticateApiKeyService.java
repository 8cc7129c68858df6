package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.AuthenticateApiKeyUseCase;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.OrgId;
import java.util.Optional;

public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private final ApiKeyRepository keys;

    public AuthenticateApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Optional<OrgId> authenticate(String presentedKey) {
        // Only well-formed keys reach the database: a cheap guard against junk headers.
        if (presentedKey == null || !presentedKey.startsWith(ApiKey.PREFIX) || presentedKey.length() > 200) {
            return Optional.empty();
        }
        return keys.findByHash(ApiKeyHash.of(presentedKey))
                .filter(ApiKey::isActive)
                .map(ApiKey::orgId);
    }
}
