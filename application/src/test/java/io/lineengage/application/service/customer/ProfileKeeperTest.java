package io.lineengage.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLinePlatform;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.identity.ProfileGaps;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.org.OrgId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileKeeperTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private static final OrgId ORG = new OrgId("org_1");

    private final InMemoryLinePlatform line = new InMemoryLinePlatform();
    private final InMemoryIdentities profiles = new InMemoryIdentities();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final ChannelCredentials channel = line.newChannel();
    private final LineAccount account = StorageFixtures.account(ORG, channel, T0);

    /**
     * Gaps served in windows of two, in the order given, leaving out those with a kept profile or reported missed, as
     * the real one does.
     */
    private final class ListedGaps implements ProfileGaps {
        final List<Gap> all;
        final List<Gap> missed = new ArrayList<>();

        ListedGaps(List<Gap> all) {
            this.all = all;
        }

        @Override
        public Window window(Optional<Cursor> after, int size, Instant missedSince) {
            int from =
                    after.map(cursor -> Integer.parseInt(cursor.lineUserId())).orElse(0);
            int to = Math.min(all.size(), from + 2);
            List<Gap> open = all.subList(from, to).stream()
                    .filter(gap -> !missed.contains(gap)
                            && profiles.cachedProfile(gap.orgId(), gap.provider(), gap.lineUserId())
                                    .isEmpty())
                    .toList();
            return new Window(
                    open, to < all.size() ? Optional.of(new Cursor("", Integer.toString(to))) : Optional.empty());
        }

        @Override
        public void missed(Gap gap, Instant at) {
            missed.add(gap);
        }
    }

    private ProfileKeeper keeper(ProfileGaps gaps) {
        accounts.insert(account);
        return new ProfileKeeper(gaps, profiles, accounts, line, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private ProfileGaps.Gap gap(String user) {
        return new ProfileGaps.Gap(ORG, account.id(), "Brand", user);
    }

    @Test
    void keepsTheProfilesOfFollowersAtMostMaxACallAndMarksWhoLineHasNoneFor() {
        List<String> followers = line.addFollowers(channel, 3);
        ListedGaps gaps = new ListedGaps(
                List.of(gap(followers.get(0)), gap("Ugone"), gap(followers.get(1)), gap(followers.get(2))));
        ProfileKeeper keeper = keeper(gaps);

        assertThat(keeper.fillGaps(2)).isEqualTo(2);
        assertThat(profiles.cachedProfile(ORG, "Brand", followers.get(0))).isPresent();
        assertThat(gaps.missed).extracting(ProfileGaps.Gap::lineUserId).containsExactly("Ugone");
        assertThat(profiles.cachedProfile(ORG, "Brand", followers.get(1)))
                .as("not this call")
                .isEmpty();

        assertThat(keeper.fillGaps(10)).isEqualTo(2);
        assertThat(followers)
                .allSatisfy(user ->
                        assertThat(profiles.cachedProfile(ORG, "Brand", user)).isPresent());
        assertThat(keeper.fillGaps(10)).as("round the list: nothing left").isZero();
    }

    @Test
    void whenLineIsBusyTheKeeperStopsAndTriesTheSameFollowerNextTime() {
        List<String> followers = line.addFollowers(channel, 1);
        ProfileKeeper keeper = keeper(new ListedGaps(List.of(gap(followers.get(0)))));
        line.failNextCalls(channel, 1, 500);

        assertThat(keeper.fillGaps(5)).isEqualTo(1);
        assertThat(profiles.cachedProfile(ORG, "Brand", followers.get(0))).isEmpty();
        assertThat(keeper.fillGaps(5)).isEqualTo(1);
        assertThat(profiles.cachedProfile(ORG, "Brand", followers.get(0))).isPresent();
    }

    @Test
    void aChannelLineRefusesIsPassedOverWithoutMarkingItsFollowers() {
        List<String> followers = line.addFollowers(channel, 2);
        ListedGaps gaps = new ListedGaps(List.of(gap(followers.get(0)), gap(followers.get(1))));
        ProfileKeeper keeper = keeper(gaps);
        line.revokeCredentials(channel);

        assertThat(keeper.fillGaps(5))
                .as("one refusal, and the channel's other follower is not asked")
                .isEqualTo(1);
        assertThat(gaps.missed).isEmpty();
        assertThat(followers)
                .allSatisfy(user ->
                        assertThat(profiles.cachedProfile(ORG, "Brand", user)).isEmpty());
    }
}
