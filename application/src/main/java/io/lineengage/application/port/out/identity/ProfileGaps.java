package io.lineengage.application.port.out.identity;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * LINE users who follow an active account and whose LINE profile was never kept (so `{{lineDisplayName}}` has no
 * name for them), found window by window over all followers in a fixed order so that each look is bounded.
 */
public interface ProfileGaps {
    /** A follower without a kept profile, and the account they follow, through which LINE will answer. */
    record Gap(OrgId orgId, LineAccountId accountId, String provider, String lineUserId) {}

    /** Where a window ended: the next one starts after it. */
    record Cursor(String accountId, String lineUserId) {}

    /** The gaps among one window of followers, and where it ended (empty: the last followers were in it). */
    record Window(List<Gap> gaps, Optional<Cursor> end) {
        public Window {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * Looks at the next {@code size} FOLLOWING subscriptions after {@code after} (from the first when empty) and answers
     * those without a kept profile, leaving out users LINE could not give a profile for since {@code missedSince}.
     */
    Window window(Optional<Cursor> after, int size, Instant missedSince);

    /** LINE had no profile to give for the user (they left, or LINE refused): not asked again for a while. */
    void missed(Gap gap, Instant at);
}
