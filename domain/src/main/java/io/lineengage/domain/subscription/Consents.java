package io.lineengage.domain.subscription;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user's consent per category with one account. Following counts as opted in to both categories until the
 * customer or the brand opts out; an explicit choice, once made, stands whatever the user does later.
 */
public record Consents(Map<ConsentCategory, Boolean> explicit) {
    public static final Consents NONE = new Consents(Map.of());

    public Consents {
        explicit = explicit.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(explicit));
    }

    public boolean optedIn(ConsentCategory category, SubscriptionStatus status) {
        return Optional.ofNullable(explicit.get(category)).orElse(status == SubscriptionStatus.FOLLOWING);
    }

    public Consents with(ConsentCategory category, boolean optedIn) {
        Map<ConsentCategory, Boolean> changed = new EnumMap<>(ConsentCategory.class);
        changed.putAll(explicit);
        changed.put(category, optedIn);
        return new Consents(changed);
    }

    /** The effective consent of every category, given the subscription status. */
    public Map<ConsentCategory, Boolean> effective(SubscriptionStatus status) {
        Map<ConsentCategory, Boolean> effective = new EnumMap<>(ConsentCategory.class);
        for (ConsentCategory category : ConsentCategory.values()) {
            effective.put(category, optedIn(category, status));
        }
        return effective;
    }
}
