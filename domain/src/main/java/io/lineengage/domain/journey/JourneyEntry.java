package io.lineengage.domain.journey;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's way through one version of a journey: the step it is at, how many steps it has run ({@code seq},
 * which numbers each step's record, so a step re-run after a crash is recognized), and when it runs next. {@code reply}
 * is the triggering event's reply token while it may still be used.
 */
public record JourneyEntry(
        EntryId id,
        OrgId orgId,
        JourneyId journeyId,
        int version,
        CustomerId customerId,
        LineAccountId accountId,
        String lineUserId,
        int step,
        int seq,
        State state,
        Optional<String> reason,
        Optional<Instant> dueAt,
        Optional<ReplyToken> reply,
        Instant createdAt,
        Instant updatedAt) {
    /** At most this many steps run in one entry: a branch that loops without a wait ends instead of spinning. */
    public static final int MAX_STEPS_RUN = 500;

    public enum State {
        ACTIVE,
        DONE,
        EXITED
    }

    /** A reply token and the moment after which it is no longer used (LINE keeps it about a minute). */
    public record ReplyToken(String token, Instant usableUntil) {
        public ReplyToken {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(usableUntil, "usableUntil");
        }

        public boolean usableAt(Instant now) {
            return now.isBefore(usableUntil);
        }
    }

    public JourneyEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orgId, "orgId");
        Objects.requireNonNull(journeyId, "journeyId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(lineUserId, "lineUserId");
        Objects.requireNonNull(state, "state");
        reason = reason == null ? Optional.empty() : reason;
        dueAt = dueAt == null ? Optional.empty() : dueAt;
        reply = reply == null ? Optional.empty() : reply;
    }

    public static JourneyEntry enter(
            Journey journey,
            CustomerId customerId,
            LineAccountId accountId,
            String lineUserId,
            Optional<ReplyToken> reply,
            Instant now) {
        return new JourneyEntry(
                EntryId.generate(),
                journey.orgId(),
                journey.id(),
                journey.version(),
                customerId,
                accountId,
                lineUserId,
                0,
                0,
                State.ACTIVE,
                Optional.empty(),
                Optional.of(now),
                reply,
                now,
                now);
    }

    /** One step ran; the next is {@code next}, due now. */
    public JourneyEntry ranTo(int next, Instant now) {
        return copy(next, seq + 1, state, reason, Optional.of(now), reply, now);
    }

    /** A wait ran: the next step is due {@code at}, and the reply token is spent (later sends push). */
    public JourneyEntry waitingUntil(int next, Instant at, Instant now) {
        return copy(next, seq + 1, state, reason, Optional.of(at), Optional.empty(), now);
    }

    /** The same step again at {@code at} (LINE was busy, or the journey is paused): its record is found again. */
    public JourneyEntry dueAgainAt(Instant at, Instant now) {
        return copy(step, seq, state, reason, Optional.of(at), reply, now);
    }

    /** The reply token was used (or tried): never again. */
    public JourneyEntry replyUsed() {
        return copy(step, seq, state, reason, dueAt, Optional.empty(), updatedAt);
    }

    public JourneyEntry done(Instant now) {
        return copy(step, seq, State.DONE, Optional.empty(), Optional.empty(), Optional.empty(), now);
    }

    public JourneyEntry exited(String why, Instant now) {
        return copy(step, seq, State.EXITED, Optional.of(why), Optional.empty(), Optional.empty(), now);
    }

    /** This entry with what moves as it goes changed; who and what it is stay. */
    private JourneyEntry copy(
            int toStep,
            int toSeq,
            State toState,
            Optional<String> why,
            Optional<Instant> due,
            Optional<ReplyToken> token,
            Instant now) {
        return new JourneyEntry(
                id,
                orgId,
                journeyId,
                version,
                customerId,
                accountId,
                lineUserId,
                toStep,
                toSeq,
                toState,
                why,
                due,
                token,
                createdAt,
                now);
    }
}
