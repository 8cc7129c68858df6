package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.Shop;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.campaign.AggregationUnit;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On fakes: which calls of a campaign carry its aggregation unit, and what happens when a channel has none left. */
class AggregationUnitsTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(100);

    private Campaign launched(TemplateId template) {
        Campaign campaign = shop.draft(template, Optional.empty(), Optional.empty());
        new LaunchCampaignService(
                        shop.campaigns,
                        shop.freeze(),
                        new CampaignProgressService(shop.campaigns, shop.campaigns, shop.campaigns),
                        () -> {},
                        shop.clock)
                .launch(shop.org, campaign.id());
        return campaign;
    }

    private TemplateId personalized() {
        Template template = new Template(
                TemplateId.generate(),
                shop.org,
                "Named",
                new JsonLike.JArray(List.of(new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi {{name}}"))))),
                false,
                shop.clock.instant(),
                shop.clock.instant());
        shop.templates.insert(template);
        return template.id();
    }

    @Test
    void everyMulticastOfACampaignCarriesItsOwnUnitSpentOnceForTheChannelsMonth() {
        for (int i = 0; i < 3; i++) {
            shop.follower(tokyo);
        }
        Campaign campaign = launched(shop.template.id());

        shop.sendAll();

        String unit = AggregationUnit.of(campaign.id()).name();
        assertThat(shop.line.unitsOf(tokyo.credentials())).isNotEmpty().containsOnly(Optional.of(unit));
        assertThat(shop.units.spent(tokyo.account().id(), AggregationUnit.monthAt(shop.clock.instant())))
                .isEqualTo(1);
        assertThat(shop.campaigns.notes(campaign.id())).isEmpty();
    }

    @Test
    void pushesCarryTheUnitOnlyForAccountsMarkedAsAllowed() {
        shop.follower(tokyo);
        launched(personalized());
        shop.sendAll();
        assertThat(shop.line.unitsOf(tokyo.credentials())).containsExactly(Optional.empty());

        LineAccount allowed = tokyo.account()
                .changed(
                        new LineAccount.Changes(null, null, null, null, null, Optional.of(true), null),
                        shop.clock.instant());
        shop.accounts.update(allowed, tokyo.account().version());
        Campaign second = launched(personalized());
        shop.sendAll();

        assertThat(shop.line.unitsOf(tokyo.credentials()))
                .containsExactly(
                        Optional.empty(),
                        Optional.of(AggregationUnit.of(second.id()).name()));
    }

    @Test
    void aChannelWithoutNamesLeftSendsWithoutAUnitAndTheCampaignSaysSo() {
        shop.follower(tokyo);
        for (int i = 0; i < AggregationUnit.NAMES_PER_CHANNEL_AND_MONTH; i++) {
            shop.units.spend(
                    tokyo.account().id(),
                    AggregationUnit.monthAt(shop.clock.instant()),
                    "other_" + i,
                    AggregationUnit.NAMES_PER_CHANNEL_AND_MONTH);
        }
        Campaign campaign = launched(shop.template.id());

        shop.sendAll();

        assertThat(shop.line.unitsOf(tokyo.credentials())).containsExactly(Optional.empty());
        assertThat(shop.campaigns.counts(campaign.id()).sent()).isEqualTo(1);
        assertThat(shop.campaigns.notes(campaign.id()))
                .singleElement()
                .asString()
                .contains(tokyo.account().id().value())
                .contains("1000 aggregation unit names");
    }
}
