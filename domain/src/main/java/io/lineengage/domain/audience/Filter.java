package io.lineengage.domain.audience;

import java.util.List;
import java.util.Objects;

/** An audience filter: conditions combined with and, or, not. */
public sealed interface Filter {
    record And(List<Filter> all) implements Filter {
        public And {
            all = List.copyOf(all);
        }
    }

    record Or(List<Filter> any) implements Filter {
        public Or {
            any = List.copyOf(any);
        }
    }

    record Not(Filter negated) implements Filter {
        public Not {
            Objects.requireNonNull(negated, "negated");
        }
    }

    /** One comparison. A comparison with a value the customer does not have (a missing attribute) is false. */
    record Condition(Field field, Op op, Operand value) implements Filter {
        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
        }
    }
}
