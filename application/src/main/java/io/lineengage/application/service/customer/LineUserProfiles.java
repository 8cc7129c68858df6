package io.lineengage.application.service.customer;

import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes sure every LINE user seen following has a customer: users nobody linked yet get a LINE-only profile, which
 * merges into the real customer when they are linked. Runs inside the caller's unit of work.
 */
public final class LineUserProfiles {
    private final CustomerRepository customers;
    private final LineIdentityRepository identities;

    public LineUserProfiles(CustomerRepository customers, LineIdentityRepository identities) {
        this.customers = customers;
        this.identities = identities;
    }

    /** Answers how many LINE-only profiles were created. */
    public int ensureCustomers(OrgId orgId, String provider, Collection<String> lineUserIds, Instant now) {
        if (lineUserIds.isEmpty()) {
            return 0;
        }
        Map<String, CustomerId> known = identities.customersOf(orgId, provider, lineUserIds);
        List<String> unknown = lineUserIds.stream()
                .distinct()
                .filter(user -> !known.containsKey(user))
                .toList();
        if (unknown.isEmpty()) {
            return 0;
        }
        List<Customer> profiles = new ArrayList<>(unknown.size());
        List<LineIdentity> links = new ArrayList<>(unknown.size());
        for (String user : unknown) {
            Customer profile = Customer.lineOnly(orgId, Optional.empty(), now);
            profiles.add(profile);
            links.add(new LineIdentity(orgId, provider, user, profile.id(), now));
        }
        customers.saveAll(profiles);
        Set<CustomerId> linked =
                identities.linkAll(links).stream().map(LineIdentity::customerId).collect(Collectors.toSet());
        // Users linked meanwhile by someone else: their fresh profile is not needed; forward it to the real one.
        for (LineIdentity link : links) {
            if (!linked.contains(link.customerId())) {
                identities
                        .find(orgId, provider, link.lineUserId())
                        .ifPresent(winner -> customers.merge(orgId, link.customerId(), winner.customerId()));
            }
        }
        return linked.size();
    }
}
