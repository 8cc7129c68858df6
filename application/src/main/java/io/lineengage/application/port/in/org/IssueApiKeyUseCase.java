package io.lineengage.application.port.in.org;

import io.lineengage.domain.org.IssuedApiKey;

public interface IssueApiKeyUseCase {
    IssuedApiKey issueApiKey(IssueApiKeyCommand command);
}
