package io.lineengage.application.port.in.interaction;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/** A customer's interaction timeline: messages sent, what their LINE users did, consent changes; newest first. */
public interface ReadInteractionsUseCase {
    Page<TimelineEntry> timeline(OrgId orgId, CustomerId customerId, TimelineFilter filter, PageRequest page);
}
