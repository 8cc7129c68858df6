package io.lineengage.application.port.out.line;

import io.lineengage.domain.account.ChannelCredentials;

/** A LINE platform that takes notification messages, as the contract test sets it up and reads it. */
public interface NotificationPlatformFixture {
    ChannelCredentials newChannel();

    /** A LINE user with this number (E.164) agreed to notification messages. */
    void reachable(ChannelCredentials channel, String e164);

    /** Notification messages the channel accepted for this number. */
    int receivedByPhone(ChannelCredentials channel, String e164);
}
