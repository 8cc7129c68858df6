package io.lineengage.application.port.in.org;

import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.OrgId;

public interface RevokeApiKeyUseCase {
    /** Revokes the org's key; {@link NotFoundException} when the org has no such key. */
    void revokeApiKey(OrgId orgId, ApiKeyId keyId);
}
