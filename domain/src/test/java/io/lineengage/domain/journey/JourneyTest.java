package io.lineengage.domain.journey;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyTest {
    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private final JourneyDefinition welcome = JourneyReader.read(
            obj("trigger", obj("type", "follow"), "steps", arr(obj("type", "send", "templateId", "tpl_1"))), "journey");

    @Test
    void aDraftIsActivatedPausedAndArchivedInThatOrderOnly() {
        Journey journey = Journey.draft(OrgId.generate(), "Welcome", welcome, T0);
        assertThatThrownBy(() -> journey.moved(JourneyStatus.PAUSED, T0)).isInstanceOf(ConflictException.class);
        Journey active = journey.moved(JourneyStatus.ACTIVE, T0);
        Journey paused = active.moved(JourneyStatus.PAUSED, T0);
        assertThat(paused.moved(JourneyStatus.ACTIVE, T0).status()).isEqualTo(JourneyStatus.ACTIVE);
        Journey archived = paused.moved(JourneyStatus.ARCHIVED, T0);
        assertThatThrownBy(() -> archived.moved(JourneyStatus.ACTIVE, T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> archived.edited("x", welcome, T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEditMakesANewVersionAndEntriesKeepTheirs() {
        Journey active = Journey.draft(OrgId.generate(), "Welcome", welcome, T0).moved(JourneyStatus.ACTIVE, T0);
        JourneyEntry entry = JourneyEntry.enter(
                active, CustomerId.generate(), new LineAccountId("la_1"), "U1", Optional.empty(), T0);
        Journey edited = active.edited("Welcome 2", welcome, T0.plusSeconds(1));
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(entry.version()).isEqualTo(1);
    }
}
