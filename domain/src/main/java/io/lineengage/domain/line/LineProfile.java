package io.lineengage.domain.line;

import java.util.Objects;
import java.util.Optional;

/** A LINE user's profile as the channel sees it. */
public record LineProfile(
        String userId,
        String displayName,
        Optional<String> pictureUrl,
        Optional<String> language,
        Optional<String> statusMessage) {
    public LineProfile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        pictureUrl = pictureUrl == null ? Optional.empty() : pictureUrl;
        language = language == null ? Optional.empty() : language;
        statusMessage = statusMessage == null ? Optional.empty() : statusMessage;
    }
}
