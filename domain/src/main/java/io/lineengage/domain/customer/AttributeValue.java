package io.lineengage.domain.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A typed attribute value. */
public sealed interface AttributeValue {
    AttributeType type();

    record Text(String value) implements AttributeValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        public AttributeType type() {
            return AttributeType.STRING;
        }
    }

    record Number(BigDecimal value) implements AttributeValue {
        public Number {
            Objects.requireNonNull(value, "value");
            value = value.stripTrailingZeros();
        }

        public AttributeType type() {
            return AttributeType.NUMBER;
        }
    }

    record Bool(boolean value) implements AttributeValue {
        public AttributeType type() {
            return AttributeType.BOOLEAN;
        }
    }

    record Day(LocalDate value) implements AttributeValue {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        public AttributeType type() {
            return AttributeType.DATE;
        }
    }
}
