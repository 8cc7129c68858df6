package io.lineengage.bootstrap.demo;

import io.lineengage.sandbox.SandboxControl;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A slow stream of signed webhooks, about one a second, so that the demo is alive: follows, unfollows, messages. */
public final class LiveEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);
    private static final String[] TEXTS = {
        "Hello!",
        "What time do you open today?",
        "営業時間は？",
        "Is the spring sale still on?",
        "coupon",
        "Thank you",
        "ポイントを確認したい",
        "Where is the Osaka store?"
    };

    private final SandboxControl sandbox;
    private final DemoState state;
    private final List<DemoBrand.Member> members = DemoBrand.members();
    private final SplittableRandom random = new SplittableRandom();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "demo-live-events");
        thread.setDaemon(true);
        return thread;
    });

    public LiveEvents(SandboxControl sandbox, DemoState state) {
        this.sandbox = sandbox;
        this.state = state;
    }

    public LiveEvents start() {
        timer.scheduleWithFixedDelay(this::oneEvent, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    private void oneEvent() {
        try {
            DemoBrand.Member member = members.get(random.nextInt(members.size()));
            DemoState.Channel channel = state.channels().get(random.nextInt(10) < 7 ? 0 : 1);
            int kind = random.nextInt(10);
            Map<String, Object> event;
            if (kind < 6) {
                event = Map.of(
                        "type", "message", "userId", member.lineUserId(), "text", TEXTS[random.nextInt(TEXTS.length)]);
            } else if (kind < 8) {
                event = Map.of("type", "follow", "userId", member.lineUserId());
            } else if (kind < 9) {
                event = Map.of("type", "unfollow", "userId", member.lineUserId());
            } else {
                event = Map.of("type", "postback", "userId", member.lineUserId(), "data", "remind=spring");
            }
            sandbox.webhook(channel.channelId(), event);
        } catch (RuntimeException e) {
            // The stream is decoration: a failed event is skipped, the next one comes a second later.
            LOG.debug("a demo webhook was not sent", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
