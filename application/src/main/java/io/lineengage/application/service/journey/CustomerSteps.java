package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.journey.Step;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A journey's steps that change the customer: a tag added or removed, an attribute set (typed as the org has it). */
public final class CustomerSteps {
    private final CustomerRepository customers;
    private final AttributeCatalogue attributes;
    private final Clock clock;

    public CustomerSteps(CustomerRepository customers, AttributeCatalogue attributes, Clock clock) {
        this.customers = customers;
        this.attributes = attributes;
        this.clock = clock;
    }

    Customer tag(Customer customer, Step.Tag tag) {
        Set<String> tags = new HashSet<>(customer.tags());
        if (tag.add()) {
            tags.add(tag.tag());
        } else {
            tags.remove(tag.tag());
        }
        return save(customer, customer.attributes(), tags);
    }

    /** The customer with the attribute set; empty when the org holds the attribute as another type. */
    Optional<Customer> set(Customer customer, Step.SetAttribute step) {
        var registered = attributes.register(
                customer.orgId(), Map.of(step.name(), step.value().type()));
        if (registered.get(step.name()) != step.value().type()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> changed = new HashMap<>(customer.attributes());
        changed.put(step.name(), step.value());
        return Optional.of(save(customer, changed, customer.tags()));
    }

    private Customer save(Customer customer, Map<String, AttributeValue> attributeValues, Set<String> tags) {
        Customer changed = new Customer(
                customer.id(),
                customer.orgId(),
                customer.externalId(),
                customer.name(),
                customer.mobile(),
                customer.email(),
                attributeValues,
                tags,
                customer.kind(),
                customer.createdAt(),
                clock.instant());
        customers.saveAll(List.of(changed));
        return changed;
    }
}
