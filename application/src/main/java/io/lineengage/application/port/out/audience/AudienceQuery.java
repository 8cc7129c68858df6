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
     * per account (not their interactions): what launching a campaign needs, streamed so memory stays flat.
     */
    void members(
            OrgId orgId,
            Filter filter,
            EvaluationTime time,
            Map<String, AttributeType> attributeTypes,
            int chunk,
            Consumer<List<AudienceMember>> each);

    /** These customers as audience members (for failover), in the order given; unknown IDs are left out. */
    List<AudienceMember> membersById(OrgId orgId, List<CustomerId> ids, Map<String, AttributeType> attributeTypes);
}
