package io.lineengage.application.port.in.org;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.OrgId;
import java.util.Objects;

public record IssueApiKeyCommand(OrgId orgId, String label) {
    public IssueApiKeyCommand {
        Objects.requireNonNull(orgId, "orgId");
        new FieldErrors().requireText(label, "label", ApiKey.LABEL_MAX_LENGTH).throwIfAny();
        label = label.strip();
    }
}
