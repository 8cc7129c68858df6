package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.lineengage.application.fake.InMemoryTestSendLog;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.in.campaign.TestSendCampaignUseCase.TestSend;
import io.lineengage.application.port.out.campaign.TestSendLog;
import io.lineengage.domain.account.AccountStatus;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On fakes: a channel LINE stops serving hands its recipients to the others; test sends plan as launch does. */
class FailoverAndTestSendTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(50);
    private final Shop.Channel osaka = shop.channel(50);

    private Campaign launched() {
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());
        new LaunchCampaignService(
                        shop.campaigns,
                        shop.freeze(),
                        new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
                        () -> {},
                        shop.clock)
                .launch(shop.org, campaign.id());
        return campaign;
    }

    @Test
    void anExhaustedQuotaMovesTheChannelsRecipientsToTheOtherGatewayAndEachGetsOneMessage() {
        List<Customer> both = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            both.add(shop.follower(tokyo, osaka));
        }
        Customer tokyoOnly = shop.follower(tokyo);
        Campaign campaign = launched();
        // 50/50 over 11 recipients: Tokyo gets 5 or 6 depending on where its only follower falls in the order
        long plannedForTokyo =
                shop.campaigns.entries(campaign.id(), new PageRequest(100, Optional.empty())).items().stream()
                        .filter(delivery -> delivery.gatewayId()
                                .equals(Optional.of(tokyo.gateway().id())))
                        .count();
        assertThat(plannedForTokyo).isBetween(5L, 6L);
        shop.line.exhaustQuota(tokyo.credentials());

        shop.sendAll();

        DeliveryCounts counts = shop.campaigns.counts(campaign.id());
        assertThat(counts.sent()).isEqualTo(10);
        assertThat(counts.failed()).as("reachable through Tokyo only").isEqualTo(1);
        for (Customer customer : both) {
            String user = shop.lineUserOf(customer);
            assertThat(shop.line.receivedCount(osaka.credentials(), user)).isEqualTo(1);
            assertThat(shop.line.receivedCount(tokyo.credentials(), user)).isZero();
        }
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(tokyoOnly)))
                .isZero();
        List<Failover> failovers = shop.campaigns.gatewayFailures(campaign.id());
        assertThat(failovers).singleElement().satisfies(failover -> {
            assertThat(failover.gatewayId()).isEqualTo(tokyo.gateway().id());
            assertThat(failover.moved() + failover.stranded()).isEqualTo(plannedForTokyo);
            assertThat(failover.stranded()).isEqualTo(1);
        });
        assertThat(shop.campaigns.find(shop.org, campaign.id()).orElseThrow().status())
                .isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void aDisabledAccountFailsOverBeforeAnyCallIsMade() {
        for (int i = 0; i < 4; i++) {
            shop.follower(tokyo, osaka);
        }
        Campaign campaign = launched();
        shop.accounts.update(
                tokyo.account()
                        .changed(
                                new LineAccount.Changes(null, null, null, null, Optional.of(AccountStatus.DISABLED)),
                                shop.clock.instant()),
                tokyo.account().version());

        shop.sendAll();

        assertThat(shop.campaigns.counts(campaign.id()).sent()).isEqualTo(4);
        assertThat(shop.campaigns.gatewayFailures(campaign.id()))
                .singleElement()
                .satisfies(failover -> assertThat(failover.reason()).isEqualTo("LINE account disabled"));
    }

    @Test
    void aTestSendPushesNowToFollowersAndSaysWhyOthersWereSkipped() {
        Customer follower = shop.follower(tokyo);
        Customer stranger = shop.customer();
        Campaign campaign = shop.draft(Optional.empty(), Optional.empty());
        InMemoryTestSendLog testSends = new InMemoryTestSendLog();
        TestSendService testSend = new TestSendService(
                new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
                shop.planning,
                shop.accounts,
                shop.audienceQuery,
                shop.pace,
                shop.line,
                testSends,
                shop.clock);

        List<TestSend> results = testSend.testSend(shop.org, campaign.id(), List.of(follower.id(), stranger.id()));

        assertThat(results.get(0).status()).isEqualTo("SENT");
        assertThat(results.get(0).gatewayId()).contains(tokyo.gateway().id());
        assertThat(results.get(0).lineRequestId()).isPresent();
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(follower)))
                .isEqualTo(1);
        assertThat(results.get(1).status()).isEqualTo("SKIPPED");
        assertThat(results.get(1).reason()).contains("no_line_identity");
        assertThat(testSends.ofCampaign(shop.org, campaign.id()))
                .as("kept for the customers' timelines, newest first")
                .extracting(TestSendLog.Sent::customerId, TestSendLog.Sent::status)
                .containsExactlyInAnyOrder(tuple(follower.id(), "SENT"), tuple(stranger.id(), "SKIPPED"));
        assertThat(shop.campaigns.find(shop.org, campaign.id()).orElseThrow().status())
                .as("a test send launches nothing")
                .isEqualTo(CampaignStatus.DRAFT);
        assertThatThrownBy(() -> testSend.testSend(shop.org, campaign.id(), List.of(CustomerId.generate())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("customerIds[0]");
        assertThatThrownBy(() -> testSend.testSend(shop.org, campaign.id(), List.of()))
                .isInstanceOf(ValidationException.class);
    }
}
