package io.lineengage.application.port.out.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link TestSendLog}: what is recorded is read back whole, a campaign's newest first, per org. */
public abstract class AbstractTestSendLogTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract TestSendLog log();

    @Test
    void testSendsAreKeptWholeAndReadPerCampaignNewestFirst() {
        OrgId org = StorageFixtures.org(orgRepository());
        CampaignId campaign = CampaignId.generate();
        TestSendLog.Sent sent = new TestSendLog.Sent(
                org,
                campaign,
                CustomerId.generate(),
                Optional.of("U1"),
                Optional.of(new GatewayId("gw_1")),
                Optional.of(new LineAccountId("la_1")),
                "SENT",
                Optional.empty(),
                Optional.of("req-1"),
                Optional.of(new JsonLike.JArray(List.of(new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi 👋")))))),
                T0);
        TestSendLog.Sent skipped = new TestSendLog.Sent(
                org,
                campaign,
                CustomerId.generate(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "SKIPPED",
                Optional.of("no_line_identity"),
                Optional.empty(),
                Optional.empty(),
                T0.plusSeconds(1));

        log().record(List.of(sent, skipped));
        log().record(List.of());

        assertThat(log().ofCampaign(org, campaign)).containsExactly(skipped, sent);
        assertThat(log().ofCampaign(org, CampaignId.generate())).isEmpty();
        assertThat(log().ofCampaign(StorageFixtures.org(orgRepository()), campaign))
                .isEmpty();
    }
}
