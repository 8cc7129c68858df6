package io.lineengage.application.service.interaction;

import io.lineengage.application.port.in.interaction.ReadInteractionsUseCase;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.interaction.InteractionHistory;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.NotFoundException;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/** The timeline of a customer of the org; another org's customer, or none, is not found. */
public final class InteractionTimelineService implements ReadInteractionsUseCase {
    private final CustomerRepository customers;
    private final InteractionHistory history;

    public InteractionTimelineService(CustomerRepository customers, InteractionHistory history) {
        this.customers = customers;
        this.history = history;
    }

    @Override
    public Page<TimelineEntry> timeline(OrgId orgId, CustomerId customerId, TimelineFilter filter, PageRequest page) {
        if (customers.find(orgId, customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId.value());
        }
        return history.of(orgId, customerId, filter, page);
    }
}
