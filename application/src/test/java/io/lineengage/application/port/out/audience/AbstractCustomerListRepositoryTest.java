package io.lineengage.application.port.out.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerListRepository}. */
public abstract class AbstractCustomerListRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract CustomerRepository customerRepository();

    protected abstract CustomerListRepository repository();

    private CustomerListRepository lists;
    private OrgId org;
    private Customer aiko;

    @BeforeEach
    void customers() {
        lists = repository();
        org = StorageFixtures.org(orgRepository());
        aiko = new Customer(
                CustomerId.generate(),
                org,
                Optional.of("C-1"),
                Optional.of("Aiko"),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                T0,
                T0);
        customerRepository().saveAll(List.of(aiko));
    }

    @Test
    void resolvesCustomerIdsAndExternalIdsOfTheOrgOnly() {
        OrgId other = StorageFixtures.org(orgRepository());

        assertThat(lists.resolve(org, List.of("C-1", aiko.id().value(), "C-404")))
                .isEqualTo(Map.of("C-1", aiko.id(), aiko.id().value(), aiko.id()));
        assertThat(lists.resolve(other, List.of("C-1", aiko.id().value()))).isEmpty();
        assertThat(lists.resolve(org, List.of())).isEmpty();
    }

    @Test
    void storesAListWithItsMembers() {
        CustomerList list = new CustomerList(CustomerList.newId(), org, "Spring fair", 1, T0);
        lists.insert(list, Set.of(aiko.id()));

        assertThat(lists.find(org, list.id())).contains(list);
        assertThat(lists.find(StorageFixtures.org(orgRepository()), list.id())).isEmpty();
        assertThat(lists.ids(org)).containsExactly(list.id());
    }

    @Test
    void listsTheOrgsListsNewestFirst() {
        CustomerList first = new CustomerList(CustomerList.newId(), org, "First", 1, T0);
        CustomerList second = new CustomerList(CustomerList.newId(), org, "Second", 1, T0.plusSeconds(1));
        lists.insert(first, Set.of(aiko.id()));
        lists.insert(second, Set.of(aiko.id()));
        OrgId other = StorageFixtures.org(orgRepository());
        lists.insert(new CustomerList(CustomerList.newId(), other, "Theirs", 0, T0.plusSeconds(2)), Set.of());

        Page<CustomerList> page = lists.list(org, PageRequest.first(1));
        assertThat(page.items()).containsExactly(second);
        assertThat(lists.list(org, new PageRequest(5, page.nextCursor())).items())
                .containsExactly(first);
        assertThat(lists.list(other, PageRequest.first(5)).items())
                .extracting(CustomerList::name)
                .containsExactly("Theirs");
        assertThatThrownBy(() -> lists.list(other, new PageRequest(5, Optional.of(first.id()))))
                .as("another org's cursor")
                .isInstanceOf(ValidationException.class);
    }
}
