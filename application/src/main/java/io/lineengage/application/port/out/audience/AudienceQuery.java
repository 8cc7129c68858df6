package io.lineengage.application.port.out.audience;

import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterEvaluator;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Evaluates a filter over all of an org's customers, live: what is committed now is counted. It selects exactly the
 * customers {@link FilterEvaluator} would.
 */
public interface AudienceQuery {
    long count(OrgId orgId, Filter filter, EvaluationTime time);

    /** The org's customers whose DATE attribute {@code attribute} falls on {@code day} of any year. */
    List<CustomerId> anniversaries(OrgId orgId, String attribute, MonthDay day);

    /** Whether this one customer is in the filter's audience now (as {@link #count} would count them). */
    boolean holds(OrgId orgId, Filter filter, EvaluationTime time, CustomerId customerId);

    /** The first {@code limit} members, oldest customer first; attributes are read with {@code attributeTypes}. */
    List<Customer> sample(
            OrgId orgId, Filter filter, EvaluationTime time, int limit, Map<String, AttributeType> attributeTypes);

    /**
     * Every member, oldest ID first, in chunks of at most {@code chunk}, with their LINE users' statuses and consents
     * per account (not their interactions): the walk of {@link #window}s from the first customer to the last.
     */
    default void members(
            OrgId orgId,
            Filter filter,
            EvaluationTime time,
            Map<String, AttributeType> attributeTypes,
            int chunk,
            Consumer<List<AudienceMember>> each) {
        Optional<CustomerId> after = Optional.empty();
        do {
            Window window = window(orgId, filter, time, attributeTypes, after, chunk);
            if (!window.members().isEmpty()) {
                each.accept(window.members());
            }
            after = window.reached();
        } while (after.isPresent());
    }

    /**
     * One step of a walk over the org's customers in ID order: the members among the next {@code customers} customers
     * after {@code after} (empty: from the first), as {@link #members} gives them, and how far the step went.
     */
    Window window(
            OrgId orgId,
            Filter filter,
            EvaluationTime time,
            Map<String, AttributeType> attributeTypes,
            Optional<CustomerId> after,
            int customers);

    /**
     * A walk's step: its members, and the last customer ID it covered, from where the walk goes on; empty when it
     * covered every customer left (launching a campaign can stop between steps and go on later, memory flat).
     */
    record Window(List<AudienceMember> members, Optional<CustomerId> reached) {
        public Window {
            members = List.copyOf(members);
        }
    }

    /** These customers as audience members (for failover), in the order given; unknown IDs are left out. */
    List<AudienceMember> membersById(OrgId orgId, List<CustomerId> ids, Map<String, AttributeType> attributeTypes);
}
