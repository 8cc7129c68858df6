package io.lineengage.application.service.tracking;

import io.lineengage.application.port.in.tracking.FollowTrackedLinkUseCase;
import io.lineengage.application.port.out.tracking.TrackedLinks;
import io.lineengage.domain.tracking.TrackedLink;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Records a click on a known token and answers the URL its link was sent for; nothing else ever redirects. */
public final class LinkFollowing implements FollowTrackedLinkUseCase {
    private final TrackedLinks links;
    private final ClickReactions reactions;
    private final Clock clock;

    public LinkFollowing(TrackedLinks links, ClickReactions reactions, Clock clock) {
        this.links = links;
        this.reactions = reactions;
        this.clock = clock;
    }

    @Override
    public Optional<String> follow(String token) {
        if (token == null || token.length() != ClickTracker.TOKEN_LENGTH) {
            return Optional.empty(); // not a token we make: no need to look
        }
        Optional<TrackedLink> link = links.find(token);
        link.ifPresent(found -> {
            Instant now = clock.instant();
            links.clicked(found, now);
            reactions.clicked(found, now);
        });
        return link.map(TrackedLink::url);
    }
}
