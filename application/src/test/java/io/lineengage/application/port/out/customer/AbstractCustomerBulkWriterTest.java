package io.lineengage.application.port.out.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerBulkWriter}: the same outcome as writing the drafts one by one. */
public abstract class AbstractCustomerBulkWriterTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract CustomerBulkWriter writer();

    protected abstract CustomerRepository repository();

    @Test
    void upsertsCountCreatedAndUpdatedAndMergeAsOneWriteWould() {
        OrgId org = StorageFixtures.org(orgRepository());
        CustomerBulkWriter writer = writer();
        CustomerDraft first = new CustomerDraft(
                "B-1",
                Optional.of("Aoi"),
                Optional.of("+819011112222"),
                Optional.of("aoi@example.com"),
                Map.of("tier", new AttributeValue.Text("SILVER"), "points", new AttributeValue.Number(BigDecimal.TEN)),
                Optional.of(Set.of("new")));
        CustomerDraft second = new CustomerDraft(
                "B-2",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of("birthday", new AttributeValue.Day(LocalDate.of(2000, 1, 31))),
                Optional.empty());
        assertThat(writer.upsert(org, List.of(first, second), T0)).isEqualTo(new CustomerBulkWriter.Counts(2, 0));

        CustomerDraft update = new CustomerDraft(
                "B-1",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of("points", new AttributeValue.Number(new BigDecimal("25")), "vip", new AttributeValue.Bool(true)),
                Optional.empty());
        CustomerDraft third = new CustomerDraft(
                "B-3", Optional.of("Ren"), Optional.empty(), Optional.empty(), Map.of(), Optional.of(Set.of()));
        assertThat(writer.upsert(org, List.of(update, third), T0.plusSeconds(5)))
                .isEqualTo(new CustomerBulkWriter.Counts(1, 1));

        Customer aoi = repository().findByExternalId(org, "B-1").orElseThrow();
        Customer expected = update.applyTo(
                Optional.of(first.applyTo(Optional.empty(), aoi.id(), org, T0)),
                CustomerId.generate(),
                org,
                T0.plusSeconds(5));
        assertThat(aoi).isEqualTo(expected);
        assertThat(repository().findByExternalId(org, "B-2").orElseThrow().attributes())
                .containsEntry("birthday", new AttributeValue.Day(LocalDate.of(2000, 1, 31)));
        assertThat(repository().findByExternalId(StorageFixtures.org(orgRepository()), "B-1"))
                .isEmpty();
    }
}
