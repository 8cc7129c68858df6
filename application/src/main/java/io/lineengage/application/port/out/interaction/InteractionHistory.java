package io.lineengage.application.port.out.interaction;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineFilter;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;

/**
 * A customer's interactions in one timeline, read from where each kind is kept: messages sent (campaigns, test sends,
 * transactional), their LINE users' follows, unfollows, messages, postbacks and account links, and consent changes.
 */
public interface InteractionHistory {
    /** Newest first; the cursor is a {@link TimelineEntry.Position#cursor()} this timeline gave out. */
    Page<TimelineEntry> of(OrgId orgId, CustomerId customerId, TimelineFilter filter, PageRequest page);
}
