package io.lineengage.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lineengage.adapters.http.web.ApiClient.Answer;
import io.lineengage.bootstrap.ServiceWithSandbox.Registered;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates through the running service: checked on save, previewed per customer, validated by the LINE sandbox. */
class TemplatesEndToEndTest {
    private static final String COUPON = """
            {"name": "Coupon", "messages": [
              {"type": "text", "text": "Hi {{name|there}}, you have {{attributes.points}} points"},
              {"type": "template", "altText": "Your coupon, {{firstName|friend}}",
               "template": {"type": "carousel", "columns": [
                 {"title": "10% off", "text": "Until Sunday",
                  "actions": [{"type": "uri", "label": "Use", "uri": "https://example.jp/c?id={{externalId}}"}]}]}}]}""";

    @TempDir
    Path dataDirectory;

    private ServiceWithSandbox world;

    @BeforeEach
    void start() {
        world = new ServiceWithSandbox(dataDirectory);
        Answer imported = world.api.send(
                "POST",
                "/api/v1/customers/import",
                world.key,
                "externalId,name,points\nC-1,Hana Sato,1200\nC-2,Ken,\n",
                "text/csv");
        assertThat(imported.json().get("created").asInt()).as(imported.text()).isEqualTo(2);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    private String customerId(String externalId) {
        return world.api
                .get("/api/v1/lookup?externalId=" + externalId, world.key)
                .json()
                .at("/customer/id")
                .asText();
    }

    @Test
    void aTemplateIsSavedPreviewedForEachCustomerAndValidatedByLine() {
        Registered account = world.registerChannel(true);
        Answer created = world.api.post("/api/v1/templates", world.key, COUPON);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("personalized").asBoolean()).isTrue();
        assertThat(created.json()
                        .at("/messages/1/template/columns/0/actions/0/uri")
                        .asText())
                .isEqualTo("https://example.jp/c?id={{externalId}}");
        String id = created.json().get("id").asText();

        JsonNode hana = world.api
                .post(
                        "/api/v1/templates/" + id + "/preview",
                        world.key,
                        "{\"customerId\":\"" + customerId("C-1") + "\",\"lineAccountId\":\"" + account.accountId()
                                + "\"}")
                .json();
        assertThat(hana.get("status").asText()).isEqualTo("RENDERED");
        assertThat(hana.at("/messages/0/text").asText()).isEqualTo("Hi Hana Sato, you have 1200 points");
        assertThat(hana.at("/messages/1/altText").asText()).isEqualTo("Your coupon, Hana");
        assertThat(hana.at("/messages/1/template/columns/0/actions/0/uri").asText())
                .isEqualTo("https://example.jp/c?id=C-1");
        assertThat(hana.at("/lineValidation/ok").asBoolean())
                .as(hana.toString())
                .isTrue();

        JsonNode ken = world.api
                .post(
                        "/api/v1/templates/" + id + "/preview",
                        world.key,
                        "{\"customerId\":\"" + customerId("C-2") + "\"}")
                .json();
        assertThat(ken.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(ken.get("reason").asText()).isEqualTo("missing_label_value");
        assertThat(ken.get("detail").asText()).isEqualTo("{{attributes.points}} at messages[0].text");
        assertThat(ken.has("messages")).isFalse();
    }

    @Test
    void everyViolationIsA400WithItsPathAndNothingIsStored() {
        Answer refused = world.api.post("/api/v1/templates", world.key, """
                {"name": "Broken", "messages": [
                  {"type": "text", "text": "Hi {{nickname}}"},
                  {"type": "template", "altText": "Cards", "template": {"type": "carousel", "columns": [
                    {"text": "A", "actions": [{"type": "uri", "label": "Go", "uri": "https://example.jp"}]},
                    {"text": "B", "actions": [{"type": "uri", "label": "Go", "uri": "https://example.jp"}]},
                    {"text": "C", "actions": [{"type": "uri", "label": "Go", "uri": "https://example.jp"}]},
                    {"text": "D", "actions": [{"type": "uri", "label": "Much too long label", "uri": "https://example.jp"}]}]}},
                  {"type": "image", "originalContentUrl": "http://cdn.example.jp/a.jpg", "previewImageUrl": "https://cdn.example.jp/a.jpg"}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder(
                        "messages[1].template.columns[3].actions[0].label",
                        "messages[2].originalContentUrl",
                        "messages[0].text");
        assertThat(world.api.get("/api/v1/templates", world.key).json().get("items"))
                .isEmpty();
        assertThat(world.api
                        .post("/api/v1/templates", world.key, "{\"name\":\"Empty\",\"messages\":[]}")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("messages");
    }

    @Test
    void updatesAreCheckedWholeAndDeletesRemove() {
        String id = world.api
                .post("/api/v1/templates", world.key, COUPON)
                .json()
                .get("id")
                .asText();
        Answer bad = world.api.send(
                "PUT",
                "/api/v1/templates/" + id,
                world.key,
                "{\"messages\":[{\"type\":\"text\",\"text\":\"\"}]}",
                "application/json");
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("messages[0].text");

        Answer quiet = world.api.send(
                "PUT",
                "/api/v1/templates/" + id,
                world.key,
                "{\"messages\":[{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\"}],"
                        + "\"notificationDisabled\":true}",
                "application/json");
        assertThat(quiet.json().get("name").asText()).isEqualTo("Coupon");
        assertThat(quiet.json().get("personalized").asBoolean()).isFalse();
        assertThat(quiet.json().get("notificationDisabled").asBoolean()).isTrue();

        assertThat(world.api.delete("/api/v1/templates/" + id, world.key).status())
                .isEqualTo(204);
        assertThat(world.api.get("/api/v1/templates/" + id, world.key).status()).isEqualTo(404);
        assertThat(world.api
                        .post(
                                "/api/v1/templates/" + id + "/preview",
                                world.key,
                                "{\"customerId\":\"" + customerId("C-1") + "\"}")
                        .status())
                .isEqualTo(404);
    }
}
