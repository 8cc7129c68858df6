package io.lineengage.application.service.journey;

import io.lineengage.application.port.out.identity.LineIdentityRepository;
import io.lineengage.application.port.out.journey.JourneyEntries;
import io.lineengage.application.port.out.journey.JourneySignal;
import io.lineengage.application.port.out.journey.Journeys;
import io.lineengage.application.service.tracking.ClickReactions;
import io.lineengage.application.service.webhook.EventReactions;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.Trigger;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.tracking.TrackedLink;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts journeys on what customers do: a follow (an unblock too where the trigger says so), a text matching a
 * keyword rule, a postback's data, a click on a tracked link of a campaign or template; and ends the entries of a user who unfollows. Runs with the webhook events it
 * reacts to, in their transaction, so an event is never processed without its entries (nor entered twice).
 */
public final class JourneyTriggers implements EventReactions, ClickReactions {
    /** A reply token is used only this long after its event: LINE keeps it about a minute; the rest is margin. */
    static final Duration REPLY_WINDOW = Duration.ofSeconds(50);

    private final Journeys journeys;
    private final JourneyEntries entries;
    private final LineIdentityRepository identities;
    private final JourneyReach reach;
    private final JourneySignal signal;
    private final LinkOrigins origins;
    /** Entries this thread's open transaction stored held for this instance: run once it commits. */
    private final ThreadLocal<List<JourneyEntry>> uncommitted = ThreadLocal.withInitial(ArrayList::new);

    public JourneyTriggers(
            Journeys journeys,
            JourneyEntries entries,
            LineIdentityRepository identities,
            JourneyReach reach,
            JourneySignal signal,
            LinkOrigins origins) {
        this.journeys = journeys;
        this.entries = entries;
        this.identities = identities;
        this.reach = reach;
        this.signal = signal;
        this.origins = origins;
    }

    /**
     * A click on a tracked link starts the journeys waiting for its campaign, or for its template (a campaign's or a
     * transactional message's), through an account the customer's LINE user follows (the journey's gateway's account
     * first). Test sends start nothing.
     */
    @Override
    public void clicked(TrackedLink link, Instant at) {
        if (link.source() == TrackedLink.Source.TEST) {
            return;
        }
        Optional<String> campaign =
                link.source() == TrackedLink.Source.CAMPAIGN ? Optional.of(link.sourceId()) : Optional.empty();
        Optional<Optional<String>> template = Optional.empty(); // looked up once, only if a journey asks
        boolean entered = false;
        for (Journey journey : journeys.active(link.orgId(), "click")) {
            if (!(journey.definition().trigger() instanceof Trigger.Click click)) {
                continue;
            }
            if (click.templateId().isPresent() && template.isEmpty()) {
                template = Optional.of(origins.templateOf(link));
            }
            if (!click.startedBy(campaign, template.orElse(Optional.empty()))) {
                continue;
            }
            Optional<Map.Entry<LineAccountId, String>> through = reach.of(link.orgId(), link.customerId());
            if (through.isPresent()) {
                entered |= entries.enter(
                                JourneyEntry.enter(
                                        journey,
                                        link.customerId(),
                                        through.get().getKey(),
                                        through.get().getValue(),
                                        Optional.empty(),
                                        at),
                                journey.definition().rules().againAfter())
                        .isPresent();
            }
        }
        if (entered) {
            signal.entriesDue();
        }
    }

    /** The events of one account, processed together; {@code provider}: the account's provider. */
    @Override
    public void processed(OrgId orgId, LineAccountId accountId, String provider, List<LineEvent> events, Instant now) {
        Map<String, List<Journey>> activeByKind = new HashMap<>();
        Map<String, CustomerId> customers = null;
        List<JourneyEntries.Entrant> entrants = new ArrayList<>();
        for (LineEvent event : events) {
            if (event.envelope().mode() != EventMode.ACTIVE
                    || event.envelope().lineUserId().isEmpty()) {
                continue;
            }
            String user = event.envelope().lineUserId().get();
            if (event instanceof LineEvent.Unfollow) {
                enter(entrants, now); // an entry begun earlier in the batch is left by this unfollow
                for (JourneyEntry inside : entries.activeOf(accountId, user)) {
                    boolean leaves = journeys.version(inside.journeyId(), inside.version())
                            .map(definition -> definition.rules().exitOnUnfollow())
                            .orElse(true);
                    if (leaves) {
                        entries.save(inside.exited("unfollowed", now));
                    }
                }
                continue;
            }
            String kind = kindOf(event);
            if (kind == null) {
                continue;
            }
            List<Journey> candidates = activeByKind.computeIfAbsent(kind, k -> journeys.active(orgId, k));
            for (Journey journey : candidates) {
                if (!triggers(journey.definition().trigger(), event)) {
                    continue;
                }
                if (customers == null) { // the batch's users looked up at once, the first time one is needed
                    customers = identities.customersOf(
                            orgId,
                            provider,
                            events.stream()
                                    .flatMap(each -> each.envelope().lineUserId().stream())
                                    .distinct()
                                    .toList());
                }
                Optional<CustomerId> customer = Optional.ofNullable(customers.get(user));
                if (customer.isEmpty()) {
                    continue; // a user nobody knows yet (a follow makes them a LINE-only profile first)
                }
                Optional<JourneyEntry.ReplyToken> reply = event.envelope()
                        .replyToken()
                        .map(token -> new JourneyEntry.ReplyToken(
                                token, event.envelope().occurredAt().plus(REPLY_WINDOW)));
                entrants.add(new JourneyEntries.Entrant(
                        JourneyEntry.enter(journey, customer.get(), accountId, user, reply, now),
                        journey.definition().rules().againAfter()));
            }
        }
        enter(entrants, now);
    }

    /** Stores the entrants gathered so far, held for this instance, in one round trip. */
    private void enter(List<JourneyEntries.Entrant> entrants, Instant now) {
        uncommitted.get().addAll(entries.enterAll(entrants, Optional.of(now.plus(JourneyRunner.HOLD))));
        entrants.clear();
    }

    /** The entries the events started are stored: this instance runs them now, with no claim to wait for. */
    @Override
    public void committed() {
        List<JourneyEntry> fresh = uncommitted.get();
        if (!fresh.isEmpty()) {
            uncommitted.remove();
            signal.entered(fresh, fresh.get(0).createdAt().plus(JourneyRunner.HOLD));
        }
    }

    @Override
    public void discarded() {
        uncommitted.remove();
    }

    private static String kindOf(LineEvent event) {
        if (event instanceof LineEvent.Follow) {
            return "follow";
        }
        if (event instanceof LineEvent.MessageReceived message && message.text().isPresent()) {
            return "keyword";
        }
        if (event instanceof LineEvent.Postback) {
            return "postback";
        }
        return null;
    }

    static boolean triggers(Trigger trigger, LineEvent event) {
        if (trigger instanceof Trigger.Follow follow && event instanceof LineEvent.Follow followed) {
            return follow.unblocks() || !followed.unblocked();
        }
        if (trigger instanceof Trigger.Keyword keyword && event instanceof LineEvent.MessageReceived message) {
            return message.text().map(keyword::matches).orElse(false);
        }
        if (trigger instanceof Trigger.Postback postback && event instanceof LineEvent.Postback tapped) {
            return postback.data().equals(tapped.data());
        }
        return false;
    }
}
