package io.lineengage.domain.account;

import java.util.Objects;
import java.util.Optional;

/**
 * What opens a LINE channel's Messaging API: its ID and secret, and a long-lived access token when the brand gave
 * one. Without it, short-lived tokens are issued from the ID and secret. Secrets never appear in {@link #toString()}.
 */
public record ChannelCredentials(String channelId, String channelSecret, Optional<String> longLivedToken) {
    public ChannelCredentials {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(channelSecret, "channelSecret");
        longLivedToken = longLivedToken == null ? Optional.empty() : longLivedToken.filter(token -> !token.isBlank());
    }

    public static ChannelCredentials withToken(String channelId, String channelSecret, String accessToken) {
        return new ChannelCredentials(channelId, channelSecret, Optional.of(accessToken));
    }

    public static ChannelCredentials issuingTokens(String channelId, String channelSecret) {
        return new ChannelCredentials(channelId, channelSecret, Optional.empty());
    }

    @Override
    public String toString() {
        return "ChannelCredentials[channelId=" + channelId + ", "
                + (longLivedToken.isPresent() ? "long-lived token" : "issued tokens") + ", secrets hidden]";
    }
}
