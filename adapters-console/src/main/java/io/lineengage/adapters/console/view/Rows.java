package io.lineengage.adapters.console.view;

import java.util.List;

/** The small rows the pages list; each is what one table line shows, already in words. */
public final class Rows {
    private Rows() {}

    public record Account(
            String id,
            String name,
            String provider,
            String channelId,
            String status,
            long followers,
            String webhookUrl,
            boolean notificationMessages) {}

    public record CampaignLine(
            String id,
            String name,
            String status,
            String priority,
            long sent,
            long failed,
            long skipped,
            long queued,
            String when) {}

    public record GatewayBar(
            String id, String account, int weight, int percent, String window, boolean isDefault, boolean activeNow) {}

    public record GatewayClass(String priority, List<GatewayBar> gateways) {}

    public record Event(String when, String account, String type, String user, String content) {}

    public record Choice(String value, String label, boolean selected) {}

    public record TimelineLine(String when, String kind, String account, String text) {}
}
