package io.lineengage.domain.campaign;

import java.util.List;
import java.util.OptionalLong;

/**
 * A count LINE reported, or the range it lies in: LINE answers any count under 20 as null, so a sum of several is
 * known only between the sum of the known ones and that plus 19 for each hidden one. Never shown as 0 when hidden.
 */
public record ReportedCount(long atLeast, long atMost) {
    public static final int HIDDEN_BELOW = 20;

    public ReportedCount {
        if (atLeast < 0 || atMost < atLeast) {
            throw new IllegalArgumentException("not a count range: " + atLeast + " to " + atMost);
        }
    }

    /** One count as LINE gave it: exact, or (null) somewhere under 20. */
    public static ReportedCount of(OptionalLong reported) {
        return reported.isPresent()
                ? new ReportedCount(reported.getAsLong(), reported.getAsLong())
                : new ReportedCount(0, HIDDEN_BELOW - 1);
    }

    public static ReportedCount sum(List<ReportedCount> counts) {
        return new ReportedCount(
                counts.stream().mapToLong(ReportedCount::atLeast).sum(),
                counts.stream().mapToLong(ReportedCount::atMost).sum());
    }

    public boolean exact() {
        return atLeast == atMost;
    }

    /** The count as people read it: a number, "fewer than 20", or "from 25 to 44". */
    public String describe() {
        if (exact()) {
            return Long.toString(atLeast);
        }
        if (atLeast == 0 && atMost == HIDDEN_BELOW - 1) {
            return "fewer than " + HIDDEN_BELOW;
        }
        return "from " + atLeast + " to " + atMost;
    }
}
