package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeTyping;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.error.FieldErrors;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a caller wrote into a {@link CustomerDraft}: the mobile into E.164 (in the market's region), attribute
 * values into the types the org's catalogue has for them (registering attributes seen for the first time).
 * Every field at fault is reported at once.
 */
final class CustomerInputs {
    /** An org's catalogue stays a list people can read: past this, new attributes are refused. */
    static final int MAX_ORG_ATTRIBUTES = 500;

    private final PhoneNumbers phones;

    CustomerInputs(PhoneNumbers phones) {
        this.phones = phones;
    }

    /**
     * {@code known}: the org's catalogue as the caller holds it. An attribute seen for the first time is typed by its
     * value and added to {@code known} only if the whole write is valid: nothing is registered here, the write that
     * stores the value registers it in its own transaction, so a refused write registers nothing.
     */
    CustomerDraft draft(UpsertCustomerCommand command, Map<String, AttributeType> known) {
        FieldErrors errors = new FieldErrors();
        Optional<String> mobile = Optional.empty();
        if (command.mobile().isPresent()) {
            mobile = phones.toE164(command.mobile().get());
            errors.check(
                    mobile.isEmpty(),
                    "mobile",
                    "is not a valid phone number (give the country code, e.g. +81 90 1234 5678)");
        }
        Map<String, AttributeValue> attributes = new HashMap<>();
        Map<String, AttributeType> firstSeen = new HashMap<>();
        command.attributes().forEach((name, raw) -> {
            if (!AttributeTyping.NAME.matcher(name).matches()) {
                errors.add("attributes." + name, "attribute names start with a letter and use letters, digits and _");
                return;
            }
            AttributeType registered = known.get(name);
            AttributeTyping.Typed typed = AttributeTyping.type(raw, Optional.ofNullable(registered));
            if (registered == null && typed instanceof AttributeTyping.Typed.Ok ok) {
                firstSeen.put(name, ok.value().type());
            }
            if (typed instanceof AttributeTyping.Typed.Ok ok) {
                attributes.put(name, ok.value());
            } else {
                errors.add("attributes." + name, ((AttributeTyping.Typed.Mismatch) typed).reason());
            }
        });
        CustomerDraft.validate(
                command.externalId(),
                command.name(),
                command.email().map(email -> email.strip().toLowerCase(Locale.ROOT)),
                attributes,
                command.tags(),
                errors);
        errors.check(
                !firstSeen.isEmpty() && known.size() + firstSeen.size() > MAX_ORG_ATTRIBUTES,
                "attributes",
                "the org has " + known.size() + " attributes, at most " + MAX_ORG_ATTRIBUTES
                        + ": remove unused ones first (" + "DELETE /api/v1/attributes/{name})");
        errors.throwIfAny();
        known.putAll(firstSeen);
        return new CustomerDraft(
                command.externalId().strip(), command.name(), mobile, command.email(), attributes, command.tags());
    }
}
