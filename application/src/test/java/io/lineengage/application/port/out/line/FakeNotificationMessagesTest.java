package io.lineengage.application.port.out.line;

import io.lineengage.application.fake.FakeNotificationMessages;
import io.lineengage.domain.account.ChannelCredentials;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

class FakeNotificationMessagesTest extends AbstractNotificationMessageSenderTest {
    private final Map<String, FakeNotificationMessages> byChannel = new HashMap<>();
    private final FakeNotificationMessages fake = new FakeNotificationMessages();

    @Override
    protected NotificationPlatformFixture fixture() {
        return new NotificationPlatformFixture() {
            @Override
            public ChannelCredentials newChannel() {
                return ChannelCredentials.withToken(
                        Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L)), "s", "t");
            }

            @Override
            public void reachable(ChannelCredentials channel, String e164) {
                fake.reachable(e164);
            }

            @Override
            public int receivedByPhone(ChannelCredentials channel, String e164) {
                return (int) fake.sent().stream()
                        .filter(sent -> sent.channelId().equals(channel.channelId())
                                && sent.e164().equals(e164))
                        .count();
            }
        };
    }

    @Override
    protected NotificationMessageSender sender() {
        return fake;
    }
}
