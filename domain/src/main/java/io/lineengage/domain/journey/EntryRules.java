package io.lineengage.domain.journey;

import io.lineengage.domain.json.JsonLike;
import java.time.Duration;
import java.util.Optional;

/**
 * Who enters and who leaves: once per customer, or again {@code againAfter} after their last entry began; an entry
 * leaves when the customer unfollows, opts out of the journey's category, or {@code exitWhen} holds for them.
 */
public record EntryRules(
        Optional<Duration> againAfter, boolean exitOnUnfollow, boolean exitOnOptOut, Optional<JsonLike> exitWhen) {
    public static final EntryRules ONCE = new EntryRules(Optional.empty(), true, true, Optional.empty());

    public EntryRules {
        againAfter = againAfter == null ? Optional.empty() : againAfter;
        exitWhen = exitWhen == null ? Optional.empty() : exitWhen;
    }
}
