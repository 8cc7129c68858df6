package io.lineengage.adapters.http.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed authentications per client address in fixed windows. An address that failed {@code allowed} times
 * within a window is refused until the window ends, so that tokens and keys cannot be guessed at the speed of the
 * server; addresses that authenticate correctly are never counted nor slowed.
 */
final class FailedAuthentications {
    /** Beyond this many addresses, windows that have ended are forgotten (an attacker cannot grow it without end). */
    private static final int PRUNE_ABOVE = 10_000;

    private final int allowed;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int failures) {}

    FailedAuthentications(int allowed, Duration window, Clock clock) {
        this.allowed = allowed;
        this.window = window;
        this.clock = clock;
    }

    /** When {@code address} may try again, if it is refused now. */
    Optional<Duration> refusedFor(String address) {
        Window current = windows.get(address);
        Instant now = clock.instant();
        if (current == null
                || current.failures() < allowed
                || !now.isBefore(current.start().plus(window))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    void failed(String address) {
        Instant now = clock.instant();
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(old -> !now.isBefore(old.start().plus(window)));
        }
        windows.merge(
                address,
                new Window(now, 1),
                (old, fresh) ->
                        now.isBefore(old.start().plus(window)) ? new Window(old.start(), old.failures() + 1) : fresh);
    }
}
