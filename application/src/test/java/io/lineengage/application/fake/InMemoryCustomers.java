package io.lineengage.application.fake;

import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerBulkWriter;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Customers, their attribute catalogue and bulk upserts, in memory. */
public final class InMemoryCustomers implements CustomerRepository, AttributeCatalogue, CustomerBulkWriter {
    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final Map<String, CustomerId> merges = new HashMap<>();
    private final Map<String, Map<String, AttributeType>> catalogues = new HashMap<>();

    @Override
    public synchronized Optional<Customer> find(OrgId orgId, CustomerId id) {
        return Optional.ofNullable(customers.get(id)).filter(c -> c.orgId().equals(orgId));
    }

    @Override
    public synchronized List<Customer> findAll(OrgId orgId, Collection<CustomerId> ids) {
        return ids.stream().distinct().flatMap(id -> find(orgId, id).stream()).toList();
    }

    /** Every customer of the org, in the order they were first saved. */
    public synchronized List<Customer> everyone(OrgId orgId) {
        return customers.values().stream().filter(c -> c.orgId().equals(orgId)).toList();
    }

    @Override
    public synchronized Optional<Customer> findByExternalId(OrgId orgId, String externalId) {
        return customers.values().stream()
                .filter(c -> c.orgId().equals(orgId) && c.externalId().equals(Optional.of(externalId)))
                .findFirst();
    }

    @Override
    public synchronized Page<Customer> list(OrgId orgId, Optional<String> prefix, PageRequest page) {
        return NewestFirstInMemory.page(
                customers.values().stream()
                        .filter(c -> c.orgId().equals(orgId))
                        .filter(c -> prefix.isEmpty()
                                || c.externalId()
                                        .filter(id -> id.startsWith(prefix.get()))
                                        .isPresent()
                                || c.name()
                                        .filter(name -> name.toLowerCase(Locale.ROOT)
                                                .startsWith(prefix.get().toLowerCase(Locale.ROOT)))
                                        .isPresent())
                        .toList(),
                Customer::createdAt,
                c -> c.id().value(),
                page);
    }

    @Override
    public synchronized List<Customer> findByMobile(OrgId orgId, String mobile) {
        return customers.values().stream()
                .filter(c -> c.orgId().equals(orgId) && c.mobile().equals(Optional.of(mobile)))
                .toList();
    }

    @Override
    public synchronized List<Customer> findByEmail(OrgId orgId, String email) {
        return customers.values().stream()
                .filter(c -> c.orgId().equals(orgId) && c.email().equals(Optional.of(email)))
                .toList();
    }

    @Override
    public synchronized void saveAll(List<Customer> batch) {
        for (Customer customer : batch) {
            boolean taken = customer.externalId().isPresent()
                    && customers.values().stream()
                            .anyMatch(other -> other.orgId().equals(customer.orgId())
                                    && other.externalId().equals(customer.externalId())
                                    && !other.id().equals(customer.id()));
            if (taken) {
                throw new ConflictException(
                        "external ID " + customer.externalId().get() + " is taken");
            }
        }
        batch.forEach(customer -> registerStored(customer.orgId(), customer.attributes()));
        batch.forEach(customer -> customers.put(customer.id(), customer));
    }

    /** What the PostgreSQL adapter does in the write's transaction: register the types of the values stored. */
    private void registerStored(OrgId orgId, Map<String, AttributeValue> attributes) {
        Map<String, AttributeType> catalogue = catalogues.computeIfAbsent(orgId.value(), k -> new HashMap<>());
        attributes.forEach((name, value) -> {
            AttributeType effective = catalogue.computeIfAbsent(name, n -> value.type());
            if (effective != value.type()) {
                throw ValidationException.of("attributes." + name, "is registered as " + effective);
            }
        });
    }

    @Override
    public synchronized void merge(OrgId orgId, CustomerId merged, CustomerId into) {
        customers.remove(merged);
        merges.put(orgId.value() + "|" + merged.value(), into);
    }

    @Override
    public synchronized Optional<CustomerId> mergedInto(OrgId orgId, CustomerId id) {
        return Optional.ofNullable(merges.get(orgId.value() + "|" + id.value()));
    }

    @Override
    public synchronized Map<String, AttributeType> all(OrgId orgId) {
        return Map.copyOf(catalogues.getOrDefault(orgId.value(), Map.of()));
    }

    @Override
    public synchronized Map<String, AttributeType> register(OrgId orgId, Map<String, AttributeType> types) {
        Map<String, AttributeType> catalogue = catalogues.computeIfAbsent(orgId.value(), k -> new HashMap<>());
        Map<String, AttributeType> effective = new HashMap<>();
        types.forEach((name, type) -> effective.put(name, catalogue.computeIfAbsent(name, n -> type)));
        return effective;
    }

    @Override
    public synchronized Change retype(OrgId orgId, String name, AttributeType type) {
        return change(orgId, name, catalogue -> catalogue.put(name, type));
    }

    @Override
    public synchronized Change remove(OrgId orgId, String name) {
        return change(orgId, name, catalogue -> catalogue.remove(name));
    }

    private Change change(OrgId orgId, String name, Consumer<Map<String, AttributeType>> apply) {
        Map<String, AttributeType> catalogue = catalogues.getOrDefault(orgId.value(), new HashMap<>());
        if (!catalogue.containsKey(name)) {
            return Change.UNKNOWN;
        }
        if (customers.values().stream()
                .anyMatch(c -> c.orgId().equals(orgId) && c.attributes().containsKey(name))) {
            return Change.VALUES_HELD;
        }
        apply.accept(catalogue);
        return Change.DONE;
    }

    @Override
    public synchronized Counts upsert(OrgId orgId, List<CustomerDraft> drafts, Instant now) {
        long created = 0;
        long updated = 0;
        for (CustomerDraft draft : drafts) {
            Optional<Customer> existing = findByExternalId(orgId, draft.externalId());
            Customer customer = draft.applyTo(existing, CustomerId.generate(), orgId, now);
            registerStored(orgId, draft.attributes());
            customers.put(customer.id(), customer);
            if (existing.isPresent()) {
                updated++;
            } else {
                created++;
            }
        }
        return new Counts(created, updated);
    }
}
