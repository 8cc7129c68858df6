package io.lineengage.application.port.in.customer;

import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Map;
import java.util.Optional;

/** Customers one at a time, and the org's attribute catalogue. */
public interface CustomersUseCase {
    /** Creates or updates by external ID; answers the stored customer and whether it was created. */
    Upserted upsert(UpsertCustomerCommand command);

    /** The customer (following a merge to where the profile lives now). */
    Customer get(OrgId orgId, CustomerId id);

    Map<String, AttributeType> attributes(OrgId orgId);

    /** The org's customers, newest first; with {@code prefix}, those whose external ID or name starts with it. */
    Page<Customer> list(OrgId orgId, Optional<String> prefix, PageRequest page);

    /** Registers an attribute's type; {@link ConflictException} if it has another. */
    void defineAttribute(OrgId orgId, String name, AttributeType type);

    /** Forgets an attribute no customer holds a value of. */
    void removeAttribute(OrgId orgId, String name);

    record Upserted(Customer customer, boolean created) {}
}
