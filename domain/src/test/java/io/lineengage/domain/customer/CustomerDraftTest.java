package io.lineengage.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerDraftTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private final OrgId org = OrgId.generate();

    @Test
    void aNewCustomerTakesEveryFieldGiven() {
        CustomerDraft draft = new CustomerDraft(
                "C-1",
                Optional.of("Hana"),
                Optional.of("+819012345678"),
                Optional.of(" Hana@Example.COM "),
                Map.of("tier", new AttributeValue.Text("GOLD")),
                Optional.of(Set.of("vip")));
        Customer customer = draft.applyTo(Optional.empty(), CustomerId.generate(), org, NOW);
        assertThat(customer.email()).contains("hana@example.com");
        assertThat(customer.kind()).isEqualTo(CustomerKind.REGULAR);
        assertThat(customer.tags()).containsExactly("vip");
    }

    @Test
    void anUpdateKeepsWhatItDoesNotMentionAndMergesAttributes() {
        Customer existing = new CustomerDraft(
                        "C-1",
                        Optional.of("Hana"),
                        Optional.of("+819012345678"),
                        Optional.empty(),
                        Map.of(
                                "tier",
                                new AttributeValue.Text("GOLD"),
                                "points",
                                new AttributeValue.Number(BigDecimal.TEN)),
                        Optional.of(Set.of("vip")))
                .applyTo(Optional.empty(), CustomerId.generate(), org, NOW);
        Customer updated = new CustomerDraft(
                        "C-1",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("h@example.com"),
                        Map.of("points", new AttributeValue.Number(BigDecimal.ONE)),
                        Optional.empty())
                .applyTo(Optional.of(existing), CustomerId.generate(), org, NOW.plusSeconds(1));
        assertThat(updated.id()).isEqualTo(existing.id());
        assertThat(updated.name()).contains("Hana");
        assertThat(updated.mobile()).contains("+819012345678");
        assertThat(updated.attributes())
                .containsEntry("tier", new AttributeValue.Text("GOLD"))
                .containsEntry("points", new AttributeValue.Number(BigDecimal.ONE));
        assertThat(updated.tags()).containsExactly("vip");
        assertThat(updated.createdAt()).isEqualTo(NOW);
    }

    @Test
    void limitsAreCheckedAtTheirBoundaries() {
        new CustomerDraft("x".repeat(128), Optional.of("n".repeat(200)), null, null, null, null);
        assertThatThrownBy(() -> new CustomerDraft("x".repeat(129), null, null, null, null, null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("externalId");
        assertThatThrownBy(() -> new CustomerDraft("a", Optional.of("n".repeat(201)), null, null, null, null))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> new CustomerDraft("a", null, null, Optional.of("not-an-email"), null, null))
                .hasMessageContaining("email");
        assertThatThrownBy(() ->
                        new CustomerDraft("a", null, null, null, Map.of("9lives", new AttributeValue.Bool(true)), null))
                .hasMessageContaining("attributes.9lives");
        assertThatThrownBy(() -> new CustomerDraft("a", null, null, null, null, Optional.of(Set.of("t".repeat(65)))))
                .hasMessageContaining("tags");
    }
}
