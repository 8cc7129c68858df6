package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists a user expects, so that a lost ID can be found again: newest first, paged like every other list. */
class ListsEndToEndTest {
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

    /** Every item of the list at {@code path}, followed page by page with {@code limit}. */
    private List<JsonNode> walk(String path, String token, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        String separator = path.contains("?") ? "&" : "?";
        do {
            Answer page = world.api.get(
                    path + separator + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(limit);
            page.json().get("items").forEach(items::add);
            cursor = page.json().get("nextCursor").isNull()
                    ? null
                    : page.json().get("nextCursor").asText();
        } while (cursor != null);
        return items;
    }

    private static List<String> ids(List<JsonNode> items, String field) {
        return items.stream().map(item -> item.get(field).asText()).toList();
    }

    @Test
    void customersNewestFirstAndFoundByExternalIdOrNamePrefix() {
        for (String[] customer : new String[][] {{"SHOP-1", "Aoi"}, {"SHOP-2", "Ren"}, {"WEB-1", "Hana Sato"}}) {
            world.api.post(
                    "/api/v1/customers",
                    world.key,
                    "{\"externalId\":\"" + customer[0] + "\",\"name\":\"" + customer[1] + "\"}");
        }
        assertThat(ids(walk("/api/v1/customers", world.key, 2), "externalId"))
                .containsExactly("WEB-1", "SHOP-2", "SHOP-1");
        assertThat(ids(walk("/api/v1/customers?q=SHOP", world.key, 1), "externalId"))
                .containsExactly("SHOP-2", "SHOP-1");
        assertThat(ids(walk("/api/v1/customers?q=hana", world.key, 5), "externalId"))
                .containsExactly("WEB-1");
        assertThat(world.api.get("/api/v1/customers?limit=abc", world.key).status())
                .isEqualTo(400);
        assertThat(world.api.get("/api/v1/customers?cursor=cus_nope", world.key).status())
                .isEqualTo(400);
    }

    @Test
    void campaignsNewestFirstFilteredByStatus() {
        ServiceWithSandbox.Registered account = world.registerChannel(true);
        world.api.post(
                "/api/v1/gateways",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId()
                        + "\",\"weight\":100,\"priority\":\"BULK\",\"isDefault\":true}");
        String template = world.api
                .post(
                        "/api/v1/templates",
                        world.key,
                        "{\"name\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"hi\"}]}")
                .json()
                .get("id")
                .asText();
        String audience = world.api
                .post(
                        "/api/v1/audiences",
                        world.key,
                        "{\"name\":\"a\",\"filter\":{\"field\":\"tags\",\"op\":\"contains\",\"value\":\"x\"}}")
                .json()
                .get("id")
                .asText();
        List<String> created = new ArrayList<>();
        for (String name : List.of("First", "Second", "Third")) {
            // The second is scheduled far ahead, so that it can be cancelled before it ever sends.
            String schedule = name.equals("Second") ? ",\"scheduleAt\":\"2099-01-01T00:00:00Z\"" : "";
            Answer campaign = world.api.post(
                    "/api/v1/campaigns",
                    world.key,
                    "{\"name\":\"" + name + "\",\"templateId\":\"" + template + "\",\"audienceId\":\"" + audience
                            + "\",\"priority\":\"BULK\"" + schedule + "}");
            assertThat(campaign.status()).as(campaign.text()).isEqualTo(201);
            created.add(campaign.json().get("id").asText());
        }
        assertThat(world.api
                        .post("/api/v1/campaigns/" + created.get(1) + "/launch", world.key, "")
                        .status())
                .isEqualTo(200);
        Answer cancelled = world.api.post("/api/v1/campaigns/" + created.get(1) + "/cancel", world.key, "");
        assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
        assertThat(ids(walk("/api/v1/campaigns", world.key, 2), "id"))
                .containsExactly(created.get(2), created.get(1), created.get(0));
        assertThat(ids(walk("/api/v1/campaigns?status=CANCELLED", world.key, 2), "id"))
                .containsExactly(created.get(1));
        assertThat(ids(walk("/api/v1/campaigns?status=DRAFT", world.key, 1), "id"))
                .containsExactly(created.get(2), created.get(0));
        Answer badStatus = world.api.get("/api/v1/campaigns?status=DONE", world.key);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().get("errors").findValuesAsText("field")).containsExactly("status");
    }

    @Test
    void customerListsAndOrgsNewestFirst() {
        world.api.post("/api/v1/customers", world.key, "{\"externalId\":\"L-1\"}");
        List<String> lists = new ArrayList<>();
        for (String name : List.of("spring", "summer")) {
            lists.add(world.api
                    .send("POST", "/api/v1/customer-lists?name=" + name, world.key, "L-1\n", "text/csv")
                    .json()
                    .get("id")
                    .asText());
        }
        assertThat(ids(walk("/api/v1/customer-lists", world.key, 1), "id")).containsExactly(lists.get(1), lists.get(0));

        String second = world.api
                .post("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN, "{\"name\":\"Second Brand\"}")
                .json()
                .get("id")
                .asText();
        List<String> orgs = ids(walk("/api/v1/admin/orgs", TestSettings.ADMIN_TOKEN, 1), "id");
        assertThat(orgs).startsWith(second, world.orgId);
        assertThat(world.api.get("/api/v1/admin/orgs", world.key).status())
                .as("an org key is not the admin token")
                .isEqualTo(401);
        String otherKey = world.api
                .post("/api/v1/admin/orgs/" + second + "/api-keys", TestSettings.ADMIN_TOKEN, "{\"label\":\"x\"}")
                .json()
                .get("key")
                .asText();
        assertThat(walk("/api/v1/customer-lists", otherKey, 5))
                .as("another org's lists")
                .isEmpty();
        assertThat(world.api
                        .get("/api/v1/customer-lists?cursor=" + lists.get(0), otherKey)
                        .status())
                .isEqualTo(400);
    }
}
