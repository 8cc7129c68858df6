package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.SandboxControl;
import java.io.File;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;

/**
 * Kills the service with SIGKILL in the middle of a campaign and starts it again on the same database: the campaign
 * must complete with no message lost and none sent twice, counted at the sandbox. The service runs as a child process
 * (java -jar on the given jar) against an external PostgreSQL, so that the kill takes the process and nothing else.
 */
final class CampaignCrash {
    private CampaignCrash() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String jar = options.text("--jar", "bootstrap/target/line-engage.jar");
        String sandbox = options.sandbox();
        String databaseUrl = options.text("--database-url", null);
        int followers = options.number("--followers", 20_000);
        int killAfterMillis = options.number("--kill-after-ms", 5_000);
        int pushRate = options.number("--push-rate", 300);
        options.done();
        if (databaseUrl == null) {
            throw new IllegalArgumentException(
                    "give --database-url postgres://user:pass@host:port/db (an empty database)");
        }
        String admin = "crash-admin-token-0123456789";
        String service = "http://127.0.0.1:8088";
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        Process first = start(jar, databaseUrl, sandbox, admin, pushRate);
        ServiceApi.awaitReady(http, service);
        String org = ServiceApi.post(http, service + "/api/v1/admin/orgs", admin, "{\"name\":\"Crash\"}")
                .get("id")
                .asText();
        String key = ServiceApi.post(
                        http, service + "/api/v1/admin/orgs/" + org + "/api-keys", admin, "{\"label\":\"crash\"}")
                .get("key")
                .asText();
        SandboxControl.ChannelCredentials channel = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        List<String> users = control.addFollowers(channel.channelId(), followers);
        String account = ServiceApi.post(
                        http,
                        service + "/api/v1/line-accounts",
                        key,
                        ("{\"name\":\"Shop\","
                                        + "\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\",\"accessToken\":\"%s\"}")
                                .formatted(channel.channelId(), channel.channelSecret(), channel.accessToken()))
                .get("id")
                .asText();
        String job = ServiceApi.post(
                        http, service + "/api/v1/line-accounts/" + account + "/followers/backfill", key, "")
                .get("jobId")
                .asText();
        while (!ServiceApi.get(http, service + "/api/v1/jobs/" + job, key)
                .get("state")
                .asText()
                .equals("COMPLETED")) {
            Thread.sleep(500);
        }
        ServiceApi.post(
                http,
                service + "/api/v1/gateways",
                key,
                "{\"lineAccountId\":\"" + account + "\",\"weight\":100,\"priority\":\"BULK\",\"isDefault\":true}");
        // Personalized, so that every recipient is a push of its own and the campaign runs long enough to be killed.
        String template = ServiceApi.post(
                        http,
                        service + "/api/v1/templates",
                        key,
                        "{\"name\":\"Crash\",\"messages\":" + "[{\"type\":\"text\",\"text\":\"Hi {{name|friend}}\"}]}")
                .get("id")
                .asText();
        String audience = ServiceApi.post(
                        http,
                        service + "/api/v1/audiences",
                        key,
                        "{\"name\":\"All\",\"filter\":" + "{\"field\":\"lineIdentity\",\"op\":\"exists\"}}")
                .get("id")
                .asText();
        String campaign = ServiceApi.post(
                        http,
                        service + "/api/v1/campaigns",
                        key,
                        "{\"name\":\"Crash\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                                + "\",\"priority\":\"BULK\"}")
                .get("id")
                .asText();

        ServiceApi.post(http, service + "/api/v1/campaigns/" + campaign + "/launch", key, "");
        Thread.sleep(killAfterMillis);
        JsonNode beforeKill = ServiceApi.get(http, service + "/api/v1/campaigns/" + campaign, key);
        first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        int atKill = control.receivedCounts(channel.channelId()).size();
        System.out.printf(
                "killed the service %d ms after launch: %,d recorded sent, %,d in the ledger, audience %s,"
                        + " %,d users had a message%n",
                killAfterMillis,
                beforeKill.get("sent").asLong(),
                beforeKill.get("queued").asLong() + beforeKill.get("sent").asLong(),
                beforeKill.path("freezing").asBoolean() ? "still being frozen" : "all frozen",
                atKill);

        long restart = System.nanoTime();
        Process second = start(jar, databaseUrl, sandbox, admin, pushRate);
        ServiceApi.awaitReady(http, service);
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = ServiceApi.get(http, service + "/api/v1/campaigns/" + campaign, key);
        } while (!progress.get("status").asText().equals("COMPLETED"));
        System.out.printf(
                "restarted; the campaign completed %.1f s later: sent %,d, failed %,d%n",
                (System.nanoTime() - restart) / 1e9,
                progress.get("sent").asLong(),
                progress.get("failed").asLong());
        second.destroy();
        second.waitFor();

        Map<String, Integer> received = control.receivedCounts(channel.channelId());
        long lost = users.stream().filter(user -> !received.containsKey(user)).count();
        long duplicates =
                received.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
        System.out.printf(
                "at the sandbox: %,d of %,d followers got the message, %,d lost, %,d duplicates%n",
                users.size() - lost, users.size(), lost, duplicates);
    }

    private static Process start(String jar, String databaseUrl, String sandbox, String admin, int pushRate)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "campaign-crash-service.log"))
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORT", "8088");
        env.put("DATABASE_URL", databaseUrl);
        env.put("LINE_API_BASE_URL", sandbox);
        env.put("LINE_DATA_API_BASE_URL", sandbox);
        env.put("LINE_ENGAGE_ADMIN_TOKEN", admin);
        env.put("LINE_ENGAGE_MASTER_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("LINE_ENGAGE_PUSH_RATE", Integer.toString(pushRate));
        return builder.start();
    }
}
