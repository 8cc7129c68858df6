package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journeys against the sandbox: a follow gets the welcome by reply (the quota untouched), a keyword typed in full
 * width gets its answer, a postback gets a follow-up after its wait only on the branch the customer matches, and an
 * unfollow in the middle ends the entry.
 */
class JourneysEndToEndTest {
    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;
    private Registered account;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
        account = world.registerChannel(true);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String template(String text) {
        return world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"" + text + "\",\"messages\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}")
                .json()
                .get("id")
                .asText();
    }

    private String activeJourney(String body) {
        Answer created = world.api.post("/api/v1/journeys", world.key, body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Answer active = world.api.post("/api/v1/journeys/" + id + "/activate", world.key, null);
        assertThat(active.json().get("status").asText()).isEqualTo("ACTIVE");
        return id;
    }

    private static String newUser() {
        StringBuilder id = new StringBuilder("U");
        for (int i = 0; i < 32; i++) {
            id.append(Integer.toHexString(ThreadLocalRandom.current().nextInt(16)));
        }
        return id.toString();
    }

    private void webhook(Map<String, ?> event) {
        world.control.webhook(account.channel().channelId(), event);
    }

    /** What the sandbox's LINE accepted for the user: each item's endpoint and first text. */
    private List<String> received(String user) {
        List<String> got = new ArrayList<>();
        for (JsonNode item : world.control.received(account.channel().channelId(), user)) {
            got.add(item.get("endpoint").asText() + ":"
                    + item.at("/messages/0/text").asText());
        }
        return got;
    }

    private JsonNode stats(String journey) {
        return world.api
                .get("/api/v1/journeys/" + journey + "/stats", world.key)
                .json();
    }

    @Test
    void aFollowGetsTheWelcomeByReplyOnceAndTheQuotaIsUntouched() {
        String welcome = template("Welcome to the shop!");
        String journey = activeJourney("{\"name\":\"Welcome\",\"trigger\":{\"type\":\"follow\"},"
                + "\"steps\":[{\"type\":\"send\",\"templateId\":\"" + welcome + "\"}]}");
        String user = newUser();

        webhook(Map.of("type", "follow", "userId", user));

        eventually(() -> received(user).equals(List.of("reply:Welcome to the shop!")));
        eventually(() -> stats(journey).get("done").asLong() == 1);
        assertThat(world.control
                        .channel(account.channel().channelId())
                        .get("usage")
                        .asLong())
                .as("replies cost no quota")
                .isZero();
        JsonNode stats = stats(journey);
        assertThat(stats.get("entered").asLong()).isEqualTo(1);
        assertThat(stats.at("/steps/0/outcomes/SENT_BY_REPLY").asLong()).isEqualTo(1);
        String customer = world.api
                .get("/api/v1/lookup?lineUserId=" + user, world.key)
                .json()
                .at("/customer/id")
                .asText();
        JsonNode step = world.api
                .get("/api/v1/customers/" + customer + "/interactions?type=journey_step", world.key)
                .json()
                .at("/items/0");
        assertThat(step.get("journeyId").asText()).isEqualTo(journey);
        assertThat(step.get("content").asText()).isEqualTo("send by reply");
        assertThat(step.get("status").asText()).isEqualTo("SENT");

        // the same user follows again (after blocking): once per customer, so no second welcome
        webhook(Map.of("type", "unfollow", "userId", user));
        webhook(Map.of("type", "follow", "userId", user));
        eventually(() -> world.subscription(account.accountId(), user)
                .get("status")
                .asText()
                .equals("FOLLOWING"));
        assertThat(stats(journey).get("entered").asLong()).isEqualTo(1);
        assertThat(received(user)).hasSize(1);
    }

    @Test
    void aKeywordTypedInFullWidthGetsItsAnswer() {
        String coupon = template("Here is your coupon: SPRING10");
        activeJourney("{\"name\":\"Coupon\",\"trigger\":{\"type\":\"keyword\",\"keywords\":[\"coupon\"],"
                + "\"match\":\"exact\"},\"steps\":[{\"type\":\"send\",\"templateId\":\"" + coupon + "\"}],"
                + "\"entry\":{\"again\":\"PT1S\"}}");
        String user = newUser();
        webhook(Map.of("type", "follow", "userId", user));
        eventually(() -> world.subscription(account.accountId(), user)
                .get("status")
                .asText()
                .equals("FOLLOWING"));

        webhook(Map.of("type", "message", "userId", user, "text", "ＣＯＵＰＯＮ"));
        webhook(Map.of("type", "message", "userId", user, "text", "no coupon here"));

        eventually(() -> received(user).equals(List.of("reply:Here is your coupon: SPRING10")));
    }

    @Test
    void aFollowUpComesAfterItsWaitOnlyOnTheBranchTheCustomerMatches() {
        String followUp = template("Still thinking about the spring sale?");
        String journey = activeJourney("{\"name\":\"Follow-up\",\"trigger\":{\"type\":\"postback\","
                + "\"data\":\"offer=spring\"},\"steps\":["
                + "{\"type\":\"wait\",\"duration\":\"PT2S\"},"
                + "{\"type\":\"branch\",\"filter\":{\"field\":\"interactions.message\",\"op\":\"within\",\"value\":\"P1D\"},"
                + "\"otherwise\":\"end\"},"
                + "{\"type\":\"send\",\"templateId\":\"" + followUp + "\"}]}");
        String talker = newUser();
        String quiet = newUser();
        for (String user : List.of(talker, quiet)) {
            webhook(Map.of("type", "follow", "userId", user));
        }
        webhook(Map.of("type", "message", "userId", talker, "text", "Hello"));
        eventually(() -> world.subscription(account.accountId(), quiet)
                .get("status")
                .asText()
                .equals("FOLLOWING"));

        webhook(Map.of("type", "postback", "userId", talker, "data", "offer=spring"));
        webhook(Map.of("type", "postback", "userId", quiet, "data", "offer=spring"));

        eventually(() -> stats(journey).get("done").asLong() == 2);
        assertThat(received(talker)).containsExactly("push:Still thinking about the spring sale?");
        assertThat(received(quiet)).isEmpty();
        JsonNode stats = stats(journey);
        assertThat(stats.at("/steps/1/outcomes/DONE").asLong()).isEqualTo(2);
        assertThat(stats.at("/steps/2/outcomes/SENT_BY_PUSH").asLong()).isEqualTo(1);
    }

    @Test
    void anUnfollowInTheMiddleEndsTheEntry() {
        String later = template("A day later");
        String journey = activeJourney("{\"name\":\"Later\",\"trigger\":{\"type\":\"follow\"},\"steps\":["
                + "{\"type\":\"wait\",\"duration\":\"PT3S\"},{\"type\":\"send\",\"templateId\":\"" + later + "\"}]}");
        String user = newUser();

        webhook(Map.of("type", "follow", "userId", user));
        eventually(() -> stats(journey).get("active").asLong() == 1);
        webhook(Map.of("type", "unfollow", "userId", user));

        eventually(() -> stats(journey).at("/exited/unfollowed").asLong() == 1);
        assertThat(stats(journey).get("active").asLong()).isZero();
        assertThat(received(user)).isEmpty();
    }

    @Test
    void aClickOnACampaignsTrackedLinkStartsItsJourneyForThatCustomerOnly() {
        List<String> followers = world.control.addFollowers(account.channel().channelId(), 2);
        world.backfill(account);
        world.defaultGateway(account, 100, "BULK");
        String tracked = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Sale\",\"trackClicks\":true,\"messages\":[{\"type\":\"template\","
                                + "\"altText\":\"Sale\",\"template\":{\"type\":\"buttons\",\"text\":\"Sale\","
                                + "\"actions\":[{\"type\":\"uri\",\"label\":\"Shop\","
                                + "\"uri\":\"https://shop.example/sale\"}]}}]}")
                .json()
                .get("id")
                .asText();
        String campaign = world.completedCampaign("Sale", tracked).get("id").asText();
        String thanks = template("Thanks for looking at the sale");
        activeJourney("{\"name\":\"After the click\",\"trigger\":{\"type\":\"click\",\"campaignId\":\"" + campaign
                + "\"},\"steps\":[{\"type\":\"send\",\"templateId\":\"" + thanks + "\"}]}");
        Matcher link = Pattern.compile("(/c/[A-Za-z0-9_-]{22})")
                .matcher(world.control
                        .received(account.channel().channelId(), followers.get(0))
                        .toString());
        assertThat(link.find()).isTrue();

        assertThat(world.api.get(link.group(1), null).status()).isEqualTo(302);

        eventually(() -> received(followers.get(0)).contains("push:Thanks for looking at the sale"));
        assertThat(received(followers.get(1))).doesNotContain("push:Thanks for looking at the sale");
    }

    @Test
    void aClickOnALinkOfATemplateStartsItsJourneyWhetherACampaignOrATransactionalMessageSentIt() {
        List<String> followers = world.control.addFollowers(account.channel().channelId(), 2);
        world.backfill(account);
        world.defaultGateway(account, 100, "BULK");
        world.defaultGateway(account, 100, "TRANSACTIONAL");
        String tracked = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"Offer\",\"trackClicks\":true,\"messages\":[{\"type\":\"template\","
                                + "\"altText\":\"Offer\",\"template\":{\"type\":\"buttons\",\"text\":\"Offer\","
                                + "\"actions\":[{\"type\":\"uri\",\"label\":\"Look\","
                                + "\"uri\":\"https://shop.example/offer\"}]}}]}")
                .json()
                .get("id")
                .asText();
        String other = template("Something else");
        String byTemplate = template("About that offer");
        String byOther = template("Not for this offer");
        activeJourney("{\"name\":\"After the offer\",\"trigger\":{\"type\":\"click\",\"templateId\":\"" + tracked
                + "\"},\"steps\":[{\"type\":\"send\",\"templateId\":\"" + byTemplate
                + "\"}]}");
        activeJourney("{\"name\":\"Other\",\"trigger\":{\"type\":\"click\",\"templateId\":\"" + other
                + "\"},\"steps\":[{\"type\":\"send\",\"templateId\":\"" + byOther + "\"}]}");
        world.completedCampaign("Offer", tracked);
        String clicker = followers.get(0);
        String customer = followers.get(1);
        String customerId = world.api
                .get("/api/v1/lookup?lineUserId=" + customer, world.key)
                .json()
                .at("/customer/id")
                .asText();

        assertThat(world.api.get(lastLink(clicker), null).status()).isEqualTo(302);
        eventually(() -> count(received(clicker), "push:About that offer") == 1);
        assertThat(received(customer)).doesNotContain("push:About that offer");

        Answer message = world.api.post(
                "/api/v1/messages",
                world.key,
                "{\"customerId\":\"" + customerId + "\",\"templateId\":\"" + tracked
                        + "\",\"idempotencyKey\":\"offer-1\"}");
        assertThat(message.status()).as(message.text()).isBetween(200, 202);
        eventually(() -> links(customer).size() == 2); // the campaign's and the transactional message's
        assertThat(world.api.get(lastLink(customer), null).status()).isEqualTo(302);

        eventually(() -> count(received(customer), "push:About that offer") == 1);
        assertThat(received(clicker)).doesNotContain("push:Not for this offer");
        assertThat(received(customer)).doesNotContain("push:Not for this offer");
        assertThat(count(received(clicker), "push:About that offer")).isEqualTo(1);
    }

    private String lastLink(String user) {
        List<String> links = links(user);
        assertThat(links).isNotEmpty();
        return links.get(links.size() - 1);
    }

    /** The tracked links the user received, in the order received. */
    private List<String> links(String user) {
        Matcher link = Pattern.compile("(/c/[A-Za-z0-9_-]{22})")
                .matcher(world.control
                        .received(account.channel().channelId(), user)
                        .toString());
        List<String> found = new ArrayList<>();
        while (link.find()) {
            found.add(link.group(1));
        }
        return found;
    }

    /** How many received messages begin with this endpoint and text. */
    private static long count(List<String> received, String start) {
        return received.stream().filter(item -> item.startsWith(start)).count();
    }

    @Test
    void aDefinitionWithFaultsIsRefusedWithTheirPaths() {
        Answer refused = world.api.post(
                "/api/v1/journeys",
                world.key,
                "{\"name\":\"Broken\",\"trigger\":{\"type\":\"keyword\",\"keywords\":[]},"
                        + "\"steps\":[{\"type\":\"send\",\"templateId\":\"tpl_missing\"},"
                        + "{\"type\":\"branch\",\"filter\":{\"field\":\"nope\",\"op\":\"eq\",\"value\":1}}]}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("trigger.keywords");
    }
}
