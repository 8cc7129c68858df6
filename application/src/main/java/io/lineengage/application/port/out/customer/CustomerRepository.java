package io.lineengage.application.port.out.customer;

import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores customers (and LINE-only profiles). */
public interface CustomerRepository {
    Optional<Customer> find(OrgId orgId, CustomerId id);

    /** The org's customers of these IDs that exist, in one read (in no given order). */
    List<Customer> findAll(OrgId orgId, Collection<CustomerId> ids);

    Optional<Customer> findByExternalId(OrgId orgId, String externalId);

    /**
     * The org's customers, newest first; with {@code prefix}, those whose external ID starts with it (as written) or
     * whose name does (in any case).
     */
    Page<Customer> list(OrgId orgId, Optional<String> prefix, PageRequest page);

    /** Customers with this E.164 mobile (at most a few: mobiles are not unique). */
    List<Customer> findByMobile(OrgId orgId, String mobile);

    /** Customers with this (lower-case) email. */
    List<Customer> findByEmail(OrgId orgId, String email);

    /**
     * Inserts or replaces the customers (by ID). {@link ConflictException} when an external
     * ID is taken by another customer of the org.
     */
    void saveAll(List<Customer> customers);

    /** Removes a LINE-only profile that was merged into {@code into}; lookups of the old ID find {@code into}. */
    void merge(OrgId orgId, CustomerId merged, CustomerId into);

    /** The customer a merged ID now lives on, if {@code id} was merged. */
    Optional<CustomerId> mergedInto(OrgId orgId, CustomerId id);
}
