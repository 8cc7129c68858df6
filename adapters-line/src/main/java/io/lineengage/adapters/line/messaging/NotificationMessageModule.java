package io.lineengage.adapters.line.messaging;

import dagger.Module;
import dagger.Provides;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import jakarta.inject.Singleton;

/**
 * LINE notification messages by phone number: only the markets where LINE offers them (Japan, Thailand, Taiwan)
 * bind this module; elsewhere no sender exists and transactional messages go by LINE user ID only.
 */
@Module
public final class NotificationMessageModule {
    private NotificationMessageModule() {}

    @Provides
    @Singleton
    static NotificationMessageSender notificationMessages(LineCalls calls) {
        return new SdkNotificationMessages(calls);
    }
}
