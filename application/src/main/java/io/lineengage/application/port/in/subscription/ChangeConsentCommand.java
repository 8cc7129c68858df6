package io.lineengage.application.port.in.subscription;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import java.util.Objects;

/** A consent decision for one category; {@code source} says who made it (the API caller, an import, ...). */
public record ChangeConsentCommand(
        OrgId orgId,
        LineAccountId accountId,
        String lineUserId,
        ConsentCategory category,
        boolean optedIn,
        String source) {
    public ChangeConsentCommand {
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(source, "source");
        FieldErrors errors = new FieldErrors();
        LineUserIds.check(lineUserId, "lineUserId", errors);
        errors.check(category == null, "category", "must be PROMOTIONAL or TRANSACTIONAL");
        errors.throwIfAny();
    }
}
