package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.KeepProfilesUseCase;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.LineResult;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.line.LineProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks every follower, window by window, round and round, and asks LINE for the profiles nobody kept yet (followers
 * seen by webhooks or a backfill and never looked up), so that `{{lineDisplayName}}` has a name at launch. A user LINE
 * has no profile for is left alone for a day; when LINE is busy or away, the keeper stops and comes back later; a
 * channel LINE refuses is passed over until the next round of the list.
 */
public final class ProfileKeeper implements KeepProfilesUseCase {
    static final int WINDOW = 1_000;
    /** Windows looked at in one call at most, so that a call over followers who all have profiles stays short. */
    static final int WINDOWS_PER_CALL = 5;

    static final Duration MISSES_RETRIED_AFTER = Duration.ofDays(1);

    private final ProfileGaps gaps;
    private final LineProfileCache profiles;
    private final LineAccountRepository accounts;
    private final LineMessagingPort line;
    private final Clock clock;
    private final Deque<ProfileGaps.Gap> waiting = new ArrayDeque<>();
    private Optional<ProfileGaps.Cursor> cursor = Optional.empty();

    public ProfileKeeper(
            ProfileGaps gaps,
            LineProfileCache profiles,
            LineAccountRepository accounts,
            LineMessagingPort line,
            Clock clock) {
        this.gaps = gaps;
        this.profiles = profiles;
        this.accounts = accounts;
        this.line = line;
        this.clock = clock;
    }

    @Override
    public synchronized int fillGaps(int max) {
        Map<LineAccountId, Optional<LineAccount>> known = new HashMap<>();
        Set<LineAccountId> refused = new HashSet<>();
        int asked = 0;
        int windows = 0;
        boolean roundDone = false;
        while (asked < max) {
            if (waiting.isEmpty()) {
                if (windows == WINDOWS_PER_CALL || roundDone) {
                    break; // the next call goes on (or, round the whole list, starts again)
                }
                ProfileGaps.Window window =
                        gaps.window(cursor, WINDOW, clock.instant().minus(MISSES_RETRIED_AFTER));
                windows++;
                waiting.addAll(window.gaps());
                cursor = window.end();
                roundDone = cursor.isEmpty();
                continue;
            }
            ProfileGaps.Gap gap = waiting.peek();
            Optional<LineAccount> account =
                    known.computeIfAbsent(gap.accountId(), id -> accounts.find(gap.orgId(), id));
            if (account.isEmpty() || !account.get().isActive() || refused.contains(gap.accountId())) {
                waiting.poll();
                continue;
            }
            LineResult<LineProfile> answer = line.profile(account.get().credentials(), gap.lineUserId());
            asked++;
            Instant now = clock.instant();
            if (answer instanceof LineResult.Success<LineProfile> success) {
                profiles.save(gap.orgId(), gap.provider(), success.value(), now);
            } else {
                LineFailure failure = ((LineResult.Failure<LineProfile>) answer).failure();
                if (failure.retryable()) {
                    break; // LINE is busy or away: the same gap is tried next time
                }
                if (failure.channelUnusable()) {
                    refused.add(gap.accountId()); // its other followers are not asked in this call
                } else {
                    gaps.missed(gap, now); // the user's own answer (they left): not asked again for a while
                }
            }
            waiting.poll();
        }
        return asked;
    }
}
