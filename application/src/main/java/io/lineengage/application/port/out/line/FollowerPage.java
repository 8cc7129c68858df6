package io.lineengage.application.port.out.line;

import java.util.List;
import java.util.Optional;

/** One page of a channel's follower IDs; {@code next} continues it. */
public record FollowerPage(List<String> userIds, Optional<String> next) {
    public FollowerPage {
        userIds = List.copyOf(userIds);
        next = next == null ? Optional.empty() : next;
    }
}
