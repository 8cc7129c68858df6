package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign of a click-tracking template against the sandbox: own links per recipient, redirects, counts. */
class ClickTrackingEndToEndTest {
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/c/[A-Za-z0-9_-]{22})");

    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private Registered account;
    private List<String> followers;
    private String campaign;
    private JsonNode created;

    @BeforeEach
    void aTrackedCampaignSentToThreeFollowers() {
        world = new ServiceWithSandbox(dataDirectory);
        account = world.registerChannel(true);
        followers = world.control.addFollowers(account.channel().channelId(), 3);
        world.backfill(account);
        world.defaultGateway(account, 100, "BULK");
        Answer template = world.api.post("/api/v1/templates", world.key, """
                {"name":"Sale","trackClicks":true,"messages":[{"type":"template","altText":"Spring sale",
                 "template":{"type":"buttons","text":"Spring sale","actions":[
                  {"type":"uri","label":"Shop","uri":"https://shop.example/sale"},
                  {"type":"uri","label":"Map","uri":"https://shop.example/map"}]}}]}""");
        assertThat(template.status()).as(template.text()).isEqualTo(201);
        assertThat(template.json().get("trackClicks").asBoolean()).isTrue();
        created = world.completedCampaign("Spring", template.json().get("id").asText());
        campaign = created.get("id").asText();
    }

    @AfterEach
    void stop() {
        world.close();
    }

    /** The two links the sandbox received for {@code user}, in the order of the template's actions. */
    private List<String> linksOf(String user) {
        String received =
                world.control.received(account.channel().channelId(), user).toString();
        Matcher link = LINK.matcher(received);
        List<String> paths = new ArrayList<>();
        while (link.find()) {
            paths.add(link.group(1));
        }
        return paths;
    }

    private String customerOf(String user) {
        return world.api
                .get("/api/v1/lookup?lineUserId=" + user, world.key)
                .json()
                .at("/customer/id")
                .asText();
    }

    @Test
    void eachRecipientGetsOwnLinksThatRedirectToTheTemplatesUrlsAndEveryClickCounts() {
        assertThat(created.get("notices").get(0).asText()).contains("push").contains("2000");
        List<String> first = linksOf(followers.get(0));
        List<String> second = linksOf(followers.get(1));
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(world.control
                        .received(account.channel().channelId(), followers.get(0))
                        .toString())
                .doesNotContain("shop.example");

        Answer click = world.api.get(first.get(0), null);
        assertThat(click.status()).isEqualTo(302);
        assertThat(click.header("Location")).isEqualTo("https://shop.example/sale");
        assertThat(click.header("Cache-Control")).isEqualTo("no-store");
        assertThat(world.api.get(first.get(0), null).header("Location")).isEqualTo("https://shop.example/sale");
        assertThat(world.api.get(first.get(1), null).header("Location")).isEqualTo("https://shop.example/map");
        assertThat(world.api.get(second.get(0), null).header("Location")).isEqualTo("https://shop.example/sale");

        String token = first.get(0).substring(3);
        String altered = (token.charAt(5) == 'A' ? token.substring(0, 5) + "B" : token.substring(0, 5) + "A")
                + token.substring(6);
        for (String forged : List.of("/c/" + altered, "/c/" + token + "x", "/c/nope", "/c/" + "A".repeat(22))) {
            Answer refused = world.api.get(forged, null);
            assertThat(refused.status()).as(forged).isEqualTo(404);
            assertThat(refused.header("Location")).as(forged).isNull();
        }
        assertThat(world.api.get("/c/" + altered, null).header("Content-Type")).startsWith("text/html");
        Answer unreadable = world.api.get("/c/%00", null);
        assertThat(unreadable.status()).as(unreadable.text()).isBetween(400, 404);
        assertThat(unreadable.header("Location")).isNull();

        JsonNode clicks = world.api
                .get("/api/v1/customers/" + customerOf(followers.get(0)) + "/interactions?type=click", world.key)
                .json()
                .get("items");
        assertThat(clicks).hasSize(3);
        assertThat(clicks.get(0).get("content").asText()).isEqualTo("https://shop.example/map");
        assertThat(clicks.get(0).get("campaignId").asText()).isEqualTo(campaign);

        // The clickers as an audience, and "sent the campaign but did not click" as an ordinary filter.
        String clicked = "{\"field\":\"campaigns.clicked\",\"op\":\"eq\",\"value\":\"" + campaign + "\"}";
        JsonNode clickers = preview(clicked);
        assertThat(clickers.get("count").asLong()).isEqualTo(2);
        assertThat(StreamSupport.stream(clickers.get("sample").spliterator(), false)
                        .map(customer -> customer.get("id").asText()))
                .containsExactlyInAnyOrder(customerOf(followers.get(0)), customerOf(followers.get(1)));
        JsonNode didNotClick = preview("{\"and\":[{\"field\":\"campaigns.received\",\"op\":\"eq\",\"value\":\""
                + campaign + "\"},{\"not\":" + clicked + "}]}");
        assertThat(didNotClick.get("count").asLong()).isEqualTo(1);
        assertThat(didNotClick.at("/sample/0/id").asText()).isEqualTo(customerOf(followers.get(2)));
        assertThat(preview("{\"field\":\"campaigns.clicked\",\"op\":\"eq\",\"value\":\"" + campaign
                                + "\",\"within\":\"PT1H\"}")
                        .get("count")
                        .asLong())
                .isEqualTo(2);
    }

    private JsonNode preview(String filter) {
        Answer answer = world.api.post("/api/v1/audiences/preview", world.key, "{\"filter\":" + filter + "}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }
}
