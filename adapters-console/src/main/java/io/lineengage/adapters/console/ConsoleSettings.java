package io.lineengage.adapters.console;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * What the console needs from the deployment: where LINE reaches the service (for webhook URLs to copy), and how long
 * a sign-in lasts, idle and at most.
 */
public record ConsoleSettings(URI publicUrl, Duration idleTimeout, Duration maxAge) {
    public ConsoleSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    public static ConsoleSettings of(URI publicUrl) {
        return new ConsoleSettings(publicUrl, Duration.ofHours(2), Duration.ofHours(12));
    }
}
