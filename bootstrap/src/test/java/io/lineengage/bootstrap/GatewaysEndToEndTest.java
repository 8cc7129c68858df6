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

/** Gateways through the running service. */
class GatewaysEndToEndTest {
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

    @Test
    void aGatewayIsAddedChangedListedAndRemoved() {
        Registered account = world.registerChannel(true);
        Answer created = world.api.post(
                "/api/v1/gateways",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId()
                        + "\",\"weight\":70,\"priority\":\"BULK\",\"activeFrom\":\"2026-12-01T00:00:00Z\",\"isDefault\":true}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("activeFrom").asText()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(created.json().get("activeUntil").isNull()).isTrue();

        JsonNode changed = world.api
                .send(
                        "PATCH",
                        "/api/v1/gateways/" + id,
                        world.key,
                        "{\"weight\":30,\"activeFrom\":null}",
                        "application/json")
                .json();
        assertThat(changed.get("weight").asInt()).isEqualTo(30);
        assertThat(changed.get("activeFrom").isNull()).isTrue();
        assertThat(changed.get("isDefault").asBoolean()).isTrue();
        assertThat(world.api.get("/api/v1/gateways", world.key).json().get("items"))
                .hasSize(1);

        assertThat(world.api.delete("/api/v1/gateways/" + id, world.key).status())
                .isEqualTo(204);
        assertThat(world.api.get("/api/v1/gateways/" + id, world.key).status()).isEqualTo(404);
    }

    @Test
    void badGatewaysAreRefusedFieldByField() {
        Answer refused = world.api.post(
                "/api/v1/gateways",
                world.key,
                "{\"lineAccountId\":\"la_nope\",\"weight\":101,\"priority\":\"URGENT\",\"activeFrom\":\"soon\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("weight", "priority", "activeFrom");
        Answer unknownAccount = world.api.post(
                "/api/v1/gateways", world.key, "{\"lineAccountId\":\"la_nope\",\"weight\":50,\"priority\":\"BULK\"}");
        assertThat(unknownAccount.json().at("/errors/0/field").asText()).isEqualTo("lineAccountId");
        Registered account = world.registerChannel(true);
        Answer tooHeavy = world.api.post(
                "/api/v1/gateways",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId() + "\",\"weight\":101,\"priority\":\"BULK\"}");
        assertThat(tooHeavy.json().at("/errors/0/field").asText()).isEqualTo("weight");
        Answer window = world.api.post(
                "/api/v1/gateways",
                world.key,
                "{\"lineAccountId\":\"" + account.accountId()
                        + "\",\"weight\":10,\"priority\":\"BULK\",\"activeFrom\":\"2026-12-02T00:00:00Z\","
                        + "\"activeUntil\":\"2026-12-01T00:00:00Z\"}");
        assertThat(window.json().at("/errors/0/field").asText()).isEqualTo("activeUntil");
        assertThat(world.api.get("/api/v1/gateways", world.key).json().get("items"))
                .isEmpty();
    }
}
