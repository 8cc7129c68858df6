package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.application.port.out.subscription.ConsentStore;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.reading.RecentlyRead;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.journey.EntryId;
import io.lineengage.domain.journey.JourneyDefinition;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.Step;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a journey asks about a customer as it goes: whether they leave (unfollowed, opted out of the journey's
 * category, the exit condition holds), whether a branch's filter holds for them now, and when a wait ends in the
 * org's time zone.
 */
public final class JourneyConditions {
    private final SubscriptionStore subscriptions;
    private final ConsentStore consents;
    private final AudienceQuery audienceQuery;
    private final FilterCatalogues catalogues;
    private final OrgRepository orgs;
    private final Clock clock;
    private final RecentlyRead<OrgId, ZoneId> recentZones;

    public JourneyConditions(
            SubscriptionStore subscriptions,
            ConsentStore consents,
            AudienceQuery audienceQuery,
            FilterCatalogues catalogues,
            OrgRepository orgs,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.consents = consents;
        this.audienceQuery = audienceQuery;
        this.catalogues = catalogues;
        this.orgs = orgs;
        this.clock = clock;
        this.recentZones = new RecentlyRead<>(Duration.ofSeconds(1), clock);
    }

    /** Where an entry's LINE user stands with its account: what leaving on unfollow or opt-out asks. */
    record Standing(SubscriptionStatus status, Consents consents) {}

    /** The standing of every entry's LINE user, read in two queries per account however many entries there are. */
    Map<EntryId, Standing> standings(List<JourneyEntry> entries) {
        Map<EntryId, Standing> standings = new HashMap<>();
        entries.stream()
                .collect(Collectors.groupingBy(entry -> Map.entry(entry.orgId(), entry.accountId())))
                .forEach((account, ofAccount) -> {
                    List<String> users = ofAccount.stream()
                            .map(JourneyEntry::lineUserId)
                            .distinct()
                            .toList();
                    Map<String, Subscription> statuses =
                            subscriptions.findAll(account.getKey(), account.getValue(), users);
                    Map<String, Consents> decisions = consents.consentsOf(account.getKey(), account.getValue(), users);
                    ofAccount.forEach(entry -> standings.put(
                            entry.id(),
                            new Standing(
                                    statuses.get(entry.lineUserId()).status(), decisions.get(entry.lineUserId()))));
                });
        return standings;
    }

    /** Whether the customer leaves before the entry's next step, and why; {@code standing} read for its round. */
    Optional<String> leaves(JourneyEntry entry, JourneyDefinition definition, Customer customer, Standing standing) {
        SubscriptionStatus status = standing.status();
        if (definition.rules().exitOnUnfollow() && status == SubscriptionStatus.BLOCKED) {
            return Optional.of("unfollowed");
        }
        if (definition.rules().exitOnOptOut()
                && status != SubscriptionStatus.UNKNOWN
                && !standing.consents().optedIn(definition.category(), status)) {
            return Optional.of("opted_out");
        }
        if (definition.rules().exitWhen().isPresent()
                && matches(
                        entry.orgId(), customer, definition.rules().exitWhen().get())) {
            return Optional.of("exit condition");
        }
        return Optional.empty();
    }

    /** Whether the customer matches the filter now, by the audience language's rules. */
    boolean matches(OrgId orgId, Customer customer, JsonLike filter) {
        // Asked of the database, as an audience's count is: interactions and clicks count too.
        FieldCatalogue catalogue = catalogues.of(orgId);
        return audienceQuery.holds(
                orgId,
                FilterParser.parse(filter, "filter", catalogue),
                new EvaluationTime(clock.instant(), zone(orgId)),
                customer.id());
    }

    /** When a wait ends: after its duration, or at the next such time of day in the org's zone. */
    Instant until(Step.Wait wait, OrgId orgId) {
        Instant now = clock.instant();
        if (wait.duration().isPresent()) {
            return now.plus(wait.duration().get());
        }
        ZonedDateTime local = now.atZone(zone(orgId));
        ZonedDateTime at = local.with(wait.until().get());
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }

    /**
     * When a push of this entry may go: now, or the end of the journey's quiet hours in the org's zone. A reply still
     * usable is not held back (the customer has just acted).
     */
    Instant pushAllowedFrom(JourneyEntry entry, JourneyDefinition definition) {
        Instant now = clock.instant();
        if (definition.quietHours().isEmpty()
                || entry.reply().filter(reply -> reply.usableAt(now)).isPresent()) {
            return now;
        }
        return definition.quietHours().get().nextAllowed(now, zone(entry.orgId()));
    }

    /** Whether this entry's next send would be a push (no reply token still usable). */
    boolean pushes(JourneyEntry entry) {
        Instant now = clock.instant();
        return entry.reply().filter(reply -> reply.usableAt(now)).isEmpty();
    }

    /** The start of a cap's period back from now, read in the org's time zone (days are the org's days). */
    Instant since(OrgId orgId, Period period) {
        return new EvaluationTime(clock.instant(), zone(orgId)).since(period);
    }

    private ZoneId zone(OrgId orgId) {
        return recentZones.get(
                orgId, id -> orgs.findById(id).map(org -> org.timeZone()).orElse(ZoneId.of("UTC")));
    }
}
