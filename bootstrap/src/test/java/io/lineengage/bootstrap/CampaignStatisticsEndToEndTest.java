package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign through two channels carries its own aggregation unit; its statistics show LINE's figures per gateway. */
class CampaignStatisticsEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String post(String path, String body) {
        Answer answer = world.api.post(path, world.key, body);
        assertThat(answer.status()).as(path + ": " + answer.text()).isIn(200, 201);
        return answer.json().get("id").asText();
    }

    @Test
    void lineFiguresPerGatewayAndInTotalWithHiddenCountsShownAsSuch() {
        Registered tokyo = world.registerChannel(true);
        Registered osaka = world.registerChannel(true);
        List<String> both = world.control.addFollowers(tokyo.channel().channelId(), 30);
        world.control.addFollowers(osaka.channel().channelId(), both);
        world.backfill(tokyo);
        world.backfill(osaka);
        world.defaultGateway(tokyo, 70, "BULK");
        world.defaultGateway(osaka, 30, "BULK");
        String template = post(
                "/api/v1/templates",
                "{\"name\":\"Sale\",\"messages\":[{\"type\":\"text\",\"text\":\"Spring sale https://shop.example/sale\"}]}");
        String audience = post(
                "/api/v1/audiences",
                "{\"name\":\"On LINE\",\"filter\":{\"field\":\"lineIdentity\",\"op\":\"exists\"}}");
        String campaign = post(
                "/api/v1/campaigns",
                "{\"name\":\"Spring\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\"}");
        assertThat(world.api
                        .get("/api/v1/campaigns/" + campaign + "/statistics", world.key)
                        .status())
                .as("not launched yet")
                .isEqualTo(409);
        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));

        // Every multicast carried the campaign's unit.
        String unit = world.api
                .get("/api/v1/campaigns/" + campaign + "/statistics", world.key)
                .json()
                .get("aggregationUnit")
                .asText();
        assertThat(unit).matches("[a-zA-Z0-9_]{1,30}");
        for (Registered account : List.of(tokyo, osaka)) {
            JsonNode calls = world.control.requests(account.channel().channelId());
            long multicasts = 0;
            for (JsonNode call : calls) {
                if (call.path("path").asText().endsWith("/message/multicast")) {
                    multicasts++;
                    assertThat(call.toString())
                            .contains("customAggregationUnits")
                            .contains(unit);
                }
            }
            assertThat(multicasts).isPositive();
        }
        // Tokyo's readers (25: some opened it more than once) and 20 clickers are reported; Osaka's 9 stay under 20.
        world.control.reportUnitEvents(
                tokyo.channel().channelId(),
                unit,
                Map.of(
                        "impressions",
                        25,
                        "clicks",
                        List.of(Map.of("url", "https://shop.example/sale", "clicks", 30, "uniqueUsers", 20))));
        // A fresh service instance: the first statistics above were kept for a few minutes.
        world.restart();

        JsonNode statistics = world.api
                .get("/api/v1/campaigns/" + campaign + "/statistics", world.key)
                .json();

        JsonNode perGateway = statistics.get("gateways");
        assertThat(perGateway).hasSize(2);
        JsonNode tokyoFigures = byAccount(perGateway, tokyo.accountId());
        JsonNode osakaFigures = byAccount(perGateway, osaka.accountId());
        assertThat(tokyoFigures.get("uniqueImpressions").asLong()).isEqualTo(25);
        assertThat(tokyoFigures.get("uniqueClicks").asLong()).isEqualTo(20);
        assertThat(tokyoFigures.at("/urls/0/url").asText()).isEqualTo("https://shop.example/sale");
        assertThat(tokyoFigures.at("/urls/0/clicks").asLong()).isEqualTo(30);
        assertThat(osakaFigures.get("uniqueImpressions").asText()).isEqualTo("fewer than 20");
        assertThat(osakaFigures.get("uniqueClicks").asText()).isEqualTo("fewer than 20");
        assertThat(statistics.at("/total/uniqueImpressions").asText()).isEqualTo("from 25 to 44");
        assertThat(statistics.at("/ourClicks/clicks").asLong()).isZero();
        assertThat(statistics.get("fetchedAt").asText()).isNotBlank();
        assertThat(world.api
                        .get("/api/v1/campaigns/" + campaign + "/statistics", world.key)
                        .json()
                        .get("fetchedAt"))
                .as("kept a while: LINE limits insight calls")
                .isEqualTo(statistics.get("fetchedAt"));
    }

    private static JsonNode byAccount(JsonNode gateways, String accountId) {
        for (JsonNode gateway : gateways) {
            if (gateway.get("lineAccountId").asText().equals(accountId)) {
                return gateway;
            }
        }
        throw new AssertionError("no figures for " + accountId + " in " + gateways);
    }
}
