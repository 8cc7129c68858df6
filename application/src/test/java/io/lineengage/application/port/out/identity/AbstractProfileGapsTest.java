package io.lineengage.application.port.out.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ProfileGaps}: followers of an account without a kept profile, window by window, leaving out
 * users LINE recently gave no profile for. (Other tests' accounts share the storage: only this one's gaps are looked at.)
 */
public abstract class AbstractProfileGapsTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract SubscriptionStore subscriptions();

    protected abstract LineProfileCache profiles();

    protected abstract UnitOfWork unitOfWork();

    protected abstract ProfileGaps gaps();

    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void account() {
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
    }

    private String user(SubscriptionStatus status) {
        String user = StorageFixtures.userId();
        unitOfWork().run(() -> {
            Subscription current =
                    subscriptions().lockForUpdate(org, account, List.of(user)).get(user);
            Subscription.Change.Applied applied = (Subscription.Change.Applied)
                    current.apply(new StatusEvidence(status, T0, "e-" + user, StatusEvidence.Source.WEBHOOK));
            subscriptions().record(org, account, List.of(new SubscriptionStore.Recorded(user, applied)), T0);
        });
        return user;
    }

    private List<String> ours(List<ProfileGaps.Gap> gaps) {
        return gaps.stream()
                .filter(gap -> gap.accountId().equals(account))
                .map(ProfileGaps.Gap::lineUserId)
                .toList();
    }

    @Test
    void followersWithoutAKeptProfileAreGapsUnlessLineRecentlyHadNone() {
        String unknown = user(SubscriptionStatus.FOLLOWING);
        String kept = user(SubscriptionStatus.FOLLOWING);
        user(SubscriptionStatus.BLOCKED);
        String missedLately = user(SubscriptionStatus.FOLLOWING);
        String missedLongAgo = user(SubscriptionStatus.FOLLOWING);
        profiles()
                .save(
                        org,
                        "Provider",
                        new LineProfile(kept, "Hana", Optional.empty(), Optional.empty(), Optional.empty()),
                        T0);
        gaps().missed(new ProfileGaps.Gap(org, account, "Provider", missedLately), T0.plusSeconds(3600));
        gaps().missed(new ProfileGaps.Gap(org, account, "Provider", missedLongAgo), T0);

        List<ProfileGaps.Gap> all = new ArrayList<>();
        Optional<ProfileGaps.Cursor> cursor = Optional.empty();
        int windows = 0;
        do {
            ProfileGaps.Window window = gaps().window(cursor, 2, T0.plusSeconds(60));
            assertThat(window.gaps())
                    .allSatisfy(gap -> assertThat(gap.provider()).isNotBlank());
            all.addAll(window.gaps());
            cursor = window.end();
            windows++;
        } while (cursor.isPresent() && windows < 100_000);

        assertThat(ours(all)).containsExactlyInAnyOrder(unknown, missedLongAgo);
        assertThat(all)
                .filteredOn(gap -> gap.accountId().equals(account))
                .allMatch(gap -> gap.orgId().equals(org) && gap.provider().equals("Provider"));
    }
}
