package io.lineengage.adapters.line.messaging;

import io.lineengage.application.port.out.line.AbstractNotificationMessageSenderTest;
import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.line.NotificationPlatformFixture;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.sandbox.LineSandbox;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The notification-message port met by the SDK adapter against the LINE sandbox: the sandbox hashes the numbers it
 * is given itself, so a wrong hash or form from the adapter finds nobody; its traffic must follow LINE's spec.
 */
class SdkNotificationMessagesContractTest extends AbstractNotificationMessageSenderTest {
    private static LineSandbox sandbox;
    private static SandboxPlatform platform;
    private static NotificationMessageSender sender;

    @BeforeAll
    static void start() {
        sandbox = LineSandbox.start(0);
        platform = new SandboxPlatform(sandbox.baseUrl());
        sender = NotificationMessageModule.notificationMessages(LineMessagingModule.lineCalls(
                LineSettings.at(URI.create(sandbox.baseUrl()), URI.create(sandbox.baseUrl())), Clock.systemUTC()));
    }

    @AfterAll
    static void checkTrafficAndStop() {
        try {
            LineSpec.loadOrSkip().assertConforms(platform.control(), platform.channelIds());
        } finally {
            sandbox.close();
        }
    }

    @Override
    protected NotificationPlatformFixture fixture() {
        return new NotificationPlatformFixture() {
            @Override
            public ChannelCredentials newChannel() {
                return platform.newChannel();
            }

            @Override
            public void reachable(ChannelCredentials channel, String e164) {
                platform.control().registerNotificationPhones(channel.channelId(), List.of(e164));
            }

            @Override
            public int receivedByPhone(ChannelCredentials channel, String e164) {
                // The sandbox counts by hash: SHA-256 of the E.164 text, lower-case hex, as LINE's docs define it.
                return platform.control()
                        .notificationMessageCounts(channel.channelId())
                        .getOrDefault(sha256(e164), 0);
            }
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected NotificationMessageSender sender() {
        return sender;
    }
}
