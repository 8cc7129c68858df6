package io.lineengage.application.service.transactional;

import io.lineengage.domain.transactional.TransactionalMessage;
import java.time.Duration;
import java.time.Instant;

/**
 * How long transactional sends wait. A request waits at most {@code answerWithin} for LINE (tries spaced from
 * {@code firstPause}, doubling, at most {@code triesInRequest}, none started after {@code answerWithin}) before
 * answering QUEUED; a sender holds a message {@code hold} (longer than {@code answerWithin} plus any one LINE call) so
 * nobody else sends it meanwhile; a second request with the same key waits at most {@code replayWait} for the first
 * to settle.
 */
public record Patience(
        Duration answerWithin, Duration firstPause, int triesInRequest, Duration hold, Duration replayWait) {
    public static final Patience DEFAULT = new Patience(
            Duration.ofSeconds(3), Duration.ofMillis(200), 4, Duration.ofSeconds(60), Duration.ofSeconds(10));

    public Patience {
        if (triesInRequest < 1) {
            throw new IllegalArgumentException("a request tries LINE at least once");
        }
    }

    /** {@code message}, not sent by this try, left for the background's next try after {@link #backgroundPause}. */
    TransactionalMessage later(TransactionalMessage message, String why, Instant now) {
        return message.retryAt(now.plus(backgroundPause(message.attempts() + 1)), why, now);
    }

    /**
     * The pause before the background's next try after {@code attempts} tries: 2 seconds after the request's own
     * tries, doubling with each try after them, at most 5 minutes.
     */
    private Duration backgroundPause(int attempts) {
        int beyondRequest = Math.max(0, Math.min(attempts - triesInRequest, 8));
        return Duration.ofSeconds(Math.min(300, 2L << beyondRequest));
    }
}
