package io.lineengage.domain.gateway;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A way out to LINE: one LINE account with a weight (its share of a campaign's recipients, 1–100), a priority
 * class, an optional active window, and whether it is one of the org's defaults for its class.
 */
public record Gateway(
        GatewayId id,
        OrgId orgId,
        LineAccountId accountId,
        int weight,
        PriorityClass priority,
        Optional<Instant> activeFrom,
        Optional<Instant> activeUntil,
        boolean isDefault,
        Instant createdAt,
        Instant updatedAt) {
    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 100;

    public Gateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(priority, "priority");
        activeFrom = activeFrom == null ? Optional.empty() : activeFrom;
        activeUntil = activeUntil == null ? Optional.empty() : activeUntil;
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        validate(weight, activeFrom, activeUntil).throwIfAny();
    }

    public static FieldErrors validate(int weight, Optional<Instant> activeFrom, Optional<Instant> activeUntil) {
        FieldErrors errors = new FieldErrors();
        errors.check(
                weight < MIN_WEIGHT || weight > MAX_WEIGHT,
                "weight",
                "must be a whole number from " + MIN_WEIGHT + " to " + MAX_WEIGHT);
        errors.check(
                activeFrom.isPresent()
                        && activeUntil.isPresent()
                        && !activeFrom.get().isBefore(activeUntil.get()),
                "activeUntil",
                "must be after activeFrom");
        return errors;
    }

    /** Whether the gateway takes new batches at {@code now}: inside its window, from inclusive, until exclusive. */
    public boolean isActiveAt(Instant now) {
        return activeFrom.map(from -> !now.isBefore(from)).orElse(true)
                && activeUntil.map(until -> now.isBefore(until)).orElse(true);
    }
}
