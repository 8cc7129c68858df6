package io.lineengage.application.service.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.fake.InMemoryAudienceQuery;
import io.lineengage.application.fake.InMemoryAudiences;
import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryConsentStore;
import io.lineengage.application.fake.InMemoryCustomerLists;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryInteractionLog;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTrackedLinks;
import io.lineengage.application.port.in.audience.AudiencesUseCase.FilterField;
import io.lineengage.application.port.in.audience.AudiencesUseCase.Preview;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Saved audiences and previews on fakes: filters checked against the org's catalogue, counts and samples live. */
class AudienceServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryCustomers customers = new InMemoryCustomers();
    private final InMemoryCustomerLists lists = new InMemoryCustomerLists(customers);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryAudiences audiences = new InMemoryAudiences();
    private final AudienceService service = new AudienceService(
            audiences,
            new InMemoryAudienceQuery(
                    customers,
                    new InMemoryIdentities(),
                    accounts,
                    new InMemorySubscriptionStore(),
                    new InMemoryConsentStore(),
                    lists,
                    new InMemoryInteractionLog(),
                    campaigns,
                    new InMemoryTrackedLinks()),
            orgs,
            customers,
            accounts,
            lists,
            campaigns,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final OrgId org = OrgId.generate();

    AudienceServiceTest() {
        orgs.insert(new Org(org, "Brand", ZoneId.of("Asia/Tokyo"), NOW));
        customers.register(org, Map.of("points", AttributeType.NUMBER));
    }

    private static JsonLike condition(String field, String op, JsonLike value) {
        return new JsonLike.JObject(
                Map.of("field", new JsonLike.JString(field), "op", new JsonLike.JString(op), "value", value));
    }

    private static JsonLike pointsAtLeast(int points) {
        return condition("attributes.points", "gte", new JsonLike.JNumber(BigDecimal.valueOf(points)));
    }

    private Customer customer(int points, long second) {
        Customer customer = new Customer(
                CustomerId.generate(),
                org,
                Optional.of(CustomerId.generate().value()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Map.of("points", new AttributeValue.Number(BigDecimal.valueOf(points))),
                Set.of(),
                CustomerKind.REGULAR,
                NOW.minusSeconds(1000 - second),
                NOW);
        customers.saveAll(List.of(customer));
        return customer;
    }

    @Test
    void aFilterNamingWhatTheOrgLacksIsRefusedByPathAndNothingIsSaved() {
        JsonLike unknown = new JsonLike.JObject(Map.of(
                "and",
                new JsonLike.JArray(
                        List.of(pointsAtLeast(1), condition("attributes.tier", "eq", new JsonLike.JString("GOLD"))))));

        assertThatThrownBy(() -> service.create(org, "Gold", unknown))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("filter.and[1].field"));
        assertThat(audiences.list(org, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aPreviewCountsEveryMatchAndSamplesTheOldestFirst() {
        customer(500, 3);
        Customer oldest = customer(900, 1);
        customer(10, 2);
        Customer middle = customer(200, 2);

        Preview preview = service.preview(org, pointsAtLeast(100), 2);

        assertThat(preview.count()).isEqualTo(3);
        assertThat(preview.sample()).containsExactly(oldest, middle);
        assertThat(preview.evaluatedAt()).isEqualTo(NOW);
        assertThat(service.preview(org, pointsAtLeast(100), 0).sample()).isEmpty();
        assertThatThrownBy(() -> service.preview(org, pointsAtLeast(100), 101))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("sampleSize"));
    }

    @Test
    void anUpdateWithABadFilterChangesNothingAndAnotherOrgSeesNothing() {
        Audience saved = service.create(org, "Many points", pointsAtLeast(100));
        assertThatThrownBy(() -> service.update(
                        org,
                        saved.id(),
                        Optional.of("Renamed"),
                        Optional.of(condition("attributes.points", "contains", new JsonLike.JString("x")))))
                .isInstanceOf(ValidationException.class);
        assertThat(service.get(org, saved.id())).isEqualTo(saved);

        Audience renamed = service.update(org, saved.id(), Optional.of("Renamed"), Optional.empty());
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.filter()).isEqualTo(saved.filter());

        OrgId other = OrgId.generate();
        assertThatThrownBy(() -> service.get(other, saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(other, saved.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(org, AudienceId.generate())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theFieldsNameTheOrgsAttributesListsAndAccounts() {
        CustomerList list = new CustomerList(CustomerList.newId(), org, "VIP", 0, NOW);
        lists.insert(list, Set.of());
        StorageFixtures.insertedAccount(accounts, org);

        List<FilterField> fields = service.fields(org);

        assertThat(fields)
                .extracting(FilterField::field)
                .contains("attributes.points", "tags", "subscription.status", "list");
        assertThat(fields)
                .filteredOn(field -> field.field().equals("attributes.points"))
                .singleElement()
                .satisfies(field -> assertThat(field.type()).isEqualTo("NUMBER"));
        assertThat(fields)
                .filteredOn(field -> field.field().equals("list"))
                .singleElement()
                .satisfies(field -> assertThat(field.values()).containsExactly(list.id()));
    }
}
