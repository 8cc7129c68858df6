package io.lineengage.bootstrap;

import static io.lineengage.bootstrap.ServiceWithSandbox.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign through two weighted gateways to sandbox followers: each gets exactly one message, in the ratio. */
class CampaignsEndToEndTest {
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
        assertThat(answer.status()).as(path + ": " + answer.text()).isIn(200, 201, 202);
        return answer.json().has("id") ? answer.json().get("id").asText() : answer.text();
    }

    private static final String ON_LINE = "{\"field\":\"lineIdentity\",\"op\":\"exists\"}";
    private static final String EVERYONE =
            "{\"field\":\"createdAt\",\"op\":\"lte\",\"value\":\"2100-01-01T00:00:00Z\"}";

    private String defaultBulkGateway(Registered account, int weight) {
        return post(
                "/api/v1/gateways",
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"weight\":" + weight
                        + ",\"priority\":\"BULK\",\"isDefault\":true}");
    }

    private String textTemplate(String text) {
        return post(
                "/api/v1/templates",
                "{\"name\":\"Text\",\"messages\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}");
    }

    private String audience(String filter) {
        return post("/api/v1/audiences", "{\"name\":\"Audience\",\"filter\":" + filter + "}");
    }

    private String bulkCampaign(String name, String template, String audience) {
        return post(
                "/api/v1/campaigns",
                "{\"name\":\"" + name + "\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\"}");
    }

    /** One channel whose {@code count} sandbox followers are backfilled, behind the org's default BULK gateway. */
    private record Shop(Registered account, List<String> followers) {}

    private Shop shopWithFollowers(int count) {
        Registered account = world.registerChannel(true);
        List<String> followers = world.control.addFollowers(account.channel().channelId(), count);
        backfill(account);
        defaultBulkGateway(account, 100);
        return new Shop(account, followers);
    }

    private void backfill(Registered account) {
        String job = world.api
                .post("/api/v1/line-accounts/" + account.accountId() + "/followers/backfill", world.key, null)
                .json()
                .get("jobId")
                .asText();
        eventually(() -> world.api
                .get("/api/v1/jobs/" + job, world.key)
                .json()
                .get("state")
                .asText()
                .equals("COMPLETED"));
    }

    /** Like {@link ServiceWithSandbox#eventually}, with the time a 10,000-recipient setup needs. */
    private static void within(int seconds, Supplier<Boolean> done) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.get()) {
            assertThat(System.nanoTime()).as("reached within %d s", seconds).isLessThan(deadline);
            sleep(100);
        }
    }

    @Test
    void tenThousandFollowersGetExactlyOneMessageEachSevenThousandToThreeThousandAndTheLedgerAgrees() {
        Registered tokyo = world.registerChannel(true);
        Registered osaka = world.registerChannel(true);
        List<String> both = world.control.addFollowers(tokyo.channel().channelId(), 10_001);
        world.control.addFollowers(osaka.channel().channelId(), both);
        for (Registered account : List.of(tokyo, osaka)) {
            String job = world.api
                    .post("/api/v1/line-accounts/" + account.accountId() + "/followers/backfill", world.key, null)
                    .json()
                    .get("jobId")
                    .asText();
            within(
                    120,
                    () -> world.api
                            .get("/api/v1/jobs/" + job, world.key)
                            .json()
                            .get("state")
                            .asText()
                            .equals("COMPLETED"));
        }
        // A customer without LINE, and a follower who opted out of promotions with both accounts.
        world.api.send("POST", "/api/v1/customers/import", world.key, "externalId,name\nC-1,Offline\n", "text/csv");
        String optedOut = world.api
                .get("/api/v1/lookup?lineUserId=" + both.get(0), world.key)
                .json()
                .at("/customer/id")
                .asText();
        for (Registered account : List.of(tokyo, osaka)) {
            assertThat(world.api
                            .send(
                                    "PUT",
                                    "/api/v1/customers/" + optedOut + "/consents",
                                    world.key,
                                    "{\"lineAccountId\":\"" + account.accountId()
                                            + "\",\"category\":\"PROMOTIONAL\",\"optedIn\":false}",
                                    "application/json")
                            .status())
                    .isEqualTo(204);
        }

        String gatewayA = defaultBulkGateway(tokyo, 70);
        String gatewayB = defaultBulkGateway(osaka, 30);
        String template = textTemplate("Spring sale!");
        String audience = audience(EVERYONE);
        String campaign = bulkCampaign("Spring", template, audience);
        assertThat(world.api
                        .get("/api/v1/campaigns/" + campaign, world.key)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DRAFT");

        JsonNode launched = world.api
                .post("/api/v1/campaigns/" + campaign + "/launch", world.key, null)
                .json();
        assertThat(launched.get("status").asText()).isEqualTo("RUNNING");
        // The launch answers with its first 1,000 customers in the ledger; a worker freezes the rest meanwhile.
        assertThat(launched.get("freezing").asBoolean()).isTrue();
        long inLedger = launched.get("queued").asLong()
                + launched.get("sent").asLong()
                + launched.at("/skipped/no_line_identity").asLong()
                + launched.at("/skipped/no_consent").asLong();
        assertThat(inLedger).isBetween(1L, 1_000L);
        within(
                120,
                () -> world.api
                        .get("/api/v1/campaigns/" + campaign, world.key)
                        .json()
                        .get("status")
                        .asText()
                        .equals("COMPLETED"));

        JsonNode done =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(done.get("sent").asLong()).isEqualTo(10_000);
        assertThat(done.get("freezing").asBoolean()).isFalse();
        assertThat(done.at("/skipped/no_line_identity").asLong()).isEqualTo(1);
        assertThat(done.at("/skipped/no_consent").asLong()).isEqualTo(1);
        assertThat(done.get("failed").asLong()).isZero();
        assertThat(done.get("queued").asLong()).isZero();
        assertThat(done.at("/byGateway/" + gatewayA + "/sent").asLong()).isEqualTo(7_000);
        assertThat(done.at("/byGateway/" + gatewayB + "/sent").asLong()).isEqualTo(3_000);

        Map<String, Integer> atTokyo =
                world.control.receivedCounts(tokyo.channel().channelId());
        Map<String, Integer> atOsaka =
                world.control.receivedCounts(osaka.channel().channelId());
        Map<String, Integer> total = new HashMap<>(atTokyo);
        atOsaka.forEach((user, n) -> total.merge(user, n, Integer::sum));
        assertThat(total.keySet()).containsExactlyInAnyOrderElementsOf(both.subList(1, both.size()));
        assertThat(total.values()).allMatch(n -> n == 1);
        assertThat(atTokyo.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(7_000);
        assertThat(atOsaka.values().stream().mapToLong(Integer::longValue).sum())
                .isEqualTo(3_000);

        // The ledger, page by page, says the same.
        Map<String, Long> byGatewayInLedger = new HashMap<>();
        long skippedInLedger = 0;
        long rows = 0;
        String cursor = null;
        do {
            JsonNode page = world.api
                    .get(
                            "/api/v1/campaigns/" + campaign + "/deliveries?limit=500"
                                    + (cursor == null ? "" : "&cursor=" + cursor),
                            world.key)
                    .json();
            for (JsonNode item : page.get("items")) {
                rows++;
                if (item.get("status").asText().equals("SENT")) {
                    assertThat(item.get("lineRequestId").asText()).isNotBlank();
                    byGatewayInLedger.merge(item.get("gatewayId").asText(), 1L, Long::sum);
                    String user = item.get("lineUserId").asText();
                    assertThat(item.get("gatewayId").asText().equals(gatewayA) ? atTokyo : atOsaka)
                            .containsKey(user);
                } else {
                    skippedInLedger++;
                }
            }
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(rows).isEqualTo(10_002);
        assertThat(skippedInLedger).isEqualTo(2);
        assertThat(byGatewayInLedger).isEqualTo(Map.of(gatewayA, 7_000L, gatewayB, 3_000L));

        // Who received the campaign is a filter now.
        JsonNode received = world.api
                .post(
                        "/api/v1/audiences/preview",
                        world.key,
                        "{\"filter\":{\"field\":" + "\"campaigns.received\",\"op\":\"eq\",\"value\":\"" + campaign
                                + "\"},\"sampleSize\":0}")
                .json();
        assertThat(received.get("count").asLong()).isEqualTo(10_000);
    }

    @Test
    void withLineFailingAndTimingOutEveryoneStillGetsExactlyOneMessage() {
        Shop opened = shopWithFollowers(200);
        Registered shop = opened.account();
        List<String> followers = opened.followers();
        // Personalized: one push per recipient, so that 200 calls meet the faults.
        String template = textTemplate("Hi {{lineDisplayName|friend}} {{name|there}}");
        String audience = audience(ON_LINE);
        String campaign = bulkCampaign("Rough day", template, audience);
        world.control.injectFaults(
                shop.channel().channelId(),
                Map.of("errorRate", 0.10, "timeoutRate", 0.05, "timeoutMs", 1_500, "failNext", 5, "failStatus", 429));

        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED")) {
            assertThat(System.nanoTime()).as("completed within 2 minutes").isLessThan(deadline);
            sleep(200);
        }
        JsonNode done =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(done.get("sent").asLong()).isEqualTo(followers.size());
        Map<String, Integer> received =
                world.control.receivedCounts(shop.channel().channelId());
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(followers);
        assertThat(received.values()).allMatch(n -> n == 1);
    }

    @Test
    void aPersonalizedCampaignGreetsFollowersByTheirLineNamesWhichTheProfileKeeperFetchedWithoutAnyLookup() {
        Shop opened = shopWithFollowers(2);
        Registered shop = opened.account();
        List<String> followers = opened.followers();
        // Nobody looks them up: the profile keeper asks LINE for the profiles it has not got, in the background.
        eventually(
                () -> followers.stream().allMatch(user -> profileRequests(shop).contains(user)));

        String campaign = bulkCampaign("Greeting", textTemplate("Hi {{lineDisplayName|friend}}"), audience(ON_LINE));
        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));

        for (String user : followers) {
            String name = world.api
                    .get("/api/v1/lookup?lineUserId=" + user, world.key)
                    .json()
                    .at("/lineIdentities/0/profile/displayName")
                    .asText();
            JsonNode received = world.control.received(shop.channel().channelId(), user);
            assertThat(name).isNotBlank();
            assertThat(received.at("/0/messages/0/text").asText())
                    .as(received.toString())
                    .isEqualTo("Hi " + name);
        }
    }

    /** The users whose profile the service asked the sandbox for. */
    private String profileRequests(Registered shop) {
        StringBuilder paths = new StringBuilder();
        world.control
                .requests(shop.channel().channelId())
                .forEach(call -> paths.append(call.path("path").asText()).append('\n'));
        return paths.toString();
    }

    @Test
    void whenAGatewaysQuotaIsUsedUpItsRecipientsMoveToTheOtherAndTheRestFailWithTheReason() {
        Registered tokyo = world.registerChannel(true);
        Registered osaka = world.registerChannel(true);
        List<String> both = world.control.addFollowers(tokyo.channel().channelId(), 600);
        world.control.addFollowers(osaka.channel().channelId(), both);
        List<String> tokyoOnly = world.control.addFollowers(tokyo.channel().channelId(), 15);
        backfill(tokyo);
        backfill(osaka);
        String gatewayTokyo = defaultBulkGateway(tokyo, 50);
        defaultBulkGateway(osaka, 50);
        String template = textTemplate("Sale");
        String audience = audience(ON_LINE);
        String campaign = bulkCampaign("Quota", template, audience);
        world.control.injectFaults(tokyo.channel().channelId(), Map.of("exhaustQuota", true));

        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));

        JsonNode done =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(done.get("sent").asLong()).isEqualTo(both.size());
        assertThat(done.get("failed").asLong()).isEqualTo(tokyoOnly.size());
        assertThat(done.at("/failovers/0/gatewayId").asText()).isEqualTo(gatewayTokyo);
        assertThat(done.at("/failovers/0/reason").asText()).contains("QuotaExhausted");
        assertThat(done.at("/failovers/0/stranded").asLong()).isEqualTo(tokyoOnly.size());
        Map<String, Integer> atOsaka =
                world.control.receivedCounts(osaka.channel().channelId());
        assertThat(atOsaka.keySet()).containsExactlyInAnyOrderElementsOf(both);
        assertThat(atOsaka.values()).allMatch(n -> n == 1);
        assertThat(world.control.receivedCounts(tokyo.channel().channelId())).isEmpty();
        JsonNode page = world.api
                .get("/api/v1/campaigns/" + campaign + "/deliveries?limit=500", world.key)
                .json();
        boolean sawFailed = false;
        for (JsonNode item : page.get("items")) {
            if (item.get("status").asText().equals("FAILED")) {
                sawFailed = true;
                assertThat(item.get("error").asText()).contains("QuotaExhausted");
                assertThat(tokyoOnly).contains(item.get("lineUserId").asText());
            }
        }
        assertThat(sawFailed || page.get("nextCursor").isTextual()).isTrue();
    }

    @Test
    void aTestSendReachesTheNamedCustomersOnlyAndStaysOutOfTheCampaign() {
        Shop opened = shopWithFollowers(3);
        Registered shop = opened.account();
        List<String> followers = opened.followers();
        world.api.send("POST", "/api/v1/customers/import", world.key, "externalId,name\nC-1,Offline\n", "text/csv");
        String template = textTemplate("Hi");
        String audience = audience(EVERYONE);
        String campaign = bulkCampaign("Try", template, audience);
        String follower = world.api
                .get("/api/v1/lookup?lineUserId=" + followers.get(0), world.key)
                .json()
                .at("/customer/id")
                .asText();
        String offline = world.api
                .get("/api/v1/lookup?externalId=C-1", world.key)
                .json()
                .at("/customer/id")
                .asText();

        JsonNode results = world.api
                .post(
                        "/api/v1/campaigns/" + campaign + "/test-send",
                        world.key,
                        "{\"customerIds\":[\"" + follower + "\",\"" + offline + "\"]}")
                .json()
                .get("items");
        assertThat(results.get(0).get("status").asText()).isEqualTo("SENT");
        assertThat(results.get(0).get("lineRequestId").asText()).isNotBlank();
        assertThat(results.get(1).get("status").asText()).isEqualTo("SKIPPED");
        assertThat(results.get(1).get("reason").asText()).isEqualTo("no_line_identity");
        assertThat(world.control.receivedCounts(shop.channel().channelId())).isEqualTo(Map.of(followers.get(0), 1));
        JsonNode draft =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("sent").asLong()).isZero();
        assertThat(world.api
                        .post("/api/v1/campaigns/" + campaign + "/test-send", world.key, "{\"customerIds\":[]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aScheduledCampaignWaitsForItsTimeAndThenSendsToTheAudienceAsItIsThen() {
        Shop opened = shopWithFollowers(2);
        Registered shop = opened.account();
        List<String> early = opened.followers();
        String template = textTemplate("Hi");
        String audience = audience(ON_LINE);
        assertThat(world.api
                        .post(
                                "/api/v1/campaigns",
                                world.key,
                                "{\"name\":\"Late\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                                        + "\",\"priority\":\"BULK\",\"scheduleAt\":\"2020-01-01T00:00:00Z\"}")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("scheduleAt");
        String at = Instant.now().plusSeconds(3).toString();
        String campaign = post(
                "/api/v1/campaigns",
                "{\"name\":\"Soon\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\",\"scheduleAt\":\"" + at + "\"}");

        JsonNode scheduled = world.api
                .post("/api/v1/campaigns/" + campaign + "/launch", world.key, null)
                .json();
        assertThat(scheduled.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.get("launchedAt").isNull()).isTrue();
        // Someone follows before the time: the audience is frozen when the campaign starts, so they are in it.
        List<String> late = world.control.addFollowers(shop.channel().channelId(), 1);
        backfill(shop);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));
        JsonNode done =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(Instant.parse(done.get("launchedAt").asText())).isAfterOrEqualTo(Instant.parse(at));
        List<String> everyone = new ArrayList<>(early);
        everyone.addAll(late);
        assertThat(world.control.receivedCounts(shop.channel().channelId()).keySet())
                .containsExactlyInAnyOrderElementsOf(everyone);
    }

    @Test
    void aScheduledCampaignPausesResumesToItsScheduleAndCancels() {
        Registered shop = world.registerChannel(true);
        defaultBulkGateway(shop, 100);
        String template = textTemplate("Hi");
        String audience = audience(ON_LINE);
        String campaign = post(
                "/api/v1/campaigns",
                "{\"name\":\"Later\",\"templateId\":\"" + template
                        + "\",\"audienceId\":\"" + audience + "\",\"priority\":\"BULK\",\"scheduleAt\":\""
                        + Instant.now().plusSeconds(3_600) + "\"}");
        String base = "/api/v1/campaigns/" + campaign;
        assertThat(world.api
                        .post(base + "/launch", world.key, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("SCHEDULED");
        assertThat(world.api.post(base + "/launch", world.key, null).status()).isEqualTo(409);
        assertThat(world.api
                        .post(base + "/pause", world.key, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PAUSED");
        assertThat(world.api
                        .post(base + "/resume", world.key, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("SCHEDULED");
        assertThat(world.api
                        .post(base + "/cancel", world.key, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("CANCELLED");
        assertThat(world.api.post(base + "/resume", world.key, null).status()).isEqualTo(409);
        assertThat(world.api.get(base, world.key).json().get("finishedAt").isNull())
                .isFalse();
    }

    @Test
    void duringItsQuietHoursACampaignSendsNothingAndSaysUntilWhen() {
        Shop opened = shopWithFollowers(3);
        Registered shop = opened.account();
        String template = textTemplate("Hi");
        String audience = audience(ON_LINE);
        // The org is in Tokyo (JP market): quiet from an hour ago to an hour from now, there.
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Tokyo"));
        String quiet = "{\"start\":\"" + now.minusHours(1).withSecond(0).withNano(0) + "\",\"end\":\""
                + now.plusHours(1).withSecond(0).withNano(0) + "\"}";
        assertThat(world.api
                        .post(
                                "/api/v1/campaigns",
                                world.key,
                                "{\"name\":\"X\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                                        + "\",\"priority\":\"BULK\",\"quietHours\":{\"start\":\"25:00\"}}")
                        .json()
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("quietHours.start", "quietHours.end");
        String campaign = post(
                "/api/v1/campaigns",
                "{\"name\":\"Night\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\",\"quietHours\":" + quiet + "}");

        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign + "/deliveries", world.key)
                .json()
                .at("/items/0/error")
                .asText()
                .startsWith("quiet hours until"));
        JsonNode waiting =
                world.api.get("/api/v1/campaigns/" + campaign, world.key).json();
        assertThat(waiting.get("status").asText()).isEqualTo("RUNNING");
        assertThat(waiting.get("queued").asLong()).isEqualTo(3);
        assertThat(waiting.get("sent").asLong()).isZero();
        assertThat(waiting.at("/quietHours/start").asText()).isNotBlank();
        assertThat(world.control.receivedCounts(shop.channel().channelId())).isEmpty();
    }

    @Test
    void aFrequencyCapSkipsWhoWasSentEnoughAlready() {
        Shop opened = shopWithFollowers(3);
        Registered shop = opened.account();
        String template = textTemplate("Hi");
        String audience = audience(ON_LINE);
        String first = bulkCampaign("First", template, audience);
        world.api.post("/api/v1/campaigns/" + first + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + first, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));

        assertThat(world.api
                        .post(
                                "/api/v1/campaigns",
                                world.key,
                                "{\"name\":\"X\",\"templateId\":\"" + template
                                        + "\",\"audienceId\":\"" + audience
                                        + "\",\"priority\":\"BULK\",\"frequencyCap\":{\"max\":0,"
                                        + "\"within\":\"P1D\"}}")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("frequencyCap");
        String capped = post(
                "/api/v1/campaigns",
                "{\"name\":\"Second\",\"templateId\":\"" + template
                        + "\",\"audienceId\":\"" + audience + "\",\"priority\":\"BULK\",\"frequencyCap\":{\"max\":1,"
                        + "\"within\":\"P1D\"}}");
        JsonNode launched = world.api
                .post("/api/v1/campaigns/" + capped + "/launch", world.key, null)
                .json();
        assertThat(launched.at("/skipped/capped").asLong()).isEqualTo(3);
        assertThat(launched.get("queued").asLong()).isZero();
        assertThat(launched.at("/frequencyCap/within").asText()).isEqualTo("P1D");
        assertThat(world.control.receivedCounts(shop.channel().channelId()).values())
                .allMatch(n -> n == 1);
    }

    @Test
    void aDisabledAccountsGatewayTakesNoRecipients() {
        Registered tokyo = world.registerChannel(true);
        Registered osaka = world.registerChannel(true);
        List<String> both = world.control.addFollowers(tokyo.channel().channelId(), 10);
        world.control.addFollowers(osaka.channel().channelId(), both);
        backfill(tokyo);
        backfill(osaka);
        defaultBulkGateway(tokyo, 50);
        defaultBulkGateway(osaka, 50);
        assertThat(world.api
                        .send(
                                "PATCH",
                                "/api/v1/line-accounts/" + osaka.accountId(),
                                world.key,
                                "{\"status\":\"DISABLED\"}",
                                "application/json")
                        .status())
                .isEqualTo(200);
        String template = textTemplate("Hi");
        String audience = audience(ON_LINE);
        String campaign = bulkCampaign("One shop", template, audience);

        world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        eventually(() -> world.api
                .get("/api/v1/campaigns/" + campaign, world.key)
                .json()
                .get("status")
                .asText()
                .equals("COMPLETED"));
        assertThat(world.control.receivedCounts(tokyo.channel().channelId()).keySet())
                .containsExactlyInAnyOrderElementsOf(both);
        assertThat(world.control.receivedCounts(osaka.channel().channelId())).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCampaignIsCheckedWhenCreatedAndOnlyLaunchedOnce() {
        Answer refused = world.api.post(
                "/api/v1/campaigns",
                world.key,
                "{\"name\":\"X\",\"templateId\":\"tpl_nope\",\"audienceId\":\"aud_nope\",\"priority\":\"LOUD\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("priority");
        Answer noTemplate = world.api.post(
                "/api/v1/campaigns",
                world.key,
                "{\"name\":\"X\",\"templateId\":\"tpl_nope\",\"audienceId\":\"aud_nope\",\"priority\":\"BULK\"}");
        assertThat(noTemplate.json().at("/errors/0/field").asText()).isEqualTo("templateId");

        String template = textTemplate("Hi");
        String audience = post(
                "/api/v1/audiences",
                "{\"name\":\"All\",\"filter\":{\"field\":\"tags\",\"op\":\"exists\",\"value\":false}}");
        String campaign = bulkCampaign("Spring", template, audience);
        Answer noGateway = world.api.post("/api/v1/campaigns/" + campaign + "/launch", world.key, null);
        assertThat(noGateway.status()).isEqualTo(409);
        assertThat(world.api
                        .get("/api/v1/campaigns/" + campaign, world.key)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("DRAFT");
        assertThat(world.api
                        .post("/api/v1/campaigns/" + campaign + "/pause", world.key, null)
                        .status())
                .isEqualTo(409);
        assertThat(world.api
                        .post("/api/v1/campaigns/" + campaign + "/cancel", world.key, null)
                        .status())
                .isEqualTo(409);
    }
}
