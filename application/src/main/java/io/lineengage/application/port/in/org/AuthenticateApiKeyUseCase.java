package io.lineengage.application.port.in.org;

import io.lineengage.domain.org.OrgId;
import java.util.Optional;

public interface AuthenticateApiKeyUseCase {
    /** The org whose active key this is; empty for unknown or revoked keys. */
    Optional<OrgId> authenticate(String presentedKey);
}
