package io.lineengage.application.service.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.InMemoryJourneyEntries;
import io.lineengage.application.fake.InMemoryJourneySteps;
import io.lineengage.application.fake.InMemoryJourneys;
import io.lineengage.application.fake.Shop;
import io.lineengage.application.port.out.journey.JourneySteps.StepRecord;
import io.lineengage.application.port.out.line.LineMessagingPort;
import io.lineengage.application.port.out.line.SendOutcome;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.journey.Journey;
import io.lineengage.domain.journey.JourneyEntry;
import io.lineengage.domain.journey.JourneyReader;
import io.lineengage.domain.journey.JourneyStatus;
import io.lineengage.domain.line.LineFailure;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** On fakes: a journey's steps in order, replies first, pushes under kept retry keys, and never a send twice. */
class JourneyRunnerTest {
    private final Shop shop = new Shop();
    private final Shop.Channel tokyo = shop.channel(100, PriorityClass.TRANSACTIONAL);
    private final InMemoryJourneys journeys = new InMemoryJourneys();
    private final InMemoryJourneyEntries entries = new InMemoryJourneyEntries();
    private final InMemoryJourneySteps steps = new InMemoryJourneySteps();
    /** Replies scripted ahead of LINE: each answers one reply call with a failure (LINE got it anyway when true). */
    private final Deque<Map.Entry<LineFailure, Boolean>> replyScript = new ArrayDeque<>();

    private final AtomicInteger pushes = new AtomicInteger();
    private final LineMessagingPort line = (LineMessagingPort) Proxy.newProxyInstance(
            LineMessagingPort.class.getClassLoader(),
            new Class<?>[] {LineMessagingPort.class},
            (proxy, method, args) -> {
                if (method.getName().equals("reply") && !replyScript.isEmpty()) {
                    Map.Entry<LineFailure, Boolean> next = replyScript.poll();
                    if (next.getValue()) {
                        method.invoke(shop.line, args);
                    }
                    return new SendOutcome.Failed(next.getKey());
                }
                if (method.getName().equals("push")) {
                    pushes.incrementAndGet();
                }
                try {
                    return method.invoke(shop.line, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });

    private final JourneyRunner runner = runnerTalkingTo(line);

    /** A runner on this test's stores and clock whose sends go to {@code line}. */
    private JourneyRunner runnerTalkingTo(LineMessagingPort line) {
        return new JourneyRunner(
                journeys,
                entries,
                steps,
                new JourneySender(steps, shop.templates, shop.accounts, shop.gateways, shop.pace, line, shop.clock),
                new JourneyConditions(
                        shop.subscriptions, shop.consents, shop.audienceQuery, shop.catalogues, shop.orgs, shop.clock),
                new CustomerSteps(shop.customers, shop.customers, shop.clock),
                shop.customers,
                shop.clock);
    }

    private Journey active(String definition) {
        Journey journey = Journey.draft(
                        shop.org, "Test", JourneyReader.read(TinyJson.read(definition), ""), shop.clock.instant())
                .moved(JourneyStatus.ACTIVE, shop.clock.instant());
        journeys.insert(journey);
        return journey;
    }

    private String sendOnce() {
        return "{\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                + shop.template.id().value() + "\"}]}";
    }

    private JourneyEntry enter(Journey journey, Customer customer, boolean withToken) {
        String user = shop.lineUserOf(customer);
        Optional<JourneyEntry.ReplyToken> token = withToken
                ? Optional.of(new JourneyEntry.ReplyToken(
                        shop.line.replyToken(tokyo.credentials(), user),
                        shop.clock.instant().plusSeconds(50)))
                : Optional.empty();
        return entries.enter(
                        JourneyEntry.enter(
                                journey, customer.id(), tokyo.account().id(), user, token, shop.clock.instant()),
                        Optional.empty())
                .orElseThrow();
    }

    private List<String> outcomes() {
        return steps.all().stream()
                .map(record -> record.step() + ":" + record.status()
                        + record.via().map(via -> "/" + via).orElse(""))
                .toList();
    }

    @Test
    void theFirstSendRepliesAndAfterAWaitTheNextOnePushes() {
        String template = shop.template.id().value();
        Journey journey = active("{\"trigger\":{\"type\":\"follow\"},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                + template + "\"},{\"type\":\"wait\",\"duration\":\"PT1H\"},{\"type\":\"send\",\"templateId\":\""
                + template + "\"}]}");
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, true);

        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(customer)))
                .isEqualTo(1);
        assertThat(runner.runDue()).as("waiting").isZero();

        shop.clock.advance(Duration.ofHours(1));
        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(pushes).hasValue(1);
        assertThat(outcomes()).containsExactly("0:SENT/REPLY", "1:DONE", "2:SENT/PUSH");
        assertThat(entries.all())
                .singleElement()
                .satisfies(entry -> assertThat(entry.state()).isEqualTo(JourneyEntry.State.DONE));
    }

    @Test
    void entriesJustEnteredRunWithoutAClaimWhileTheirHoldIsYoungAndAreLeftToClaimsAfter() {
        Journey journey = active(sendOnce());
        Customer first = shop.follower(tokyo);
        Customer second = shop.follower(tokyo);
        Instant heldUntil = shop.clock.instant().plus(JourneyRunner.HOLD);
        JourneyEntry fresh = enterHeld(journey, first, heldUntil);

        assertThat(runner.runHeld(List.of(fresh), heldUntil)).isEqualTo(1);
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(first)))
                .isEqualTo(1);
        assertThat(runner.runDue()).as("done: nothing left to claim").isZero();

        JourneyEntry late = enterHeld(journey, second, heldUntil);
        shop.clock.advance(JourneyRunner.HOLD.dividedBy(2).plusSeconds(1));
        assertThat(runner.runHeld(List.of(late), heldUntil))
                .as("its hold ends soon: a claim might take it while it runs")
                .isZero();
        assertThat(runner.runDue()).as("still held").isZero();
        shop.clock.advance(JourneyRunner.HOLD);
        assertThat(runner.runDue()).isEqualTo(1);
        assertThat(outcomes()).containsExactly("0:SENT/REPLY", "0:SENT/PUSH");
    }

    private JourneyEntry enterHeld(Journey journey, Customer customer, Instant heldUntil) {
        String user = shop.lineUserOf(customer);
        return entries.enter(
                        JourneyEntry.enter(
                                journey,
                                customer.id(),
                                tokyo.account().id(),
                                user,
                                Optional.of(new JourneyEntry.ReplyToken(
                                        shop.line.replyToken(tokyo.credentials(), user),
                                        shop.clock.instant().plusSeconds(50))),
                                shop.clock.instant()),
                        Optional.empty(),
                        Optional.of(heldUntil))
                .orElseThrow();
    }

    @Test
    void aReplyWhoseAnswerWasLostIsTriedOnceAndThenCountsAsProbablySentNeverPushed() {
        Journey journey = active(sendOnce());
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, true);
        replyScript.add(Map.entry(new LineFailure.Timeout(), true)); // LINE got it; its answer was lost

        runner.runDue();

        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(customer)))
                .isEqualTo(1);
        assertThat(pushes)
                .as("never pushed on top of a reply that may have gone")
                .hasValue(0);
        assertThat(steps.all()).singleElement().satisfies(record -> {
            assertThat(record.status()).isEqualTo(StepRecord.PROBABLY_SENT);
            assertThat(record.reason())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("not pushed"));
        });
    }

    @Test
    void aTokenNoLongerGoodPushesInstead() {
        Journey journey = active(sendOnce());
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, true);
        shop.clock.advance(Duration.ofMinutes(2));

        runner.runDue();

        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(customer)))
                .isZero();
        assertThat(outcomes()).containsExactly("0:SENT/PUSH");
    }

    @Test
    void aReplyUnderWayWhenItsSenderStoppedIsNotPushedOnTop() {
        Journey journey = active(sendOnce());
        Customer customer = shop.follower(tokyo);
        JourneyEntry entry = enter(journey, customer, true);
        // the stopped sender had written its record and its reply spent the token
        steps.save(new StepRecord(
                entry.id(),
                0,
                shop.org,
                journey.id(),
                customer.id(),
                0,
                "send",
                Optional.of(StepRecord.REPLY),
                Optional.empty(),
                StepRecord.PENDING,
                Optional.empty(),
                Optional.empty(),
                shop.clock.instant()));
        replyScript.add(Map.entry(new LineFailure.InvalidReplyToken(), false));

        runner.runDue();

        assertThat(pushes).hasValue(0);
        assertThat(outcomes()).containsExactly("0:PROBABLY_SENT/REPLY");
    }

    @Test
    void aRoundWritesItsRepliesRecordsBeforeItsFirstCallSoAStopMidRoundPushesNoneOnTop() {
        Journey journey = active(sendOnce());
        Customer first = shop.follower(tokyo);
        Customer second = shop.follower(tokyo);
        enter(journey, first, true);
        enter(journey, second, true);
        // The instance stops at its first call: nothing went out, but both records say "reply".
        replyScript.add(Map.entry(new LineFailure.Timeout(), false));
        JourneyRunner stopping = runnerTalkingTo((LineMessagingPort) Proxy.newProxyInstance(
                LineMessagingPort.class.getClassLoader(),
                new Class<?>[] {LineMessagingPort.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("stopped");
                }));
        replyScript.clear();

        try {
            stopping.runDue();
        } catch (IllegalStateException expected) {
            // the stop
        }
        assertThat(outcomes()).containsExactly("0:PENDING/REPLY", "0:PENDING/REPLY");

        shop.clock.advance(JourneyRunner.HOLD.plusSeconds(1));
        runner.runDue();
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(first)))
                .as("the token still good: the reply goes once")
                .isEqualTo(1);
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(second)))
                .isEqualTo(1);
        assertThat(pushes).hasValue(0);
        assertThat(outcomes()).containsExactly("0:SENT/REPLY", "0:SENT/REPLY");
    }

    @Test
    void aRecordWrittenAheadIsOverwrittenByTheWayTheStepWentAndPausedJourneysGetNone() {
        Journey journey = active(sendOnce());
        Journey paused = active(sendOnce()).moved(JourneyStatus.PAUSED, shop.clock.instant());
        journeys.save(paused);
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, true);
        enter(paused, shop.follower(tokyo), true);
        replyScript.add(Map.entry(new LineFailure.InvalidReplyToken(), false)); // LINE refused the token

        runner.runDue();

        assertThat(pushes).as("nothing went by reply, so the step pushes").hasValue(1);
        assertThat(outcomes())
                .as("and no record for the paused journey's entry")
                .containsExactly("0:SENT/PUSH");
    }

    @Test
    void aReplyRefusedByLinesRateLimitWaitsItOutAndIsSentOnceByReply() {
        Journey journey = active(sendOnce());
        Customer briefly = shop.follower(tokyo);
        Customer refusedLong = shop.follower(tokyo);
        enter(journey, briefly, true);
        for (int i = 0; i < 3; i++) {
            replyScript.add(Map.entry(new LineFailure.RateLimited(), false));
        }

        runner.runDue();

        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(briefly)))
                .isEqualTo(1);
        assertThat(outcomes()).containsExactly("0:SENT/REPLY");

        // Refused past the pauses waited in place: the entry waits its turn, its record saying nothing went.
        enter(journey, refusedLong, true);
        for (int i = 0; i < 7; i++) {
            replyScript.add(Map.entry(new LineFailure.RateLimited(), false));
        }
        runner.runDue();
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(refusedLong)))
                .isZero();
        assertThat(outcomes()).containsExactlyInAnyOrder("0:SENT/REPLY", "0:PENDING");

        shop.clock.advance(JourneyRunner.BUSY_RETRY);
        runner.runDue();
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(refusedLong)))
                .isEqualTo(1);
        assertThat(pushes).hasValue(0);
        assertThat(outcomes()).containsExactly("0:SENT/REPLY", "0:SENT/REPLY");
    }

    @Test
    void aReplyRefusedByTheRateLimitUntilItsTokenRanOutPushesInstead() {
        Journey journey = active(sendOnce());
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, true);
        replyScript.add(Map.entry(new LineFailure.RateLimited(), false));
        shop.clock.advance(Duration.ofSeconds(49)); // the token good for one more second

        JourneyRunner slow = runnerTalkingTo((LineMessagingPort) Proxy.newProxyInstance(
                LineMessagingPort.class.getClassLoader(),
                new Class<?>[] {LineMessagingPort.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("reply")) {
                        shop.clock.advance(Duration.ofSeconds(2)); // LINE answered slowly
                    }
                    return method.invoke(line, args);
                }));
        slow.runDue();

        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(customer)))
                .isZero();
        assertThat(pushes).hasValue(1);
        assertThat(outcomes()).containsExactly("0:SENT/PUSH");
    }

    @Test
    void aBusyPushIsTriedAgainLaterUnderTheSameRetryKey() {
        Journey journey = active(sendOnce());
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, false);
        shop.line.failNextCalls(tokyo.credentials(), 1, 503);

        runner.runDue();
        StepRecord pending = steps.all().get(0);
        assertThat(pending.status()).isEqualTo(StepRecord.PENDING);
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                .isZero();

        shop.clock.advance(Duration.ofSeconds(5));
        runner.runDue();

        StepRecord sent = steps.all().get(0);
        assertThat(sent.status()).isEqualTo(StepRecord.SENT);
        assertThat(sent.retryKey()).isEqualTo(pending.retryKey());
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(customer)))
                .isEqualTo(1);
    }

    @Test
    void aPushDueInQuietHoursWaitsForTheirEndButAReplyDoesNot() {
        LocalTime local = shop.clock.instant().atZone(ZoneId.of("Asia/Tokyo")).toLocalTime();
        Journey journey = active("{\"trigger\":{\"type\":\"follow\"},\"quietHours\":{\"start\":\""
                + local.minusHours(1).withSecond(0).withNano(0) + "\",\"end\":\""
                + local.plusHours(1).withSecond(0).withNano(0) + "\"},\"steps\":[{\"type\":\"send\",\"templateId\":\""
                + shop.template.id().value() + "\"}]}");
        Customer pushed = shop.follower(tokyo);
        Customer replied = shop.follower(tokyo);
        enter(journey, pushed, false);
        enter(journey, replied, true);

        runner.runDue();
        assertThat(shop.line.repliesReceived(tokyo.credentials(), shop.lineUserOf(replied)))
                .isEqualTo(1);
        assertThat(pushes).as("held back by the quiet hours").hasValue(0);

        shop.clock.advance(Duration.ofMinutes(30));
        assertThat(runner.runDue()).isZero();
        shop.clock.advance(Duration.ofMinutes(31));
        runner.runDue();
        assertThat(pushes).hasValue(1);
        assertThat(shop.line.receivedCount(tokyo.credentials(), shop.lineUserOf(pushed)))
                .isEqualTo(1);
    }

    @Test
    void pushesPastTheJourneysCapAreSkippedAsCapped() {
        String send =
                "{\"type\":\"send\",\"templateId\":\"" + shop.template.id().value() + "\"}";
        Journey journey = active("{\"trigger\":{\"type\":\"follow\"},\"frequencyCap\":{\"max\":2,\"within\":\"P7D\"},"
                + "\"steps\":[" + send + "," + send + "," + send + "]}");
        Customer customer = shop.follower(tokyo);
        enter(journey, customer, false);

        runner.runDue();

        assertThat(pushes).hasValue(2);
        assertThat(outcomes()).containsExactly("0:SENT/PUSH", "1:SENT/PUSH", "2:SKIPPED");
        assertThat(steps.all().get(2).reason()).contains("capped");
    }

    @Test
    void aBranchSendsOnlyToWhoMatchesAndAnUnfollowEndsTheEntry() {
        Journey journey = active("{\"trigger\":{\"type\":\"follow\"},\"steps\":["
                + "{\"type\":\"branch\",\"filter\":{\"field\":\"tags\",\"op\":\"contains\",\"value\":\"vip\"}},"
                + "{\"type\":\"send\",\"templateId\":\"" + shop.template.id().value() + "\"}]}");
        Customer plain = shop.follower(tokyo);
        Customer leaving = shop.follower(tokyo);
        enter(journey, plain, false);
        enter(journey, leaving, false);
        shop.status(tokyo, shop.lineUserOf(leaving), SubscriptionStatus.BLOCKED);

        runner.runDue();

        assertThat(pushes).as("neither is a vip, and one left").hasValue(0);
        assertThat(entries.all())
                .extracting(entry ->
                        entry.state() + entry.reason().map(r -> ":" + r).orElse(""))
                .containsExactlyInAnyOrder("DONE", "EXITED:unfollowed");
    }
}
