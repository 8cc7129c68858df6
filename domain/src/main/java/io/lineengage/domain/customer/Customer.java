package io.lineengage.domain.customer;

import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A brand's customer (or a LINE-only profile waiting to be linked). {@code mobile} is E.164, {@code email} lower case,
 * attributes typed by the org's catalogue.
 */
public record Customer(
        CustomerId id,
        OrgId orgId,
        Optional<String> externalId,
        Optional<String> name,
        Optional<String> mobile,
        Optional<String> email,
        Map<String, AttributeValue> attributes,
        Set<String> tags,
        CustomerKind kind,
        Instant createdAt,
        Instant updatedAt) {
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        externalId = externalId == null ? Optional.empty() : externalId;
        name = name == null ? Optional.empty() : name;
        mobile = mobile == null ? Optional.empty() : mobile;
        email = email == null ? Optional.empty() : email;
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
        tags = tags == null ? Set.of() : Set.copyOf(new TreeSet<>(tags));
        if (kind == CustomerKind.REGULAR && externalId.isEmpty()) {
            throw new IllegalArgumentException("a regular customer has an external ID");
        }
    }

    /** A profile for a LINE user nobody has linked yet. */
    public static Customer lineOnly(OrgId orgId, Optional<String> name, Instant now) {
        return new Customer(
                CustomerId.generate(),
                orgId,
                Optional.empty(),
                name,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.LINE_ONLY,
                now,
                now);
    }
}
