package io.lineengage.application.port.out.identity;

import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.org.OrgId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which customer each LINE user (per provider) belongs to. */
public interface LineIdentityRepository {
    Optional<LineIdentity> find(OrgId orgId, String provider, String lineUserId);

    /** The customers of these users, for the users that have one. */
    Map<String, CustomerId> customersOf(OrgId orgId, String provider, Collection<String> lineUserIds);

    /** The identities with this LINE user ID, whatever the provider. */
    List<LineIdentity> withLineUserId(OrgId orgId, String lineUserId);

    List<LineIdentity> ofCustomer(OrgId orgId, CustomerId customerId);

    /** Links the users that have no customer yet; answers those it linked (the others were linked meanwhile). */
    List<LineIdentity> linkAll(List<LineIdentity> identities);

    /** Moves every identity of {@code from} to {@code to}. */
    void moveAll(OrgId orgId, CustomerId from, CustomerId to);
}
