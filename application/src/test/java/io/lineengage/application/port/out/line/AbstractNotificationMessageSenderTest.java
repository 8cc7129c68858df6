package io.lineengage.application.port.out.line;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.message.LineMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract of {@link NotificationMessageSender}. */
public abstract class AbstractNotificationMessageSenderTest {
    protected abstract NotificationPlatformFixture fixture();

    protected abstract NotificationMessageSender sender();

    private static NotificationMessageSender.PhonePush to(String e164) {
        return new NotificationMessageSender.PhonePush(
                e164,
                List.of(new LineMessage.Text("Your order has shipped")),
                false,
                "msg_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void aReachableNumberGetsTheMessageOnce() {
        ChannelCredentials channel = fixture().newChannel();
        fixture().reachable(channel, "+819012345678");

        SendOutcome outcome = sender().send(channel, to("+819012345678"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        SendOutcome.Accepted.class,
                        accepted -> assertThat(accepted.requestId()).isNotBlank());
        assertThat(fixture().receivedByPhone(channel, "+819012345678")).isEqualTo(1);
        assertThat(fixture().receivedByPhone(channel, "+66812345678")).isZero();
    }

    @Test
    void aNumberNobodyAgreedWithIsNotDeliverable() {
        ChannelCredentials channel = fixture().newChannel();
        fixture().reachable(channel, "+819012345678");

        SendOutcome outcome = sender().send(channel, to("+886912345678"));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class, failed -> {
            assertThat(failed.failure()).isInstanceOf(LineFailure.NotDeliverable.class);
            assertThat(failed.failure().retryable()).isFalse();
            assertThat(failed.failure().mayHaveBeenSent()).isFalse();
        });
        assertThat(fixture().receivedByPhone(channel, "+886912345678")).isZero();
    }
}
