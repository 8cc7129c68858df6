package io.lineengage.benchmarks;

import java.util.Arrays;

/** {@code java -jar benchmarks/target/benchmarks.jar NAME [options]}: runs one benchmark. */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(
                    "usage: java -jar benchmarks.jar sandbox-throughput [--sandbox URL] [--seconds N] [--concurrency N]");
            System.err.println(
                    "       java -jar benchmarks.jar webhook-ingest [--service URL] [--admin-token T] [--seconds N] [--connections N]");
            System.err.println(
                    "       java -jar benchmarks.jar customer-import [--service URL] [--admin-token T] [--rows N]");
            System.err.println(
                    "       java -jar benchmarks.jar audience-count [--customers N] [--runs N] [--database-url URL]");
            System.err.println(
                    "       java -jar benchmarks.jar campaign-throughput [--service URL] [--sandbox URL] [--admin-token T] [--followers N] [--personalized]");
            System.err.println(
                    "       java -jar benchmarks.jar campaign-crash --database-url URL [--sandbox URL] [--followers N] [--kill-after-ms N] [--push-rate N]");
            System.err.println(
                    "       java -jar benchmarks.jar audience-freshness [--service URL] [--sandbox URL] [--admin-token T] [--follows N]");
            System.err.println(
                    "       java -jar benchmarks.jar transactional-latency [--service URL] [--sandbox URL] [--admin-token T] [--followers N] [--rate N] [--seconds N] [--push-rate N]");
            System.err.println(
                    "       java -jar benchmarks.jar click-redirect [--service URL] [--sandbox URL] [--admin-token T] [--links N] [--rate N] [--seconds N]\n"
                            + "       java -jar benchmarks.jar journey-welcome [--service URL] [--sandbox URL] [--admin-token T] [--rate N] [--seconds N] [--batch N] [--sample N]\n"
                            + "       java -jar benchmarks.jar webhook-steady [--service URL] [--admin-token T] [--rate N] [--seconds N]\n"
                            + "       java -jar benchmarks.jar multi-instance --database-url URL [--jar PATH] [--sandbox URL] [--instances N] [--followers N] [--kill-after-ms N]\n"
                            + "       java -jar benchmarks.jar multi-instance-webhooks --database-url URL [--jar PATH] [--sandbox URL] [--instances N] [--followers N] [--rate N] [--kill-after-ms N]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "sandbox-throughput" -> SandboxThroughput.main(rest);
            case "webhook-ingest" -> WebhookIngest.main(rest);
            case "customer-import" -> CustomerImport.main(rest);
            case "audience-count" -> AudienceCount.main(rest);
            case "audience-freshness" -> AudienceFreshness.main(rest);
            case "campaign-throughput" -> CampaignThroughput.main(rest);
            case "campaign-crash" -> CampaignCrash.main(rest);
            case "transactional-latency" -> TransactionalLatency.main(rest);
            case "click-redirect" -> ClickRedirect.main(rest);
            case "journey-welcome" -> JourneyWelcome.main(rest);
            case "webhook-steady" -> WebhookSteady.main(rest);
            case "multi-instance" -> MultiInstance.main(rest);
            case "multi-instance-webhooks" -> MultiInstanceWebhooks.main(rest);
            default -> {
                System.err.println("unknown benchmark " + args[0]);
                System.exit(2);
            }
        }
    }
}
