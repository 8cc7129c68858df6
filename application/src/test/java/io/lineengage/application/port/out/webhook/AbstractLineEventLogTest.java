package io.lineengage.application.port.out.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.webhook.EventEnvelope;
import io.lineengage.domain.webhook.EventMode;
import io.lineengage.domain.webhook.LineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link LineEventLog}. */
public abstract class AbstractLineEventLogTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract LineEventLog log();

    protected abstract UnitOfWork unitOfWork();

    private LineEventLog log;
    private OrgId org;
    private LineAccountId account;

    @BeforeEach
    void accountToReceiveEvents() {
        log = log();
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
        drain();
    }

    private void drain() {
        unitOfWork()
                .run(() -> log.markProcessed(
                        log.claimPending(10_000).stream()
                                .map(p -> new LineEventLog.Processed(
                                        p.accountId(), p.event().envelope().webhookEventId(), "drained"))
                                .toList(),
                        T0));
    }

    static EventEnvelope envelope(String type, Optional<String> userId, long millis) {
        return new EventEnvelope(
                UUID.randomUUID().toString(),
                type,
                EventMode.ACTIVE,
                T0.plusMillis(millis),
                userId,
                false,
                "{\"type\":\"" + type + "\"}");
    }

    private static EventEnvelope withReplyToken(EventEnvelope envelope, String token) {
        return new EventEnvelope(
                envelope.webhookEventId(),
                envelope.type(),
                envelope.mode(),
                envelope.occurredAt(),
                envelope.lineUserId(),
                envelope.redelivery(),
                envelope.rawJson(),
                Optional.of(token));
    }

    @Test
    void eachEventIsStoredOnceHoweverOftenItArrives() {
        LineEvent follow = new LineEvent.Follow(envelope("follow", Optional.of(StorageFixtures.userId()), 1), false);
        LineEvent unfollow = new LineEvent.Unfollow(envelope("unfollow", Optional.of(StorageFixtures.userId()), 2));
        assertThat(log.storeNew(org, account, List.of(follow), T0)).containsExactly(follow);
        assertThat(log.storeNew(org, account, List.of(follow), T0)).isEmpty();
        assertThat(log.storeNew(org, account, List.of(follow, unfollow), T0)).containsExactly(unfollow);
        assertThat(log.pendingCount()).isEqualTo(2);
    }

    @Test
    void concurrentDeliveriesOfOneEventStoreItOnce() throws Exception {
        LineEvent follow = new LineEvent.Follow(envelope("follow", Optional.of(StorageFixtures.userId()), 1), false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<LineEvent>>> deliveries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                deliveries.add(pool.submit(() -> log.storeNew(org, account, List.of(follow), T0)));
            }
            int stored = 0;
            for (Future<List<LineEvent>> delivery : deliveries) {
                stored += delivery.get().size();
            }
            assertThat(stored).isEqualTo(1);
            assertThat(log.pendingCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyEventTypeComesBackAsStored() {
        String user = StorageFixtures.userId();
        List<LineEvent> all = List.of(
                new LineEvent.Follow(withReplyToken(envelope("follow", Optional.of(user), 1), "token-follow-1"), true),
                new LineEvent.Unfollow(envelope("unfollow", Optional.of(user), 2)),
                new LineEvent.MessageReceived(
                        withReplyToken(envelope("message", Optional.of(user), 3), "token-message-3"),
                        "text",
                        Optional.of("こんにちは")),
                new LineEvent.MessageReceived(envelope("message", Optional.of(user), 4), "sticker", Optional.empty()),
                new LineEvent.Postback(envelope("postback", Optional.of(user), 5), "action=buy&item=1"),
                new LineEvent.AccountLinked(envelope("accountLink", Optional.of(user), 6), "ok", "nonce-1"),
                new LineEvent.NotificationDelivered(
                        envelope("delivery", Optional.empty(), 7), "msg_0123456789abcdef0123456789abcdef"),
                new LineEvent.Other(new EventEnvelope(
                        UUID.randomUUID().toString(),
                        "join",
                        EventMode.STANDBY,
                        T0.plusMillis(7),
                        Optional.empty(),
                        true,
                        "{\"type\":\"join\"}")));
        log.storeNew(org, account, all, T0);
        List<PendingEvent> pending = unitOfWork().inTransaction(() -> log.claimPending(100));
        assertThat(pending).extracting(PendingEvent::event).containsExactlyElementsOf(all);
        assertThat(pending).allSatisfy(p -> {
            assertThat(p.orgId()).isEqualTo(org);
            assertThat(p.accountId()).isEqualTo(account);
        });
    }

    @Test
    void theLatestEventsOfAnOrgComeNewestFirst() {
        List<LineEvent> arrived = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LineEvent event = new LineEvent.Unfollow(envelope("unfollow", Optional.of(StorageFixtures.userId()), i));
            log.storeNew(org, account, List.of(event), T0.plusSeconds(i));
            arrived.add(event);
        }
        OrgId other = StorageFixtures.org(orgRepository());
        log.storeNew(
                other,
                account,
                List.of(new LineEvent.Unfollow(envelope("unfollow", Optional.of(StorageFixtures.userId()), 9))),
                T0);

        List<LineEventLog.Received> latest = log.recent(org, 3);

        assertThat(latest)
                .extracting(received -> received.event().event())
                .containsExactly(arrived.get(4), arrived.get(3), arrived.get(2));
        assertThat(latest.get(0).receivedAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(latest)
                .allSatisfy(received -> assertThat(received.event().orgId()).isEqualTo(org));
    }

    @Test
    void pendingEventsComeOldestFirstUntilProcessed() {
        LineEvent first = new LineEvent.Unfollow(envelope("unfollow", Optional.of(StorageFixtures.userId()), 50));
        LineEvent second = new LineEvent.Unfollow(envelope("unfollow", Optional.of(StorageFixtures.userId()), 10));
        log.storeNew(org, account, List.of(first), T0);
        log.storeNew(org, account, List.of(second), T0.plusSeconds(1));

        List<PendingEvent> claimed = unitOfWork().inTransaction(() -> log.claimPending(1));
        assertThat(claimed).extracting(PendingEvent::event).containsExactly(first);
        unitOfWork()
                .run(() -> log.markProcessed(
                        List.of(new LineEventLog.Processed(
                                account, first.envelope().webhookEventId(), "done")),
                        T0));

        assertThat(log.pendingCount()).isEqualTo(1);
        assertThat(unitOfWork().inTransaction(() -> log.claimPending(10)))
                .extracting(PendingEvent::event)
                .containsExactly(second);
    }
}
