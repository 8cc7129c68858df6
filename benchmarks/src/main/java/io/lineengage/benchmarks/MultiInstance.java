package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.SandboxControl;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several service processes on one PostgreSQL share one personalized campaign over two channels weighted 70/30; one
 * of them is killed with SIGKILL part of the way. Counted at the sandbox: every recipient's messages over both
 * channels (0 lost, 0 duplicates), and per channel the push calls, the most in any one second and the 429s (LINE's
 * per-channel limit must hold across all instances together). Reported beside: recipients sent per CPU-second of each
 * instance, and the PostgreSQL server's CPU per recipient (its processes on this machine).
 */
final class MultiInstance {
    static final String ADMIN = "multi-admin-token-0123456789";

    private MultiInstance() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        String jar = options.text("--jar", "bootstrap/target/line-engage.jar");
        String sandbox = options.sandbox();
        String databaseUrl = options.text("--database-url", null);
        int instances = options.number("--instances", 3);
        int followers = options.number("--followers", 200_000);
        int killAfterMillis = options.number("--kill-after-ms", 20_000);
        options.done();
        if (databaseUrl == null) {
            throw new IllegalArgumentException(
                    "give --database-url postgres://user:pass@host:port/db (an empty database)");
        }
        HttpClient http = HttpClient.newHttpClient();
        SandboxControl control = new SandboxControl(sandbox);
        List<Process> services = new ArrayList<>();
        List<String> urls = startAll(http, jar, databaseUrl, sandbox, instances, services);
        String first = urls.get(0);
        try {
            run(http, control, services, urls, followers, killAfterMillis, first);
        } finally {
            for (Process service : services) {
                service.destroy();
            }
            for (Process service : services) {
                service.waitFor();
            }
        }
    }

    private static void run(
            HttpClient http,
            SandboxControl control,
            List<Process> services,
            List<String> urls,
            int followers,
            int killAfterMillis,
            String first)
            throws Exception {
        BenchBrand brand = BenchBrand.create(http, first, ADMIN);
        SandboxControl.ChannelCredentials tokyo = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        SandboxControl.ChannelCredentials osaka = control.createChannel(Map.of("monthlyQuota", 100_000_000));
        List<String> users = control.addFollowers(tokyo.channelId(), followers);
        for (int from = 0; from < users.size(); from += 20_000) {
            control.addFollowers(osaka.channelId(), users.subList(from, Math.min(users.size(), from + 20_000)));
        }
        for (SandboxControl.ChannelCredentials channel : List.of(tokyo, osaka)) {
            String account = brand.register(channel); // backfilled
            brand.post(
                    "/api/v1/gateways",
                    "{\"lineAccountId\":\"" + account + "\",\"weight\":" + (channel == tokyo ? 70 : 30)
                            + ",\"priority\":\"BULK\",\"isDefault\":true}");
        }
        String template = brand.post(
                "/api/v1/templates",
                "{\"name\":\"Multi\",\"messages\":[{\"type\":\"text\",\"text\":\"Hi {{name|friend}}\"}]}");
        String audience = brand.post(
                "/api/v1/audiences", "{\"name\":\"All\",\"filter\":{\"field\":\"lineIdentity\",\"op\":\"exists\"}}");
        String campaign = brand.post(
                "/api/v1/campaigns",
                "{\"name\":\"Multi\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                        + "\",\"priority\":\"BULK\"}");
        System.out.printf(
                "setup: %d instances on one PostgreSQL, %,d followers of two channels (70/30)%n",
                services.size(), followers);

        List<Duration> cpuBefore = new ArrayList<>();
        for (Process service : services) {
            cpuBefore.add(cpu(service));
        }
        double postgresBefore = postgresCpuSeconds();
        long launch = System.nanoTime();
        brand.launch(campaign);
        Thread.sleep(killAfterMillis);
        Process victim = services.get(services.size() - 1);
        Duration victimCpu = cpu(victim);
        victim.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        long sentAtKill = brand.get("/api/v1/campaigns/" + campaign).get("sent").asLong();
        System.out.printf(
                "instance %d killed %d ms after launch, with %,d sent%n", services.size(), killAfterMillis, sentAtKill);
        JsonNode progress;
        do {
            Thread.sleep(500);
            progress = brand.get("/api/v1/campaigns/" + campaign);
        } while (!progress.get("status").asText().equals("COMPLETED")
                && !progress.get("status").asText().equals("FAILED"));
        double seconds = (System.nanoTime() - launch) / 1e9;
        double postgresCpu = postgresCpuSeconds() - postgresBefore;
        long sent = progress.get("sent").asLong();
        System.out.printf(
                "campaign %s in %.1f s from the launch: sent %,d, failed %,d%n",
                progress.get("status").asText(),
                seconds,
                sent,
                progress.get("failed").asLong());

        Map<String, Integer> total = new HashMap<>();
        for (SandboxControl.ChannelCredentials channel : List.of(tokyo, osaka)) {
            control.receivedCounts(channel.channelId()).forEach((user, n) -> total.merge(user, n, Integer::sum));
            JsonNode push = control.channel(channel.channelId()).at("/traffic/push");
            System.out.printf(
                    "channel %s: %,d push calls, at most %,d in one second (limit 2,000), %,d answered 429%n",
                    channel == tokyo ? "A (70)" : "B (30)",
                    push.path("calls").asLong(),
                    push.path("maxPerSecond").asLong(),
                    push.path("rateLimited").asLong());
        }
        long lost = users.stream().filter(user -> !total.containsKey(user)).count();
        long duplicates =
                total.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
        System.out.printf(
                "at the sandbox: %,d of %,d recipients got the message, %,d lost, %,d duplicates%n",
                users.size() - lost, users.size(), lost, duplicates);
        for (int n = 0; n < services.size(); n++) {
            Process service = services.get(n);
            Duration used = (service == victim ? victimCpu : cpu(service)).minus(cpuBefore.get(n));
            System.out.printf(
                    "instance %d: %.1f CPU-s during the campaign%s%n",
                    n + 1, used.toMillis() / 1e3, service == victim ? " (until killed)" : "");
        }
        double instanceCpu = 0;
        for (int n = 0; n < services.size(); n++) {
            Process service = services.get(n);
            instanceCpu += (service == victim ? victimCpu : cpu(service))
                            .minus(cpuBefore.get(n))
                            .toMillis()
                    / 1e3;
        }
        System.out.printf(
                "recipients per instance CPU-second: %,.0f; PostgreSQL: %.1f CPU-s, %.1f µs per recipient%n",
                sent / instanceCpu, postgresCpu, postgresCpu * 1e6 / Math.max(1, sent));
    }

    private static Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The CPU time of every postgres process on this machine (the database server of the run). */
    private static double postgresCpuSeconds() throws IOException {
        long ticks = 0;
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            if (process.info()
                    .command()
                    .map(command -> command.endsWith("/postgres"))
                    .orElse(false)) {
                Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
                try {
                    String[] fields =
                            Files.readString(stat).replaceFirst("^.*\\) ", "").split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    /**
     * Starts the instances on ports 8101…, one at a time (the first migrates the schema, the others find it done),
     * each ready before the next; adds their processes to {@code started}; answers their base URLs.
     */
    static List<String> startAll(
            HttpClient http, String jar, String databaseUrl, String sandbox, int instances, List<Process> started)
            throws Exception {
        List<String> urls = new ArrayList<>();
        for (int n = 0; n < instances; n++) {
            int port = 8101 + n;
            started.add(start(jar, databaseUrl, sandbox, port));
            urls.add("http://127.0.0.1:" + port);
            ServiceApi.awaitReady(http, urls.get(n));
        }
        return urls;
    }

    private static Process start(String jar, String databaseUrl, String sandbox, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", jar)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "multi-instance-" + port + ".log"))
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("DATABASE_URL", databaseUrl);
        env.put("LINE_API_BASE_URL", sandbox);
        env.put("LINE_DATA_API_BASE_URL", sandbox);
        env.put("LINE_ENGAGE_ADMIN_TOKEN", ADMIN);
        env.put("LINE_ENGAGE_MASTER_KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        env.put("LINE_ENGAGE_PROFILE_RATE", "0");
        return builder.start();
    }
}
