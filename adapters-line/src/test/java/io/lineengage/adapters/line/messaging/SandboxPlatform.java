package io.lineengage.adapters.line.messaging;

import io.lineengage.application.port.out.line.LinePlatformFixture;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.sandbox.SandboxControl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The LINE sandbox as a {@link LinePlatformFixture}, set up and inspected through its control API. */
final class SandboxPlatform implements LinePlatformFixture {
    private final SandboxControl control;
    private final List<String> channelIds = new ArrayList<>();

    SandboxPlatform(String baseUrl) {
        this.control = new SandboxControl(baseUrl);
    }

    SandboxControl control() {
        return control;
    }

    /** Every channel made here: tests read their request logs. */
    List<String> channelIds() {
        return List.copyOf(channelIds);
    }

    @Override
    public ChannelCredentials newChannel() {
        SandboxControl.ChannelCredentials created = control.createChannel();
        channelIds.add(created.channelId());
        return ChannelCredentials.withToken(created.channelId(), created.channelSecret(), created.accessToken());
    }

    @Override
    public ChannelCredentials newChannelIssuingTokens() {
        SandboxControl.ChannelCredentials created = control.createChannel();
        channelIds.add(created.channelId());
        return ChannelCredentials.issuingTokens(created.channelId(), created.channelSecret());
    }

    @Override
    public List<String> addFollowers(ChannelCredentials channel, int count) {
        return control.addFollowers(channel.channelId(), count);
    }

    @Override
    public int receivedCount(ChannelCredentials channel, String userId) {
        return control.receivedCounts(channel.channelId()).getOrDefault(userId, 0);
    }

    @Override
    public void setMonthlyQuota(ChannelCredentials channel, long limit) {
        control.updateChannel(channel.channelId(), Map.of("monthlyQuota", limit));
    }

    @Override
    public String replyToken(ChannelCredentials channel, String userId) {
        return control.replyToken(channel.channelId(), userId);
    }

    @Override
    public int repliesReceived(ChannelCredentials channel, String userId) {
        int replies = 0;
        for (var item : control.received(channel.channelId(), userId)) {
            replies += item.path("endpoint").asText().equals("reply") ? 1 : 0;
        }
        return replies;
    }

    @Override
    public void exhaustQuota(ChannelCredentials channel) {
        control.injectFaults(channel.channelId(), Map.of("exhaustQuota", true));
    }

    @Override
    public void revokeCredentials(ChannelCredentials channel) {
        control.injectFaults(channel.channelId(), Map.of("revokeToken", true));
    }

    @Override
    public void failNextCalls(ChannelCredentials channel, int count, int status) {
        control.injectFaults(channel.channelId(), Map.of("failNext", count, "failStatus", status));
    }
}
