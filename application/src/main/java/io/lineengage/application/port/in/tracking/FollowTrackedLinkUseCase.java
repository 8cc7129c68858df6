package io.lineengage.application.port.in.tracking;

import java.util.Optional;

/** Someone opened a tracked link: the click is recorded and they go on to the URL it stands for. */
public interface FollowTrackedLinkUseCase {
    /** The URL to redirect to; empty for a token no link was sent with. */
    Optional<String> follow(String token);
}
