package io.lineengage.domain.audience;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAmount;
import java.util.List;

/** A condition's value, typed by its field and operation. */
public sealed interface Operand {
    record None() implements Operand {}

    record Text(String value) implements Operand {}

    record Texts(List<String> values) implements Operand {
        public Texts {
            values = List.copyOf(values);
        }
    }

    record Number(BigDecimal value) implements Operand {}

    record Numbers(List<BigDecimal> values) implements Operand {
        public Numbers {
            values = List.copyOf(values);
        }
    }

    record NumberRange(BigDecimal low, BigDecimal high) implements Operand {}

    record Bool(boolean value) implements Operand {}

    record Day(LocalDate value) implements Operand {}

    record DayRange(LocalDate low, LocalDate high) implements Operand {}

    record Moment(Instant value) implements Operand {}

    record MomentRange(Instant low, Instant high) implements Operand {}

    /** An ISO-8601 period (P30D) or duration (PT12H) back from now ({@code within}), as written. */
    record Back(TemporalAmount amount, String text) implements Operand {}
}
