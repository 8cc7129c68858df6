package io.lineengage.domain.subscription;

import static io.lineengage.domain.subscription.SubscriptionStatus.BLOCKED;
import static io.lineengage.domain.subscription.SubscriptionStatus.FOLLOWING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.subscription.StatusEvidence.Source;
import io.lineengage.domain.subscription.Subscription.Change;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    private static StatusEvidence at(SubscriptionStatus status, long millis, String id) {
        return new StatusEvidence(status, T0.plusMillis(millis), id, Source.WEBHOOK);
    }

    @Test
    void theFirstEvidenceSetsTheStatusAndItsTime() {
        Change change = Subscription.UNKNOWN.apply(at(FOLLOWING, 10, "a"));
        assertThat(change).isInstanceOfSatisfying(Change.Applied.class, applied -> {
            assertThat(applied.statusChanged()).isTrue();
            assertThat(applied.after().status()).isEqualTo(FOLLOWING);
            assertThat(applied.after().since()).contains(T0.plusMillis(10));
        });
    }

    @Test
    void newerEvidenceWinsOlderEvidenceIsIgnored() {
        Subscription following = Subscription.setBy(at(FOLLOWING, 10, "a"));
        assertThat(following.apply(at(BLOCKED, 20, "b")).after().status()).isEqualTo(BLOCKED);
        Change late = following.apply(at(BLOCKED, 5, "c"));
        assertThat(late).isEqualTo(new Change.Ignored(following, Change.Reason.OLDER_THAN_CURRENT));
    }

    @Test
    void theSameEventTwiceIsADuplicate() {
        Subscription following = Subscription.setBy(at(FOLLOWING, 10, "a"));
        assertThat(following.apply(at(FOLLOWING, 10, "a")))
                .isEqualTo(new Change.Ignored(following, Change.Reason.DUPLICATE));
    }

    @Test
    void eventsAtTheSameMillisecondAreOrderedByTheirIds() {
        Subscription byA = Subscription.setBy(at(FOLLOWING, 10, "01A"));
        assertThat(byA.apply(at(BLOCKED, 10, "01B")).after().status()).isEqualTo(BLOCKED);
        Subscription byB = Subscription.setBy(at(BLOCKED, 10, "01B"));
        assertThat(byB.apply(at(FOLLOWING, 10, "01A"))).isInstanceOf(Change.Ignored.class);
    }

    @Test
    void newerEvidenceOfTheSameStatusMovesItsTimeButIsNoStatusChange() {
        Subscription following = Subscription.setBy(at(FOLLOWING, 10, "a"));
        Change refollow = following.apply(at(FOLLOWING, 30, "b"));
        assertThat(refollow).isInstanceOfSatisfying(Change.Applied.class, applied -> {
            assertThat(applied.statusChanged()).isFalse();
            assertThat(applied.after().since()).contains(T0.plusMillis(30));
        });
    }

    @Test
    void unknownHasNoEvidenceAndEvidenceIsNeverUnknown() {
        assertThat(Subscription.UNKNOWN.since()).isEmpty();
        assertThatThrownBy(() -> at(SubscriptionStatus.UNKNOWN, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
