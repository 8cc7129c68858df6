package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.campaign.CampaignProgress;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Launching on fakes: who is queued on which gateway, who is skipped and why, and when the freeze happens. */
class LaunchCampaignServiceTest {
    private final Shop shop = new Shop();
    private final AtomicInteger signals = new AtomicInteger();
    private final LaunchCampaignService launch = new LaunchCampaignService(
            shop.campaigns,
            shop.freeze(),
            new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
            signals::incrementAndGet,
            shop.clock);

    private final CampaignMovesService moves = new CampaignMovesService(
            shop.campaigns,
            shop.campaigns,
            new DirectUnitOfWork(),
            signals::incrementAndGet,
            new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
            shop.clock);

    private DeliveryCounts counts(Campaign campaign) {
        return shop.campaigns.counts(campaign.id());
    }

    @Test
    void followersOfBothChannelsAreSplitByTheGatewaysWeights() {
        Shop.Channel tokyo = shop.channel(70);
        Shop.Channel osaka = shop.channel(30);
        for (int i = 0; i < 100; i++) {
            shop.follower(tokyo, osaka);
        }
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());

        CampaignProgress progress = launch.launch(shop.org, campaign.id());

        assertThat(progress.campaign().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(counts(campaign).queued()).isEqualTo(100);
        assertThat(counts(campaign).byGateway())
                .containsEntry(tokyo.gateway().id(), Map.of("queued", 70L))
                .containsEntry(osaka.gateway().id(), Map.of("queued", 30L));
        assertThat(signals).hasValue(1);
    }

    @Test
    void whoCannotBeReachedIsSkippedWithTheReason() {
        Shop.Channel tokyo = shop.channel(100);
        shop.follower(tokyo);
        shop.customer();
        shop.follower();
        Customer blocked = shop.follower(tokyo);
        shop.status(tokyo, shop.lineUserOf(blocked), SubscriptionStatus.BLOCKED);
        Customer optedOut = shop.follower(tokyo);
        shop.optOut(optedOut, tokyo, ConsentCategory.PROMOTIONAL);
        Customer onlyTransactionalOff = shop.follower(tokyo);
        shop.optOut(onlyTransactionalOff, tokyo, ConsentCategory.TRANSACTIONAL);
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());

        launch.launch(shop.org, campaign.id());

        assertThat(counts(campaign).queued())
                .as("the follower and the one opted out of TRANSACTIONAL only")
                .isEqualTo(2);
        assertThat(counts(campaign).skipped())
                .isEqualTo(Map.of("no_line_identity", 1L, "not_following", 2L, "no_consent", 1L));
    }

    @Test
    void aFrequencyCapSkipsWhoAlreadyHadTheirShare() {
        Shop.Channel tokyo = shop.channel(100);
        shop.follower(tokyo);
        shop.follower(tokyo);
        Campaign first = shop.draft(Optional.empty(), Optional.empty());
        launch.launch(shop.org, first.id());
        shop.sendAll();
        assertThat(counts(first).sent()).isEqualTo(2);
        shop.follower(tokyo);
        Campaign capped = shop.draft(Optional.empty(), Optional.of(new FrequencyCap(1, Period.ofDays(7))));

        launch.launch(shop.org, capped.id());

        assertThat(counts(capped).skipped()).isEqualTo(Map.of("capped", 2L));
        assertThat(counts(capped).queued()).as("the newcomer").isEqualTo(1);
    }

    @Test
    void aScheduledCampaignIsFrozenOnlyWhenItsTimeComes() {
        Shop.Channel tokyo = shop.channel(100);
        shop.follower(tokyo);
        Campaign campaign = shop.draft(Optional.of(shop.clock.instant().plus(Duration.ofHours(1))), Optional.empty());

        assertThat(launch.launch(shop.org, campaign.id()).campaign().status()).isEqualTo(CampaignStatus.SCHEDULED);
        launch.startDue();
        assertThat(counts(campaign).queued()).as("not yet due").isZero();
        shop.follower(tokyo);
        shop.clock.advance(Duration.ofHours(2));
        launch.startDue();

        assertThat(shop.campaigns.find(shop.org, campaign.id()).orElseThrow().status())
                .isEqualTo(CampaignStatus.RUNNING);
        assertThat(counts(campaign).queued())
                .as("the audience as it is at the start")
                .isEqualTo(2);
        assertThat(signals).hasValue(1);
    }

    @Test
    void withoutAUsableGatewayALaunchIsRefusedAndADueCampaignFails() {
        shop.follower();
        Campaign now = shop.draft(Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> launch.launch(shop.org, now.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no BULK gateway is active");
        assertThat(shop.campaigns.find(shop.org, now.id()).orElseThrow().status())
                .isEqualTo(CampaignStatus.DRAFT);

        Campaign later = shop.draft(Optional.of(shop.clock.instant().plusSeconds(60)), Optional.empty());
        launch.launch(shop.org, later.id());
        shop.clock.advance(Duration.ofMinutes(2));
        launch.startDue();
        assertThat(shop.campaigns.find(shop.org, later.id()).orElseThrow().status())
                .isEqualTo(CampaignStatus.FAILED);
    }

    @Test
    void aCampaignWhoseTemplateWasDeletedCannotLaunch() {
        shop.channel(100);
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());
        shop.templates.delete(shop.org, shop.template.id());
        assertThatThrownBy(() -> launch.launch(shop.org, campaign.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("template was deleted");
    }

    @Test
    void aLaunchFreezesItsFirstCustomersAndAnswersTheRestFollowsWithTheSplitExactAcrossAPause() {
        Shop.Channel tokyo = shop.channel(70);
        Shop.Channel osaka = shop.channel(30);
        int followers = AudienceFreeze.FIRST_WINDOW * 2 + 500;
        for (int i = 0; i < followers; i++) {
            shop.follower(tokyo, osaka);
        }
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());
        AudienceFreeze freeze = shop.freeze();

        launch.launch(shop.org, campaign.id());

        assertThat(counts(campaign).queued())
                .as("the launch answers with its first window in the ledger, the senders can start")
                .isEqualTo(AudienceFreeze.FIRST_WINDOW);
        assertThat(shop.campaigns.freezing(campaign.id())).isTrue();
        shop.dispatcher().completeFinished();
        assertThat(status(campaign)).as("not finished while freezing").isEqualTo(CampaignStatus.RUNNING);

        moves.pause(shop.org, campaign.id());
        assertThat(freeze.freezeNext("worker", () -> true))
                .as("a paused campaign's freeze waits")
                .isFalse();
        moves.resume(shop.org, campaign.id());
        assertThat(freeze.freezeNext("worker", () -> true)).isTrue();

        assertThat(shop.campaigns.freezing(campaign.id())).isFalse();
        assertThat(counts(campaign).queued()).isEqualTo(followers);
        assertThat(counts(campaign).byGateway())
                .as("the split goes on from the ledger's counts after the pause: exactly 70/30 still")
                .containsEntry(tokyo.gateway().id(), Map.of("queued", followers * 7L / 10))
                .containsEntry(osaka.gateway().id(), Map.of("queued", followers * 3L / 10));
        shop.sendAll();
        assertThat(status(campaign)).isEqualTo(CampaignStatus.COMPLETED);
        assertThat(counts(campaign).sent()).isEqualTo(followers);
    }

    @Test
    void aFreezeWhoseRunnerDiedIsTakenOverOnceItsLeaseRunsOutAndACancelStopsIt() {
        Shop.Channel tokyo = shop.channel(100);
        int followers = AudienceFreeze.FIRST_WINDOW + 300;
        for (int i = 0; i < followers; i++) {
            shop.follower(tokyo);
        }
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());
        launch.launch(shop.org, campaign.id());
        assertThat(shop.campaigns.claim("died", shop.clock.instant(), AudienceFreeze.LEASE))
                .as("a runner claims the freeze and dies before its first window")
                .isPresent();
        AudienceFreeze freeze = shop.freeze();

        assertThat(freeze.freezeNext("survivor", () -> true)).isFalse();
        shop.clock.advance(AudienceFreeze.LEASE.plusSeconds(1));
        assertThat(freeze.freezeNext("survivor", () -> true)).isTrue();
        assertThat(counts(campaign).queued()).isEqualTo(followers);

        Campaign cancelled = shop.draft(Optional.empty(), Optional.empty());
        launch.launch(shop.org, cancelled.id());
        moves.cancel(shop.org, cancelled.id());
        assertThat(freeze.freezeNext("survivor", () -> true)).isFalse();
        assertThat(counts(cancelled).queued())
                .as("nothing is frozen after a cancel")
                .isEqualTo(AudienceFreeze.FIRST_WINDOW);
    }

    private CampaignStatus status(Campaign campaign) {
        return shop.campaigns.find(shop.org, campaign.id()).orElseThrow().status();
    }
}
