package io.lineengage.application.port.in.audience;

import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.util.Iterator;
import java.util.List;

/** Uploaded static lists of customers. */
public interface CustomerListsUseCase {
    int MAX_MEMBERS = 1_000_000;
    int UNKNOWN_REPORTED = 100;

    /**
     * Stores a list of the customers that {@code references} name (customer IDs or external IDs, one per row);
     * references naming nobody are reported, not stored.
     */
    Upload upload(OrgId orgId, String name, Iterator<String> references);

    /** The org's lists, newest first. */
    Page<CustomerList> list(OrgId orgId, PageRequest page);

    CustomerList get(OrgId orgId, String id);

    /** The stored list, how many references named nobody, and the first of them. */
    record Upload(CustomerList list, long unknownCount, List<String> unknown) {}
}
