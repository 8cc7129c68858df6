package io.lineengage.application.port.out.line;

import io.lineengage.domain.account.ChannelCredentials;
import java.util.List;

/** A LINE Platform that a test can set up and look into: the sandbox, or the in-memory fake. */
public interface LinePlatformFixture {
    /** A new channel opened by a long-lived access token. */
    ChannelCredentials newChannel();

    /** A new channel with no token given: tokens must be issued from its ID and secret. */
    ChannelCredentials newChannelIssuingTokens();

    List<String> addFollowers(ChannelCredentials channel, int count);

    /** How many messages LINE accepted for the user (each accepted call counts once). */
    int receivedCount(ChannelCredentials channel, String userId);

    void setMonthlyQuota(ChannelCredentials channel, long limit);

    void exhaustQuota(ChannelCredentials channel);

    /** A reply token for the user, as a webhook event of theirs on the channel would carry. */
    String replyToken(ChannelCredentials channel, String userId);

    /** How many replies LINE accepted for the user on the channel. */
    int repliesReceived(ChannelCredentials channel, String userId);

    void revokeCredentials(ChannelCredentials channel);

    /** The next {@code count} calls fail with {@code status} without being processed. */
    void failNextCalls(ChannelCredentials channel, int count, int status);
}
