package io.lineengage.application.fake;

import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.identity.LineProfileCache;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** LINE identities and cached LINE profiles, in memory. */
public final class InMemoryIdentities implements LineIdentityRepository, LineProfileCache {
    private final Map<String, LineIdentity> identities = new LinkedHashMap<>();
    private final Map<String, Cached> profiles = new HashMap<>();

    private static String key(OrgId orgId, String provider, String lineUserId) {
        return orgId.value() + "|" + provider + "|" + lineUserId;
    }

    @Override
    public synchronized Optional<LineIdentity> find(OrgId orgId, String provider, String lineUserId) {
        return Optional.ofNullable(identities.get(key(orgId, provider, lineUserId)));
    }

    @Override
    public synchronized Map<String, CustomerId> customersOf(
            OrgId orgId, String provider, Collection<String> lineUserIds) {
        Map<String, CustomerId> found = new HashMap<>();
        lineUserIds.forEach(
                user -> find(orgId, provider, user).ifPresent(identity -> found.put(user, identity.customerId())));
        return found;
    }

    @Override
    public synchronized List<LineIdentity> withLineUserId(OrgId orgId, String lineUserId) {
        return identities.values().stream()
                .filter(i -> i.orgId().equals(orgId) && i.lineUserId().equals(lineUserId))
                .toList();
    }

    @Override
    public synchronized List<LineIdentity> ofCustomer(OrgId orgId, CustomerId customerId) {
        return identities.values().stream()
                .filter(i -> i.orgId().equals(orgId) && i.customerId().equals(customerId))
                .toList();
    }

    @Override
    public synchronized List<LineIdentity> linkAll(List<LineIdentity> batch) {
        List<LineIdentity> linked = new ArrayList<>();
        for (LineIdentity identity : batch) {
            if (identities.putIfAbsent(key(identity.orgId(), identity.provider(), identity.lineUserId()), identity)
                    == null) {
                linked.add(identity);
            }
        }
        return linked;
    }

    @Override
    public synchronized void moveAll(OrgId orgId, CustomerId from, CustomerId to) {
        identities.replaceAll((key, identity) ->
                identity.orgId().equals(orgId) && identity.customerId().equals(from)
                        ? new LineIdentity(orgId, identity.provider(), identity.lineUserId(), to, identity.linkedAt())
                        : identity);
    }

    @Override
    public synchronized Optional<Cached> cachedProfile(OrgId orgId, String provider, String lineUserId) {
        return Optional.ofNullable(profiles.get(key(orgId, provider, lineUserId)));
    }

    @Override
    public synchronized void save(OrgId orgId, String provider, LineProfile profile, Instant fetchedAt) {
        profiles.put(key(orgId, provider, profile.userId()), new Cached(profile, fetchedAt));
    }
}
