package io.lineengage.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.sandbox.SandboxControl;
import java.net.http.HttpClient;

/** An org with an API key on a running service, whose LINE accounts are sandbox channels, set up through the API. */
final class BenchBrand {
    private final HttpClient http;
    private final String service;
    private final String key;

    private BenchBrand(HttpClient http, String service, String key) {
        this.http = http;
        this.service = service;
        this.key = key;
    }

    static BenchBrand create(HttpClient http, String service, String adminToken) throws Exception {
        String org = ServiceApi.post(http, service + "/api/v1/admin/orgs", adminToken, "{\"name\":\"Bench\"}")
                .get("id")
                .asText();
        String key = ServiceApi.post(
                        http, service + "/api/v1/admin/orgs/" + org + "/api-keys", adminToken, "{\"label\":\"bench\"}")
                .get("key")
                .asText();
        return new BenchBrand(http, service, key);
    }

    String key() {
        return key;
    }

    /** Registers the channel as a LINE account and backfills its followers; answers the account's ID. */
    String register(SandboxControl.ChannelCredentials channel) throws Exception {
        String account = post(
                "/api/v1/line-accounts",
                ("{\"name\":\"Shop\",\"providerName\":\"Brand\",\"channelId\":\"%s\",\"channelSecret\":\"%s\","
                                + "\"accessToken\":\"%s\"}")
                        .formatted(channel.channelId(), channel.channelSecret(), channel.accessToken()));
        String job = ServiceApi.post(
                        http, service + "/api/v1/line-accounts/" + account + "/followers/backfill", key, "")
                .get("jobId")
                .asText();
        while (!get("/api/v1/jobs/" + job).get("state").asText().equals("COMPLETED")) {
            Thread.sleep(500);
        }
        return account;
    }

    /** POSTs the body and answers the created thing's ID. */
    String post(String path, String body) throws Exception {
        return ServiceApi.post(http, service + path, key, body).get("id").asText();
    }

    JsonNode get(String path) throws Exception {
        return ServiceApi.get(http, service + path, key);
    }

    void launch(String campaign) throws Exception {
        ServiceApi.post(http, service + "/api/v1/campaigns/" + campaign + "/launch", key, "");
    }
}
