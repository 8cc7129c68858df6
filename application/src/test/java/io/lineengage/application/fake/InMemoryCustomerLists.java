package io.lineengage.application.fake;

import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public final class InMemoryCustomerLists implements CustomerListRepository {
    private final CustomerRepository customers;
    private final Map<String, CustomerList> lists = new LinkedHashMap<>();
    private final Map<String, Set<CustomerId>> members = new HashMap<>();

    public InMemoryCustomerLists(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public synchronized void insert(CustomerList list, Set<CustomerId> listed) {
        lists.put(list.id(), list);
        members.put(list.id(), Set.copyOf(listed));
    }

    @Override
    public synchronized Page<CustomerList> list(OrgId orgId, PageRequest page) {
        return NewestFirstInMemory.page(
                lists.values().stream()
                        .filter(list -> list.orgId().equals(orgId))
                        .toList(),
                CustomerList::createdAt,
                CustomerList::id,
                page);
    }

    @Override
    public synchronized Optional<CustomerList> find(OrgId orgId, String id) {
        return Optional.ofNullable(lists.get(id)).filter(list -> list.orgId().equals(orgId));
    }

    @Override
    public synchronized Set<String> ids(OrgId orgId) {
        return lists.values().stream()
                .filter(list -> list.orgId().equals(orgId))
                .map(CustomerList::id)
                .collect(Collectors.toSet());
    }

    public synchronized Set<CustomerId> members(String listId) {
        return members.getOrDefault(listId, Set.of());
    }

    @Override
    public Map<String, CustomerId> resolve(OrgId orgId, Collection<String> references) {
        Map<String, CustomerId> found = new HashMap<>();
        for (String reference : references) {
            customers
                    .find(orgId, new CustomerId(reference))
                    .or(() -> customers.findByExternalId(orgId, reference))
                    .map(Customer::id)
                    .ifPresent(id -> found.put(reference, id));
        }
        return found;
    }
}
