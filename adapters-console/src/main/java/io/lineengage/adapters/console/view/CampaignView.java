package io.lineengage.adapters.console.view;

import java.util.List;

/** A campaign's page: what it sends to whom, and how far it got, per gateway against the weights. */
public record CampaignView(
        String id,
        String name,
        String status,
        String priority,
        String template,
        String audience,
        String schedule,
        String quietHours,
        String frequencyCap,
        long queued,
        boolean freezing,
        long sent,
        long failed,
        List<Skip> skipped,
        List<Split> split,
        List<String> failovers,
        List<String> notices,
        boolean canLaunch,
        boolean canPause,
        boolean canResume,
        boolean canCancel,
        boolean live) {
    public record Skip(String reason, long count) {}

    /** One gateway's share: sent through it, its share of what was sent, and its weight's share. */
    public record Split(String gateway, String account, long sent, int sentPercent, int weightPercent) {}

    public long done() {
        return sent + failed + skipped.stream().mapToLong(Skip::count).sum();
    }

    public int donePercent() {
        long all = done() + queued;
        return all == 0 ? 0 : (int) (done() * 100 / all);
    }
}
