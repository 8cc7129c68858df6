package io.lineengage.application.port.out.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerRepository}. */
public abstract class AbstractCustomerRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract CustomerRepository repository();

    private CustomerRepository customers;
    private OrgId org;

    @BeforeEach
    void org() {
        customers = repository();
        org = StorageFixtures.org(orgRepository());
    }

    private Customer customer(String externalId, String mobile, String email) {
        return new Customer(
                CustomerId.generate(),
                org,
                Optional.of(externalId),
                Optional.of("Hana 花子"),
                Optional.ofNullable(mobile),
                Optional.ofNullable(email),
                Map.of(
                        "tier",
                        new AttributeValue.Text("GOLD"),
                        "points",
                        new AttributeValue.Number(new BigDecimal("1200.5")),
                        "member",
                        new AttributeValue.Bool(true),
                        "birthday",
                        new AttributeValue.Day(LocalDate.of(1990, 4, 1))),
                Set.of("vip", "tokyo"),
                CustomerKind.REGULAR,
                T0,
                T0);
    }

    @Test
    void storesEveryFieldAndFindsByEachKey() {
        Customer hana = customer("C-1", "+819012345678", "hana@example.com");
        customers.saveAll(List.of(hana));
        assertThat(customers.find(org, hana.id())).contains(hana);
        assertThat(customers.findByExternalId(org, "C-1")).contains(hana);
        assertThat(customers.findByMobile(org, "+819012345678")).containsExactly(hana);
        assertThat(customers.findByEmail(org, "hana@example.com")).containsExactly(hana);
        assertThat(customers.find(StorageFixtures.org(orgRepository()), hana.id()))
                .isEmpty();
    }

    @Test
    void severalAreFoundByIdInOneReadAndOnlyInTheirOrg() {
        Customer hana = customer("C-11", null, null);
        Customer ken = customer("C-12", "+819011112222", null);
        customers.saveAll(List.of(hana, ken));

        assertThat(customers.findAll(org, List.of(hana.id(), ken.id(), hana.id(), CustomerId.generate())))
                .containsExactlyInAnyOrder(hana, ken);
        assertThat(customers.findAll(org, List.of())).isEmpty();
        assertThat(customers.findAll(StorageFixtures.org(orgRepository()), List.of(hana.id())))
                .isEmpty();
    }

    @Test
    void savingAgainReplacesAndLineOnlyProfilesNeedNoExternalId() {
        Customer hana = customer("C-2", null, null);
        customers.saveAll(List.of(hana));
        Customer renamed = new Customer(
                hana.id(),
                org,
                hana.externalId(),
                Optional.of("Hanako"),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                T0,
                T0.plusSeconds(1));
        Customer lineOnly = Customer.lineOnly(org, Optional.empty(), T0);
        customers.saveAll(List.of(renamed, lineOnly));
        assertThat(customers.find(org, hana.id())).contains(renamed);
        assertThat(customers.find(org, lineOnly.id())).contains(lineOnly);
    }

    @Test
    void aBatchKeepsTheLastOfOneCustomerGivenTwiceAndTagsAndTextsAsWritten() {
        Customer first = customer("C-3", null, null);
        Customer again = new Customer(
                first.id(),
                org,
                first.externalId(),
                Optional.of("O'Neil \"Ken\", {the} \\ one"),
                Optional.empty(),
                Optional.of("ken@example.com"),
                Map.of("note", new AttributeValue.Text("a \"quoted\", {braced} \\ value")),
                Set.of("a,b", "{x}", "q\"uote", "back\\slash", "NULL", "   "),
                CustomerKind.REGULAR,
                T0,
                T0.plusSeconds(2));
        Customer other = customer("C-4", "+819099998888", null);

        customers.saveAll(List.of(first, other, again));

        assertThat(customers.find(org, first.id())).contains(again);
        assertThat(customers.find(org, other.id())).contains(other);
    }

    @Test
    void anExternalIdBelongsToOneCustomer() {
        customers.saveAll(List.of(customer("C-3", null, null)));
        assertThatThrownBy(() -> customers.saveAll(List.of(customer("C-3", null, null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aMergedProfileIsGoneAndItsIdLeadsToTheCustomer() {
        Customer hana = customer("C-4", null, null);
        Customer lineOnly = Customer.lineOnly(org, Optional.empty(), T0);
        customers.saveAll(List.of(hana, lineOnly));
        customers.merge(org, lineOnly.id(), hana.id());
        assertThat(customers.find(org, lineOnly.id())).isEmpty();
        assertThat(customers.mergedInto(org, lineOnly.id())).contains(hana.id());
        assertThat(customers.mergedInto(org, hana.id())).isEmpty();
    }

    @Test
    void listsCustomersNewestFirstAndFindsThemByExternalIdOrNamePrefix() {
        Customer aoi = named("SHOP-1", "Aoi Tanaka", T0);
        Customer ren = named("SHOP-2", "Ren", T0.plusSeconds(1));
        Customer hana = named("WEB_9", "hana sato", T0.plusSeconds(2));
        customers.saveAll(List.of(aoi, ren, hana));
        PageRequest all = PageRequest.first(10);
        assertThat(customers.list(org, Optional.empty(), all).items()).containsExactly(hana, ren, aoi);
        Page<Customer> first = customers.list(org, Optional.empty(), PageRequest.first(2));
        assertThat(customers
                        .list(org, Optional.empty(), new PageRequest(2, first.nextCursor()))
                        .items())
                .containsExactly(aoi);
        assertThat(customers.list(org, Optional.of("SHOP-"), all).items()).containsExactly(ren, aoi);
        assertThat(customers.list(org, Optional.of("shop-"), all).items())
                .as("external IDs as written")
                .isEmpty();
        assertThat(customers.list(org, Optional.of("HANA"), all).items())
                .as("names in any case")
                .containsExactly(hana);
        assertThat(customers.list(org, Optional.of("WEB%"), all).items())
                .as("% is itself")
                .isEmpty();
        assertThat(customers.list(org, Optional.of("WEB_"), all).items())
                .as("_ is itself")
                .containsExactly(hana);
        assertThat(customers
                        .list(StorageFixtures.org(orgRepository()), Optional.empty(), all)
                        .items())
                .isEmpty();
    }

    private Customer named(String externalId, String name, Instant createdAt) {
        return new Customer(
                CustomerId.generate(),
                org,
                Optional.of(externalId),
                Optional.of(name),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                createdAt,
                createdAt);
    }
}
