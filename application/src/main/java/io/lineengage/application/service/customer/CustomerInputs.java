package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeTyping;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.customer.RawValue;
import io.lineengage.domain.error.FieldErrors;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a caller wrote into a {@link CustomerDraft}: the mobile into E.164 (in the market's region), attribute
 * values into the types the org's catalogue has for them (registering attributes seen for the first time).
 * Every field at fault is reported at once.
 */
final class CustomerInputs {
    private final AttributeCatalogue catalogue;
    private final PhoneNumbers phones;

    CustomerInputs(AttributeCatalogue catalogue, PhoneNumbers phones) {
        this.catalogue = catalogue;
        this.phones = phones;
    }

    /** {@code known}: the org's catalogue as the caller holds it; attributes registered here are added to it. */
    CustomerDraft draft(UpsertCustomerCommand command, Map<String, AttributeType> known) {
        FieldErrors errors = new FieldErrors();
        Optional<String> mobile = Optional.empty();
        if (command.mobile().isPresent()) {
            mobile = phones.toE164(command.mobile().get());
            errors.check(mobile.isEmpty(), "mobile", "is not a valid phone number (give the country code, e.g. +81 90 1234 5678)");
        }
        Map<String, AttributeValue> attributes = new HashMap<>();
        command.attributes().forEach((name, raw) -> {
            if (!AttributeTyping.NAME.matcher(name).matches()) {
                errors.add("attributes." + name, "attribute names start with a letter and use letters, digits and _");
                return;
            }
            AttributeType registered = known.get(name);
            AttributeTyping.Typed typed = AttributeTyping.type(raw, Optional.ofNullable(registered));
            if (registered == null && typed instanceof AttributeTyping.Typed.Ok ok) {
                // First seen: register with the value's type; someone may have registered it just before us.
                AttributeType effective = catalogue.register(command.orgId(), Map.of(name, ok.value().type())).get(name);
                known.put(name, effective);
                if (effective != ok.value().type()) {
                    typed = AttributeTyping.type(raw, Optional.of(effective));
                }
            }
            if (typed instanceof AttributeTyping.Typed.Ok ok) {
                attributes.put(name, ok.value());
            } else {
                errors.add("attributes." + name, ((AttributeTyping.Typed.Mismatch) typed).reason());
            }
        });
        CustomerDraft.validate(command.externalId(), command.name(),
                command.email().map(email -> email.strip().toLowerCase(java.util.Locale.ROOT)), attributes, command.tags(),
                errors);
        errors.throwIfAny();
        return new CustomerDraft(command.externalId().strip(), command.name(), mobile, command.email(), attributes,
                command.tags());
    }

}
