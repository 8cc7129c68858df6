package io.lineengage.application.service.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.service.campaign.CampaignProgressService;
import io.lineengage.application.service.campaign.LaunchCampaignService;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.json.JsonLike.JArray;
import io.lineengage.domain.json.JsonLike.JObject;
import io.lineengage.domain.json.JsonLike.JString;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import io.lineengage.domain.tracking.ClickCounts;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On fakes: a tracked template's recipients get links of their own, and a link leads only where it was sent for. */
class ClickTrackingTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(100);
    private final LinkFollowing following = new LinkFollowing(shop.trackedLinks, ClickReactions.NONE, shop.clock);

    private Template tracked() {
        JsonLike messages = new JArray(List.of(new JObject(Map.of(
                "type", new JString("template"),
                "altText", new JString("Sale"),
                "template",
                        new JObject(Map.of(
                                "type", new JString("buttons"),
                                "text", new JString("Spring sale"),
                                "actions",
                                        new JArray(List.of(new JObject(Map.of(
                                                "type", new JString("uri"),
                                                "label", new JString("Open"),
                                                "uri",
                                                        new JString(
                                                                "https://shop.example/sale?c={{externalId}}")))))))))));
        Template template = new Template(
                TemplateId.generate(),
                shop.org,
                "Sale",
                messages,
                false,
                true,
                shop.clock.instant(),
                shop.clock.instant());
        shop.templates.insert(template);
        return template;
    }

    @Test
    void eachRecipientOfATrackedCampaignGetsLinksOfTheirOwnLeadingToTheirRenderedUrl() {
        Customer hana = shop.follower(tokyo);
        Customer ren = shop.follower(tokyo);
        Campaign campaign = shop.draft(tracked().id(), Optional.empty(), Optional.empty());
        new LaunchCampaignService(
                        shop.campaigns,
                        shop.freeze(),
                        new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
                        () -> {},
                        shop.clock)
                .launch(shop.org, campaign.id());

        List<DeliveryLedger.Claimed> batches =
                shop.campaigns.claim("test", Instant.now().plusSeconds(1), Duration.ofMinutes(1), 10);

        assertThat(batches).hasSize(2).allSatisfy(batch -> {
            assertThat(batch.kind()).as("links differ per recipient").isEqualTo(DeliveryLedger.Kind.PUSH);
            assertThat(batch.messages().orElseThrow().toString())
                    .contains("https://engage.example/c/")
                    .doesNotContain("shop.example");
        });
        List<TrackedLink> links = List.of(hana, ren).stream()
                .map(customer -> tokenOf(batches, customer))
                .toList();
        assertThat(links)
                .extracting(TrackedLink::url)
                .containsExactly(
                        "https://shop.example/sale?c=" + hana.externalId().orElseThrow(),
                        "https://shop.example/sale?c=" + ren.externalId().orElseThrow());
        assertThat(links)
                .extracting(TrackedLink::token)
                .allMatch(token -> token.length() == 22)
                .doesNotHaveDuplicates();

        assertThat(following.follow(links.get(0).token())).contains(links.get(0).url());
        assertThat(following.follow(links.get(0).token())).contains(links.get(0).url());
        assertThat(shop.trackedLinks.counts(
                        shop.org, TrackedLink.Source.CAMPAIGN, campaign.id().value()))
                .isEqualTo(new ClickCounts(2, 1, Map.of(links.get(0).url(), 2L)));
    }

    @Test
    void aForgedOrAlteredTokenLeadsNowhereAndCountsNothing() {
        Customer hana = shop.follower(tokyo);
        Campaign campaign = shop.draft(tracked().id(), Optional.empty(), Optional.empty());
        new LaunchCampaignService(
                        shop.campaigns,
                        shop.freeze(),
                        new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
                        () -> {},
                        shop.clock)
                .launch(shop.org, campaign.id());
        String token = tokenOf(shop.campaigns.claim("t", Instant.now().plusSeconds(1), Duration.ofMinutes(1), 10), hana)
                .token();
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        for (String forged :
                List.of(altered, token + "A", token.substring(1), "", "../../etc/passwd", "A".repeat(22))) {
            assertThat(following.follow(forged)).as(forged).isEmpty();
        }
        assertThat(shop.trackedLinks.clicks()).isEmpty();
    }

    /** The link that went to {@code customer}: the token in their batch's messages, as stored. */
    private TrackedLink tokenOf(List<DeliveryLedger.Claimed> batches, Customer customer) {
        String user = shop.lineUserOf(customer);
        String messages = batches.stream()
                .filter(batch -> batch.lineUserIds().contains(user))
                .findFirst()
                .orElseThrow()
                .messages()
                .orElseThrow()
                .toString();
        int at = messages.indexOf("https://engage.example/c/") + "https://engage.example/c/".length();
        String token = messages.substring(at, at + 22);
        return shop.trackedLinks.find(token).orElseThrow();
    }
}
