package io.lineengage.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.customer.AttributeTyping.Typed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributeTypingTest {
    private static AttributeValue ok(RawValue raw, AttributeType registered) {
        Typed typed = AttributeTyping.type(raw, Optional.ofNullable(registered));
        assertThat(typed).isInstanceOf(Typed.Ok.class);
        return ((Typed.Ok) typed).value();
    }

    @Test
    void aFirstValueRegistersItsOwnType() {
        assertThat(ok(new RawValue.Num(new BigDecimal("1200")), null))
                .isEqualTo(new AttributeValue.Number(new BigDecimal("1200")));
        assertThat(ok(new RawValue.Boolean(true), null)).isEqualTo(new AttributeValue.Bool(true));
        assertThat(ok(new RawValue.Str("1990-04-01", false), null))
                .isEqualTo(new AttributeValue.Day(LocalDate.of(1990, 4, 1)));
        assertThat(ok(new RawValue.Str("GOLD", false), null)).isEqualTo(new AttributeValue.Text("GOLD"));
        // JSON text stays text even when it looks like a number; CSV text is read by its shape.
        assertThat(ok(new RawValue.Str("00123", false), null)).isInstanceOf(AttributeValue.Text.class);
        assertThat(ok(new RawValue.Str("42", true), null)).isEqualTo(new AttributeValue.Number(new BigDecimal("42")));
        assertThat(ok(new RawValue.Str("TRUE", true), null)).isEqualTo(new AttributeValue.Bool(true));
    }

    @Test
    void aRegisteredTypeReadsTextAsThatType() {
        assertThat(ok(new RawValue.Str("1200.50", true), AttributeType.NUMBER))
                .isEqualTo(new AttributeValue.Number(new BigDecimal("1200.5")));
        assertThat(ok(new RawValue.Str("2026-02-28", true), AttributeType.DATE))
                .isEqualTo(new AttributeValue.Day(LocalDate.of(2026, 2, 28)));
        assertThat(ok(new RawValue.Str("12", true), AttributeType.STRING)).isEqualTo(new AttributeValue.Text("12"));
    }

    @Test
    void aValueOfAnotherTypeIsRejectedWithTheReason() {
        assertThat(AttributeTyping.type(new RawValue.Str("lots", true), Optional.of(AttributeType.NUMBER)))
                .isInstanceOfSatisfying(
                        Typed.Mismatch.class,
                        m -> assertThat(m.reason()).contains("NUMBER").contains("lots"));
        assertThat(AttributeTyping.type(new RawValue.Num(BigDecimal.ONE), Optional.of(AttributeType.STRING)))
                .isInstanceOf(Typed.Mismatch.class);
        assertThat(AttributeTyping.type(new RawValue.Str("2026-02-30", true), Optional.of(AttributeType.DATE)))
                .isInstanceOf(Typed.Mismatch.class);
        assertThat(AttributeTyping.type(new RawValue.Str("x".repeat(1001), false), Optional.of(AttributeType.STRING)))
                .isInstanceOf(Typed.Mismatch.class);
    }
}
