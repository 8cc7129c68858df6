package io.lineengage.application.service.tracking;

import io.lineengage.domain.tracking.TrackedLink;
import java.time.Instant;

/** What else happens when a customer clicks a tracked link (a journey starts). */
@FunctionalInterface
public interface ClickReactions {
    ClickReactions NONE = (link, at) -> {};

    void clicked(TrackedLink link, Instant at);
}
