package io.lineengage.adapters.http.interaction;

import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.interaction.TimelineEntry;
import io.lineengage.domain.interaction.TimelineType;
import io.lineengage.domain.tracking.TrackedLink;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A timeline entry as the API shows it. Every entry has {@code type} (its lower-case code), {@code kind} (the same,
 * upper case, as the lookup's interactions always had), {@code occurredAt}, {@code lineAccountId}, {@code lineUserId}
 * and {@code content} (the text, postback data or link result; a sent message's excerpt); the rest by kind.
 */
public final class TimelineJson {
    private TimelineJson() {}

    public static Map<String, Object> item(TimelineEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", entry.type().code());
        item.put("kind", entry.type().name());
        item.put("occurredAt", entry.at().toString());
        item.put("lineAccountId", entry.accountId().map(LineAccountId::value).orElse(null));
        if (entry instanceof TimelineEntry.MessageSent sent) {
            item.put("lineUserId", sent.lineUserId().orElse(null));
            item.put("content", sent.excerpt().orElse(null));
            item.put(sent.type() == TimelineType.TRANSACTIONAL_MESSAGE ? "deliveryId" : "campaignId", sent.sourceId());
            item.put("status", sent.status());
            item.put("reason", sent.reason().orElse(null));
            item.put("gatewayId", sent.gatewayId().map(GatewayId::value).orElse(null));
            item.put("lineRequestId", sent.lineRequestId().orElse(null));
        } else if (entry instanceof TimelineEntry.EventReceived event) {
            item.put("lineUserId", event.lineUserId());
            item.put("content", event.content().orElse(null));
        } else if (entry instanceof TimelineEntry.JourneyStepRan step) {
            item.put("journeyId", step.journeyId());
            item.put("content", step.what());
            item.put("status", step.status());
            item.put("reason", step.reason().orElse(null));
        } else if (entry instanceof TimelineEntry.Clicked click) {
            item.put("lineUserId", null);
            item.put("content", click.url());
            item.put(
                    click.source() == TrackedLink.Source.TRANSACTIONAL ? "deliveryId" : "campaignId", click.sourceId());
            item.put("source", click.source().name());
        } else if (entry instanceof TimelineEntry.ConsentChanged consent) {
            item.put("lineUserId", consent.lineUserId().orElse(null));
            item.put(
                    "content",
                    consent.category() + (consent.optedIn() ? " opted in" : " opted out") + " (" + consent.source()
                            + ")");
            item.put("category", consent.category().name());
            item.put("optedIn", consent.optedIn());
            item.put("source", consent.source());
        }
        return item;
    }
}
