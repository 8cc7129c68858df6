package io.lineengage.application.service.audience;

import io.lineengage.application.port.in.audience.CustomerListsUseCase;
import io.lineengage.application.port.out.audience.CustomerListRepository;
import io.lineengage.domain.audience.CustomerList;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Uploads resolve their references in batches, so that a large list is read once and held only as IDs. */
public final class CustomerListService implements CustomerListsUseCase {
    private static final int BATCH = 5_000;

    private final CustomerListRepository lists;
    private final Clock clock;

    public CustomerListService(CustomerListRepository lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Page<CustomerList> list(OrgId orgId, PageRequest page) {
        return lists.list(orgId, page);
    }

    @Override
    public Upload upload(OrgId orgId, String name, Iterator<String> references) {
        // Validates the name before reading the rows.
        new CustomerList(CustomerList.newId(), orgId, name, 0, clock.instant());
        Set<CustomerId> members = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        long unknownCount = 0;
        List<String> batch = new ArrayList<>(BATCH);
        while (references.hasNext()) {
            String reference = references.next().strip();
            if (!reference.isEmpty()) {
                batch.add(reference);
            }
            if (batch.size() == BATCH || !references.hasNext()) {
                Map<String, CustomerId> found = lists.resolve(orgId, batch);
                for (String ref : batch) {
                    CustomerId id = found.get(ref);
                    if (id != null) {
                        members.add(id);
                    } else {
                        unknownCount++;
                        if (unknown.size() < UNKNOWN_REPORTED) {
                            unknown.add(ref);
                        }
                    }
                }
                batch.clear();
                if (members.size() > MAX_MEMBERS) {
                    throw ValidationException.of("file", "has more than " + MAX_MEMBERS + " customers");
                }
            }
        }
        CustomerList list = new CustomerList(CustomerList.newId(), orgId, name, members.size(), clock.instant());
        lists.insert(list, members);
        return new Upload(list, unknownCount, unknown);
    }

    @Override
    public CustomerList get(OrgId orgId, String id) {
        return lists.find(orgId, id).orElseThrow(() -> new NotFoundException("customer list", id));
    }
}
