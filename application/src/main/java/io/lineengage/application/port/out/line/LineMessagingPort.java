package io.lineengage.application.port.out.line;

import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.BotInfo;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.line.MessageQuota;
import io.lineengage.domain.message.LineMessage;
import java.time.LocalDate;
import java.util.List;

/**
 * The LINE Messaging API as the product needs it. Every answer is a value ({@link SendOutcome}, {@link LineResult});
 * nothing LINE says comes back as an exception. Calls block until LINE answers or the adapter's timeout passes.
 */
public interface LineMessagingPort {
    /** Sends one push under the request's retry key. */
    SendOutcome push(ChannelCredentials channel, PushRequest request);

    /**
     * Replies with the token a webhook event carried. LINE takes no retry key here: a token answers once, and a spent
     * or expired one is {@link io.lineengage.domain.line.LineFailure.InvalidReplyToken}. Replies cost no quota.
     */
    SendOutcome reply(ChannelCredentials channel, ReplyRequest request);

    /** Sends one multicast (up to 500 users) under the request's retry key. */
    SendOutcome multicast(ChannelCredentials channel, MulticastRequest request);

    /** The user's profile; {@code NotFound} when they do not follow the channel. */
    LineResult<LineProfile> profile(ChannelCredentials channel, String userId);

    /** A page of follower IDs: from the start when {@code start} is null, else continuing a page's {@code next}. */
    LineResult<FollowerPage> followerIds(ChannelCredentials channel, String start, int limit);

    LineResult<MessageQuota> quota(ChannelCredentials channel);

    LineResult<BotInfo> botInfo(ChannelCredentials channel);

    /** Asks LINE whether these messages could be sent by {@code kind} ("push", "multicast", ...), without sending. */
    LineResult<Validated> validate(ChannelCredentials channel, SendKind kind, List<LineMessage> messages);

    /** How many users follow the account, by LINE's insight (yesterday's figure at LINE; the current one in the sandbox). */
    LineResult<Long> followerCount(ChannelCredentials channel);

    /** LINE's statistics of what was sent under {@code unit} between the two dates (LINE's days, UTC+9). */
    LineResult<UnitStatistics> statisticsPerUnit(ChannelCredentials channel, String unit, LocalDate from, LocalDate to);

    /** LINE found nothing wrong. */
    record Validated() {}

    /** The ways of sending that LINE can validate messages for. */
    enum SendKind {
        PUSH,
        MULTICAST,
        BROADCAST,
        NARROWCAST,
        REPLY
    }
}
