package io.lineengage.application.port.out.audience;

import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Uploaded customer lists and their members. */
public interface CustomerListRepository {
    /** Stores the list with its members; {@code list.size()} is their number. */
    void insert(CustomerList list, Set<CustomerId> members);

    Optional<CustomerList> find(OrgId orgId, String id);

    /** The org's lists, newest first. */
    Page<CustomerList> list(OrgId orgId, PageRequest page);

    /** The IDs of all the org's lists (the filter catalogue). */
    Set<String> ids(OrgId orgId);

    /** The customers that the references (customer IDs or external IDs) name; references naming none are absent. */
    Map<String, CustomerId> resolve(OrgId orgId, Collection<String> references);
}
