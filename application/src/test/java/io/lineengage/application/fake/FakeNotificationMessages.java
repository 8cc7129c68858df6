package io.lineengage.application.fake;

import io.lineengage.application.port.out.line.NotificationMessageSender;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.line.LineFailure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;

/**
 * LINE notification messages in memory: numbers made reachable are sent to (and remembered), others answer 422; a
 * scripted failure answers the next calls first (a timeout, a rate limit), sent or not as LINE would have.
 */
public final class FakeNotificationMessages implements NotificationMessageSender {
    /** One call LINE took: the channel, the number and the tag. */
    public record Sent(String channelId, String e164, String deliveryTag) {}

    private final Set<String> reachable = new HashSet<>();
    private final List<Sent> sent = new ArrayList<>();
    private final Queue<Scripted> script = new ArrayDeque<>();

    private record Scripted(LineFailure failure, boolean sentAnyway) {}

    public synchronized void reachable(String e164) {
        reachable.add(e164);
    }

    /** The next call fails with {@code failure}; {@code sentAnyway}: LINE had sent it before the answer was lost. */
    public synchronized void failNext(LineFailure failure, boolean sentAnyway) {
        script.add(new Scripted(failure, sentAnyway));
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized SendOutcome send(ChannelCredentials channel, PhonePush request) {
        Scripted next = script.poll();
        if (next != null) {
            if (next.sentAnyway()) {
                sent.add(new Sent(channel.channelId(), request.e164(), request.deliveryTag()));
            }
            return new SendOutcome.Failed(next.failure());
        }
        if (!reachable.contains(request.e164())) {
            return new SendOutcome.Failed(new LineFailure.NotDeliverable("Failed to send messages"));
        }
        sent.add(new Sent(channel.channelId(), request.e164(), request.deliveryTag()));
        return new SendOutcome.Accepted(UUID.randomUUID().toString(), List.of());
    }
}
