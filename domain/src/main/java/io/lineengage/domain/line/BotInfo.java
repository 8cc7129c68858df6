package io.lineengage.domain.line;

import java.util.Optional;

/** The LINE Official Account behind a channel. */
public record BotInfo(String userId, String basicId, String displayName, Optional<String> pictureUrl) {
    public BotInfo {
        pictureUrl = pictureUrl == null ? Optional.empty() : pictureUrl;
    }
}
