package io.lineengage.domain.subscription;

import static io.lineengage.domain.subscription.ConsentCategory.PROMOTIONAL;
import static io.lineengage.domain.subscription.ConsentCategory.TRANSACTIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentsTest {
    @Test
    void followingCountsAsOptedInToBothUntilSomeoneOptsOut() {
        assertThat(Consents.NONE.effective(SubscriptionStatus.FOLLOWING))
                .containsEntry(PROMOTIONAL, true)
                .containsEntry(TRANSACTIONAL, true);
        assertThat(Consents.NONE.effective(SubscriptionStatus.BLOCKED)).containsEntry(PROMOTIONAL, false);
        assertThat(Consents.NONE.effective(SubscriptionStatus.UNKNOWN)).containsEntry(PROMOTIONAL, false);
    }

    @Test
    void anExplicitChoiceStandsWhateverTheStatus() {
        Consents optedOut = Consents.NONE.with(PROMOTIONAL, false);
        assertThat(optedOut.optedIn(PROMOTIONAL, SubscriptionStatus.FOLLOWING)).isFalse();
        assertThat(optedOut.optedIn(TRANSACTIONAL, SubscriptionStatus.FOLLOWING))
                .isTrue();
        assertThat(optedOut.with(PROMOTIONAL, true).optedIn(PROMOTIONAL, SubscriptionStatus.FOLLOWING))
                .isTrue();
    }
}
