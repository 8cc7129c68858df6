package io.lineengage.application.service.org;

import io.lineengage.application.port.in.org.IssueApiKeyCommand;
import io.lineengage.application.port.in.org.IssueApiKeyUseCase;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.IssuedApiKey;
import java.time.Clock;

public final class IssueApiKeyService implements IssueApiKeyUseCase {
    private final OrgRepository orgs;
    private final ApiKeyRepository keys;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public IssueApiKeyService(OrgRepository orgs, ApiKeyRepository keys, UnitOfWork unitOfWork, Clock clock) {
        this.orgs = orgs;
        this.keys = keys;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey issueApiKey(IssueApiKeyCommand command) {
        return unitOfWork.inTransaction(() -> {
            orgs.findById(command.orgId())
                    .orElseThrow(
                            () -> new NotFoundException("org", command.orgId().value()));
            IssuedApiKey issued = ApiKey.issue(command.orgId(), command.label(), clock.instant());
            keys.insert(issued.apiKey());
            return issued;
        });
    }
}
