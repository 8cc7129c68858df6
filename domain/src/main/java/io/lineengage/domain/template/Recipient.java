package io.lineengage.domain.template;

import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import java.util.Objects;
import java.util.Optional;

/** What labels are filled from for one recipient: the customer, and the display name of their LINE profile. */
public record Recipient(Customer customer, Optional<String> lineDisplayName) {
    public Recipient {
        Objects.requireNonNull(customer, "customer");
        lineDisplayName = lineDisplayName == null ? Optional.empty() : lineDisplayName;
    }

    /** The label's value, if the recipient has one (blank counts as none). */
    public Optional<String> value(String label) {
        Optional<String> value = switch (label) {
            case "name" -> customer.name();
            case "firstName" -> customer.name().map(name -> name.strip().split("\\s+")[0]);
            case "mobile" -> customer.mobile();
            case "email" -> customer.email();
            case "externalId" -> customer.externalId();
            case "lineDisplayName" -> lineDisplayName;
            default ->
                label.startsWith("attributes.")
                        ? Optional.ofNullable(customer.attributes().get(label.substring("attributes.".length())))
                                .map(Recipient::text)
                        : Optional.empty();
        };
        return value.filter(text -> !text.isBlank());
    }

    private static String text(AttributeValue value) {
        if (value instanceof AttributeValue.Text text) {
            return text.value();
        }
        if (value instanceof AttributeValue.Number number) {
            return number.value().toPlainString();
        }
        if (value instanceof AttributeValue.Bool bool) {
            return Boolean.toString(bool.value());
        }
        return ((AttributeValue.Day) value).value().toString();
    }
}
