package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.sandbox.channel.Channel;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The {@code delivery} webhook event LINE sends once a notification message reached its user (webhook.yml,
 * PnpDeliveryCompletionEvent), signed like every other webhook, sent a moment after the push was answered.
 */
final class DeliveryEvents {
    private final ObjectMapper json;
    private final Clock clock;
    private final WebhookSender webhooks;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-delivery-events");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryEvents(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
        this.webhooks = new WebhookSender(json);
    }

    /** Sends the event for {@code data} (the delivery tag, or the phone hash) if the channel has a webhook URL. */
    void deliver(Channel channel, String data) {
        if (channel.webhookUrl() == null) {
            return;
        }
        sender.execute(() -> {
            long now = clock.millis();
            ObjectNode event = json.createObjectNode()
                    .put("type", "delivery")
                    .put("mode", "active")
                    .put("timestamp", now)
                    .put("webhookEventId", WebhookSender.newEventId(now));
            event.putObject("deliveryContext").put("isRedelivery", false);
            event.putObject("delivery").put("data", data);
            ArrayNode events = json.createArrayNode().add(event);
            try {
                webhooks.send(channel, events, false);
            } catch (IOException e) {
                // the webhook receiver is away: LINE does not retry a delivery event either
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
