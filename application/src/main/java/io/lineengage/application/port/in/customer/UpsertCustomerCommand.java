package io.lineengage.application.port.in.customer;

import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.org.OrgId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer write as the caller sent it: the mobile as written (normalized by market), attributes untyped (typed
 * by the org's catalogue). {@code line} is the row's line number in an import, 0 for API writes.
 */
public record UpsertCustomerCommand(
        OrgId orgId,
        long line,
        String externalId,
        Optional<String> name,
        Optional<String> mobile,
        Optional<String> email,
        Map<String, RawValue> attributes,
        Optional<Set<String>> tags) {
    public UpsertCustomerCommand {
        Objects.requireNonNull(orgId, "orgId");
        name = name == null ? Optional.empty() : name;
        mobile = mobile == null ? Optional.empty() : mobile.filter(text -> !text.isBlank());
        email = email == null ? Optional.empty() : email.filter(text -> !text.isBlank());
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        tags = tags == null ? Optional.empty() : tags;
    }
}
