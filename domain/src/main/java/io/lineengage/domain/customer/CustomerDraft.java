package io.lineengage.domain.customer;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A customer as a write describes it (API or import row): the external ID it is matched by, and the fields it sets.
 * Fields left out keep their stored values; {@code attributes} add to and replace stored ones; {@code tags}, when
 * given, replace the stored set. {@code mobile} is already E.164 (normalized at the edge, by market).
 */
public record CustomerDraft(
        String externalId,
        Optional<String> name,
        Optional<String> mobile,
        Optional<String> email,
        Map<String, AttributeValue> attributes,
        Optional<Set<String>> tags) {
    public static final int MAX_TAGS = 100;
    public static final int MAX_ATTRIBUTES = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s.]{1,63}");

    public CustomerDraft {
        name = name == null ? Optional.empty() : name;
        mobile = mobile == null ? Optional.empty() : mobile;
        email = email == null ? Optional.empty() : email.map(String::strip).map(text -> text.toLowerCase(Locale.ROOT));
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        tags = tags == null ? Optional.empty() : tags.map(Set::copyOf);
        FieldErrors errors = new FieldErrors();
        validate(externalId, name, email, attributes, tags, errors);
        errors.throwIfAny();
    }

    /** Every broken rule of these fields, reported by field name. */
    public static void validate(
            String externalId,
            Optional<String> name,
            Optional<String> email,
            Map<String, AttributeValue> attributes,
            Optional<Set<String>> tags,
            FieldErrors errors) {
        errors.requireText(externalId, "externalId", 128);
        name.ifPresent(text -> errors.check(text.length() > 200, "name", "must be at most 200 characters"));
        email.ifPresent(text -> errors.check(!EMAIL.matcher(text).matches(), "email", "is not an email address"));
        errors.check(attributes.size() > MAX_ATTRIBUTES, "attributes", "at most " + MAX_ATTRIBUTES + " attributes");
        attributes
                .keySet()
                .forEach(key -> errors.check(
                        !AttributeTyping.NAME.matcher(key).matches(),
                        "attributes." + key,
                        "attribute names start with a letter and use letters, digits and _ (at most 64)"));
        tags.ifPresent(set -> {
            errors.check(set.size() > MAX_TAGS, "tags", "at most " + MAX_TAGS + " tags");
            set.forEach(
                    tag -> errors.check(tag.isBlank() || tag.length() > 64, "tags", "each tag has 1 to 64 characters"));
        });
    }

    /** One write with the same effect as this one followed by {@code later} (for the same external ID). */
    public CustomerDraft then(CustomerDraft later) {
        Map<String, AttributeValue> merged = new HashMap<>(attributes);
        merged.putAll(later.attributes);
        return new CustomerDraft(
                later.externalId,
                later.name.or(() -> name),
                later.mobile.or(() -> mobile),
                later.email.or(() -> email),
                merged,
                later.tags.or(() -> tags));
    }

    /** The customer after this write: a new one, or {@code existing} with these fields applied. */
    public Customer applyTo(Optional<Customer> existing, CustomerId newId, OrgId orgId, Instant now) {
        if (existing.isEmpty()) {
            return new Customer(
                    newId,
                    orgId,
                    Optional.of(externalId),
                    name,
                    mobile,
                    email,
                    attributes,
                    tags.orElse(Set.of()),
                    CustomerKind.REGULAR,
                    now,
                    now);
        }
        Customer current = existing.get();
        Map<String, AttributeValue> merged = new HashMap<>(current.attributes());
        merged.putAll(attributes);
        return new Customer(
                current.id(),
                orgId,
                current.externalId(),
                name.or(current::name),
                mobile.or(current::mobile),
                email.or(current::email),
                merged,
                tags.orElse(current.tags()),
                current.kind(),
                current.createdAt(),
                now);
    }
}
