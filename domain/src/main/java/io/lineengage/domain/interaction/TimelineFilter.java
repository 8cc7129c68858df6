package io.lineengage.domain.interaction;

import io.lineengage.domain.account.LineAccountId;
import java.util.Optional;
import java.util.Set;

/** Which timeline entries to show: of these types (all when empty), with this account (any when empty). */
public record TimelineFilter(Set<TimelineType> types, Optional<LineAccountId> accountId) {
    public static final TimelineFilter ALL = new TimelineFilter(Set.of(), Optional.empty());

    public TimelineFilter {
        types = Set.copyOf(types);
        accountId = accountId == null ? Optional.empty() : accountId;
    }

    public boolean admits(TimelineType type) {
        return types.isEmpty() || types.contains(type);
    }
}
