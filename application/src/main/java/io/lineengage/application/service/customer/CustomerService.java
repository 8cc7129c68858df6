package io.lineengage.application.service.customer;

import io.lineengage.application.port.in.customer.CustomersUseCase;
import io.lineengage.application.port.in.customer.UpsertCustomerCommand;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.customer.AttributeCatalogue;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.customer.PhoneNumbers;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeTyping;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerDraft;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers one at a time. The matching rule: when a customer's mobile or email is written, LINE-only profiles with
 * the same mobile or email (from a LINE registration form) are merged into that customer; their LINE identity, and
 * with it the subscriptions, consents and interactions, move to the customer.
 */
public final class CustomerService implements CustomersUseCase {
    private final CustomerRepository customers;
    private final AttributeCatalogue catalogue;
    private final LineIdentityRepository identities;
    private final CustomerInputs inputs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CustomerService(
            CustomerRepository customers,
            AttributeCatalogue catalogue,
            LineIdentityRepository identities,
            PhoneNumbers phones,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.customers = customers;
        this.catalogue = catalogue;
        this.identities = identities;
        this.inputs = new CustomerInputs(phones);
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Upserted upsert(UpsertCustomerCommand command) {
        CustomerDraft draft = inputs.draft(command, new HashMap<>(catalogue.all(command.orgId())));
        for (int attempt = 0; ; attempt++) {
            try {
                return unitOfWork.inTransaction(() -> {
                    Optional<Customer> existing = customers.findByExternalId(command.orgId(), draft.externalId());
                    Customer customer =
                            draft.applyTo(existing, CustomerId.generate(), command.orgId(), clock.instant());
                    customers.saveAll(List.of(customer));
                    mergeMatchingLineOnlyProfiles(customer);
                    return new Upserted(customer, existing.isEmpty());
                });
            } catch (ConflictException e) {
                // A concurrent write created the same external ID first: apply ours to it.
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private void mergeMatchingLineOnlyProfiles(Customer customer) {
        Map<CustomerId, Customer> matches = new LinkedHashMap<>();
        customer.mobile()
                .ifPresent(mobile -> customers
                        .findByMobile(customer.orgId(), mobile)
                        .forEach(match -> matches.put(match.id(), match)));
        customer.email()
                .ifPresent(email -> customers
                        .findByEmail(customer.orgId(), email)
                        .forEach(match -> matches.put(match.id(), match)));
        for (Customer match : matches.values()) {
            if (match.kind() == CustomerKind.LINE_ONLY && !match.id().equals(customer.id())) {
                identities.moveAll(customer.orgId(), match.id(), customer.id());
                customers.merge(customer.orgId(), match.id(), customer.id());
            }
        }
    }

    @Override
    public Customer get(OrgId orgId, CustomerId id) {
        return customers
                .find(orgId, id)
                .or(() -> customers.mergedInto(orgId, id).flatMap(into -> customers.find(orgId, into)))
                .orElseThrow(() -> new NotFoundException("customer", id.value()));
    }

    @Override
    public Page<Customer> list(OrgId orgId, Optional<String> prefix, PageRequest page) {
        return customers.list(orgId, prefix.filter(text -> !text.isEmpty()), page);
    }

    @Override
    public Map<String, AttributeType> attributes(OrgId orgId) {
        return catalogue.all(orgId);
    }

    @Override
    public void defineAttribute(OrgId orgId, String name, AttributeType type) {
        if (name == null || !AttributeTyping.NAME.matcher(name).matches()) {
            throw ValidationException.of(
                    "name", "attribute names start with a letter and use letters, digits and _ (at most 64)");
        }
        AttributeType effective = catalogue.register(orgId, Map.of(name, type)).get(name);
        if (effective != type && catalogue.retype(orgId, name, type) == AttributeCatalogue.Change.VALUES_HELD) {
            throw new ConflictException("attribute " + name + " is registered as " + effective
                    + " and customers hold values of it; it can be retyped once none does");
        }
    }

    @Override
    public void removeAttribute(OrgId orgId, String name) {
        switch (catalogue.remove(orgId, name)) {
            case UNKNOWN -> throw new NotFoundException("attribute", name);
            case VALUES_HELD ->
                throw new ConflictException(
                        "customers hold values of attribute " + name + "; it can be removed once none does");
            case DONE -> {}
        }
    }
}
