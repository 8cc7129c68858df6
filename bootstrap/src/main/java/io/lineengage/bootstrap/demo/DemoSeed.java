package io.lineengage.bootstrap.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lineengage.sandbox.SandboxControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Seeds the demo through the service's own API (as a brand's systems would) and the sandbox's control API (as LINE
 * users would): an org and key, two accounts of one provider with their followers, 5,000 members linked to their
 * LINE users, some blocked or opted out, a template of each main LINE type, three audiences, gateways Tokyo 70 /
 * Osaka 30, and one completed campaign.
 */
public final class DemoSeed {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoApi admin;
    private final SandboxControl sandbox;
    private final int servicePort;
    private final Consumer<String> progress;

    public DemoSeed(DemoApi admin, SandboxControl sandbox, int servicePort, Consumer<String> progress) {
        this.admin = admin;
        this.sandbox = sandbox;
        this.servicePort = servicePort;
        this.progress = progress;
    }

    public DemoState seed() throws Exception {
        progress.accept("seeding the demo brand (first run only)…");
        String orgId = admin.post("/api/v1/admin/orgs", Map.of("name", "Demo Mart", "timeZone", "Asia/Tokyo"))
                .get("id")
                .asText();
        String key = admin.post("/api/v1/admin/orgs/" + orgId + "/api-keys", Map.of("label", "demo"))
                .get("key")
                .asText();
        DemoApi api = admin.as(key);
        DemoState.Channel tokyo = account(api, "Demo Mart Tokyo", 1_000_000);
        DemoState.Channel osaka = account(api, "Demo Mart Osaka", 500_000);
        DemoState state = new DemoState(orgId, key, List.of(tokyo, osaka));

        List<DemoBrand.Member> members = DemoBrand.members();
        StringBuilder ndjson = new StringBuilder();
        for (DemoBrand.Member member : members) {
            ndjson.append(JSON.writeValueAsString(member.json())).append('\n');
        }
        JsonNode imported = api.postText("/api/v1/customers/import", ndjson.toString(), "application/x-ndjson");
        progress.accept("  " + imported.get("created").asInt() + " members imported");

        // Members register in the brand's LINE form: each is linked to their LINE user by mobile number.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> links = new ArrayList<>();
            for (DemoBrand.Member member : members) {
                if (member.onLine()) {
                    links.add(pool.submit(() -> api.post(
                            "/api/v1/line-accounts/" + tokyo.accountId() + "/registrations",
                            Map.of(
                                    "lineUserId",
                                    member.lineUserId(),
                                    "mobile",
                                    member.json().get("mobile")))));
                }
            }
            for (Future<?> link : links) {
                link.get();
            }
            progress.accept("  " + links.size() + " members linked to their LINE users");
        } finally {
            pool.shutdown();
        }
        restoreFollowers(state);
        backfill(api, tokyo);
        backfill(api, osaka);
        blockAndOptOut(api, members, tokyo);

        gateway(api, tokyo, 70, "BULK");
        gateway(api, osaka, 30, "BULK");
        gateway(api, tokyo, 100, "TRANSACTIONAL");
        List<String> templates = DemoTemplates.create(api);
        List<String> audiences = audiences(api, osaka);
        campaign(api, templates.get(0), audiences.get(1));
        progress.accept("  templates, audiences, gateways and a completed campaign are in place");
        return state;
    }

    /** The sandbox's followers as the brand's data has them (the sandbox keeps nothing between runs). */
    public void restoreFollowers(DemoState state) {
        List<String> tokyo = new ArrayList<>(DemoBrand.lineOnlyUsers());
        List<String> osaka = new ArrayList<>();
        for (DemoBrand.Member member : DemoBrand.members()) {
            if (member.followsTokyo()) {
                tokyo.add(member.lineUserId());
            }
            if (member.followsOsaka()) {
                osaka.add(member.lineUserId());
            }
        }
        sandbox.addFollowers(state.channels().get(0).channelId(), tokyo);
        sandbox.addFollowers(state.channels().get(1).channelId(), osaka);
    }

    private DemoState.Channel account(DemoApi api, String name, long quota) {
        SandboxControl.ChannelCredentials channel =
                sandbox.createChannel(Map.of("monthlyQuota", quota, "displayName", name));
        String accountId = api.post(
                        "/api/v1/line-accounts",
                        Map.of(
                                "name",
                                name,
                                "providerName",
                                "Demo Mart",
                                "channelId",
                                channel.channelId(),
                                "channelSecret",
                                channel.channelSecret(),
                                "accessToken",
                                channel.accessToken()))
                .get("id")
                .asText();
        DemoState.Channel kept = new DemoState.Channel(
                name, accountId, channel.channelId(), channel.channelSecret(), channel.accessToken());
        pointWebhooks(kept);
        return kept;
    }

    public void pointWebhooks(DemoState.Channel channel) {
        sandbox.updateChannel(
                channel.channelId(),
                Map.of("webhookUrl", "http://127.0.0.1:" + servicePort + "/webhooks/line/" + channel.accountId()));
    }

    private void backfill(DemoApi api, DemoState.Channel channel) throws InterruptedException {
        String job = api.post("/api/v1/line-accounts/" + channel.accountId() + "/followers/backfill", null)
                .get("jobId")
                .asText();
        while (!api.get("/api/v1/jobs/" + job).path("state").asText().equals("COMPLETED")) {
            Thread.sleep(200);
        }
        progress.accept("  " + channel.name() + ": followers read from LINE");
    }

    /** Some members blocked Tokyo since (a webhook each), and some told the brand they want no promotions. */
    private void blockAndOptOut(DemoApi api, List<DemoBrand.Member> members, DemoState.Channel tokyo) {
        List<Map<String, Object>> unfollows = new ArrayList<>();
        int optedOut = 0;
        for (int i = 0; i < members.size(); i++) {
            DemoBrand.Member member = members.get(i);
            if (!member.followsTokyo()) {
                continue;
            }
            if (i % 31 == 0) {
                unfollows.add(Map.of("type", "unfollow", "userId", member.lineUserId()));
            } else if (i % 47 == 0) {
                String customer = api.get("/api/v1/lookup?externalId=" + member.externalId())
                        .at("/customer/id")
                        .asText();
                api.put(
                        "/api/v1/customers/" + customer + "/consents",
                        Map.of("lineAccountId", tokyo.accountId(), "category", "PROMOTIONAL", "optedIn", false));
                optedOut++;
            }
        }
        for (int from = 0; from < unfollows.size(); from += 50) {
            sandbox.webhook(
                    tokyo.channelId(),
                    Map.of("events", unfollows.subList(from, Math.min(from + 50, unfollows.size()))));
        }
        progress.accept("  " + unfollows.size() + " blocked Tokyo, " + optedOut + " opted out of promotions");
    }

    private static void gateway(DemoApi api, DemoState.Channel channel, int weight, String priority) {
        api.post(
                "/api/v1/gateways",
                Map.of(
                        "lineAccountId",
                        channel.accountId(),
                        "weight",
                        weight,
                        "priority",
                        priority,
                        "isDefault",
                        true));
    }

    private static List<String> audiences(DemoApi api, DemoState.Channel osaka) throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(audience(api, "Gold and Platinum on LINE", """
                {"and":[{"field":"attributes.tier","op":"in","value":["GOLD","PLATINUM"]},
                        {"field":"lineIdentity","op":"exists"}]}"""));
        ids.add(audience(api, "Points 5,000 and more", """
                {"field":"attributes.points","op":"gte","value":5000}"""));
        ids.add(audience(api, "Osaka newsletter", """
                {"and":[{"field":"tags","op":"contains","value":"newsletter"},
                        {"field":"subscription.status","account":"%s","op":"eq","value":"FOLLOWING"}]}""".formatted(osaka.accountId())));
        return ids;
    }

    private static String audience(DemoApi api, String name, String filter) throws Exception {
        return api.post("/api/v1/audiences", Map.of("name", name, "filter", JSON.readTree(filter)))
                .get("id")
                .asText();
    }

    private void campaign(DemoApi api, String template, String audience) throws InterruptedException {
        String campaign = api.post(
                        "/api/v1/campaigns",
                        Map.of(
                                "name",
                                "Thank you for your points",
                                "templateId",
                                template,
                                "audienceId",
                                audience,
                                "priority",
                                "BULK"))
                .get("id")
                .asText();
        api.post("/api/v1/campaigns/" + campaign + "/launch", null);
        while (!api.get("/api/v1/campaigns/" + campaign).path("status").asText().equals("COMPLETED")) {
            Thread.sleep(250);
        }
    }
}
