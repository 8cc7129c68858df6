package io.lineengage.application.port.out.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.campaign.SkipReason;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts of {@link CampaignRepository} and {@link DeliveryLedger}, which work on the same campaigns. */
public abstract class AbstractCampaignStorageTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineAccountRepository accountRepository();

    protected abstract CampaignRepository campaigns();

    protected abstract DeliveryLedger ledger();

    protected abstract LedgerMonths ledgerMonths();

    protected abstract CampaignFreezes freezes();

    private OrgId org;
    private LineAccountId account;
    private Campaign campaign;

    @BeforeEach
    void campaign() {
        org = StorageFixtures.org(orgRepository());
        account = StorageFixtures.insertedAccount(accountRepository(), org);
        campaign = new Campaign(
                CampaignId.generate(),
                org,
                "Spring",
                new TemplateId("tpl_1"),
                new AudienceId("aud_1"),
                PriorityClass.BULK,
                List.of(new GatewayId("gw_a")),
                Optional.of(T0.plusSeconds(3600)),
                Optional.of(new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0))),
                Optional.of(new FrequencyCap(2, Period.ofDays(7))),
                CampaignStatus.DRAFT,
                T0,
                Optional.empty(),
                Optional.empty());
        campaigns().insert(campaign);
    }

    /** Claims are not per org: a campaign left RUNNING would lend its batches to the next test's claims. */
    @AfterEach
    void cancel() {
        campaigns().transition(org, campaign.id(), CampaignStatus.RUNNING, CampaignStatus.CANCELLED, Instant.now());
    }

    private DeliveryLedger.PlannedBatch batch(String gateway, DeliveryLedger.Kind kind, String... users) {
        List<DeliveryLedger.Recipient> recipients = new ArrayList<>();
        for (String user : users) {
            recipients.add(new DeliveryLedger.Recipient(CustomerId.generate(), user));
        }
        Optional<JsonLike> messages = kind == DeliveryLedger.Kind.PUSH
                ? Optional.of(new JsonLike.JArray(List.of(new JsonLike.JString("rendered"))))
                : Optional.empty();
        return new DeliveryLedger.PlannedBatch(
                UUID.randomUUID(), new GatewayId(gateway), account, kind, UUID.randomUUID(), messages, recipients);
    }

    @Test
    void campaignsMoveOnlyFromTheStatusTheyAreIn() {
        assertThat(campaigns().find(org, campaign.id())).contains(campaign);
        assertThat(campaigns().ids(org)).containsExactly(campaign.id().value());
        assertThat(campaigns().transition(org, campaign.id(), CampaignStatus.RUNNING, CampaignStatus.PAUSED, T0))
                .isFalse();
        assertThat(campaigns()
                        .transition(
                                org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0.plusSeconds(1)))
                .isTrue();
        Campaign running = campaigns().find(org, campaign.id()).orElseThrow();
        assertThat(running.status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(running.launchedAt()).contains(T0.plusSeconds(1));
        assertThat(campaigns().runningWithNothingPending())
                .extracting(Campaign::id)
                .contains(campaign.id());
    }

    @Test
    void aFreezeIsClaimedByOneRunnerAtATimeAndGoesOnFromWhereItsLastWindowReached() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        CustomerId first = new CustomerId("cus_00000000000000000000000000000100");
        freezes().reached(campaign.id(), Optional.of(first));
        assertThat(freezes().freezing(campaign.id())).isTrue();
        assertThat(campaigns().runningWithNothingPending())
                .as("a campaign still freezing is not finished, even with no batch pending")
                .extracting(Campaign::id)
                .doesNotContain(campaign.id());

        Optional<CampaignFreezes.Front> claimed = freezes().claim("runner-a", T0, Duration.ofSeconds(60));
        assertThat(claimed).contains(new CampaignFreezes.Front(org, campaign.id(), Optional.of(first)));
        assertThat(freezes().claim("runner-b", T0.plusSeconds(59), Duration.ofSeconds(60)))
                .as("held by runner-a until its lease runs out")
                .isEmpty();
        assertThat(freezes().renew(campaign.id(), "runner-a", T0.plusSeconds(120)))
                .isTrue();
        CustomerId second = new CustomerId("cus_00000000000000000000000000000200");
        freezes().reached(campaign.id(), Optional.of(second));
        assertThat(freezes().claim("runner-b", T0.plusSeconds(119), Duration.ofSeconds(60)))
                .as("renewed, and a window reached keeps the claim")
                .isEmpty();

        // runner-a stops answering: once its lease ran out, runner-b goes on from the last window committed.
        assertThat(freezes().claim("runner-b", T0.plusSeconds(121), Duration.ofSeconds(60)))
                .contains(new CampaignFreezes.Front(org, campaign.id(), Optional.of(second)));
        assertThat(freezes().renew(campaign.id(), "runner-a", T0.plusSeconds(200)))
                .as("a claim taken over is not renewed for its former runner")
                .isFalse();
        freezes().release(campaign.id(), "runner-a");
        assertThat(freezes().claim("runner-c", T0.plusSeconds(122), Duration.ofSeconds(60)))
                .as("a former runner cannot give up someone else's claim")
                .isEmpty();

        freezes().reached(campaign.id(), Optional.empty());
        assertThat(freezes().freezing(campaign.id())).isFalse();
        assertThat(freezes().claim("runner-c", T0.plusSeconds(1_000), Duration.ofSeconds(60)))
                .isEmpty();
        assertThat(campaigns().runningWithNothingPending())
                .extracting(Campaign::id)
                .contains(campaign.id());
    }

    @Test
    void aPausedCampaignsFreezeWaitsUntilItRunsAgain() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        freezes().reached(campaign.id(), Optional.empty());
        freezes().reached(campaign.id(), Optional.of(new CustomerId("cus_1")));
        assertThat(freezes().claim("runner-a", T0, Duration.ofSeconds(60))).isPresent();
        campaigns().transition(org, campaign.id(), CampaignStatus.RUNNING, CampaignStatus.PAUSED, T0.plusSeconds(1));

        assertThat(freezes().renew(campaign.id(), "runner-a", T0.plusSeconds(61)))
                .as("no window is written for a campaign that is not RUNNING")
                .isFalse();
        freezes().release(campaign.id(), "runner-a");
        assertThat(freezes().claim("runner-b", T0.plusSeconds(2), Duration.ofSeconds(60)))
                .isEmpty();
        assertThat(freezes().freezing(campaign.id())).isTrue();

        campaigns().transition(org, campaign.id(), CampaignStatus.PAUSED, CampaignStatus.RUNNING, T0.plusSeconds(3));
        assertThat(freezes().claim("runner-b", T0.plusSeconds(3), Duration.ofSeconds(60)))
                .as("released, it is claimed again at once when the campaign runs again")
                .contains(new CampaignFreezes.Front(org, campaign.id(), Optional.of(new CustomerId("cus_1"))));
        assertThat(freezes().freezing(CampaignId.generate())).isFalse();
    }

    @Test
    void aCampaignsNotesAreKeptOnceEachInTheOrderTheyCame() {
        campaigns().note(campaign.id(), "Tokyo: no aggregation unit names left this month", T0);
        campaigns().note(campaign.id(), "Goes by push", T0.plusSeconds(1));
        campaigns().note(campaign.id(), "Tokyo: no aggregation unit names left this month", T0.plusSeconds(2));

        assertThat(campaigns().notes(campaign.id()))
                .containsExactly("Tokyo: no aggregation unit names left this month", "Goes by push");
        assertThat(campaigns().notes(CampaignId.generate())).isEmpty();
    }

    @Test
    void scheduledCampaignsAreDueAtTheirTime() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, T0);
        assertThat(campaigns().scheduledDue(T0.plusSeconds(3599)))
                .extracting(Campaign::id)
                .doesNotContain(campaign.id());
        assertThat(campaigns().scheduledDue(T0.plusSeconds(3600)))
                .extracting(Campaign::id)
                .contains(campaign.id());
        assertThat(campaigns().find(org, campaign.id()).orElseThrow().launchedAt())
                .isEmpty();
        campaigns().transition(org, campaign.id(), CampaignStatus.SCHEDULED, CampaignStatus.CANCELLED, T0);
    }

    @Test
    void sendersRecordingAndAPauseRacingOverTheSameBatchesNeverFail() throws Exception {
        List<DeliveryLedger.PlannedBatch> planned = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            planned.add(batch("gw_a", DeliveryLedger.Kind.PUSH, "U" + i));
        }
        ledger().addBatches(campaign.id(), planned);
        List<UUID> ids = new ArrayList<>(
                planned.stream().map(DeliveryLedger.PlannedBatch::id).toList());
        ExecutorService racers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            // Senders record their accepted batches in an order of their own while the campaign is paused and
            // resumed: each statement changes many of the same rows.
            for (int sender = 0; sender < 2; sender++) {
                List<UUID> mine = new ArrayList<>(ids);
                Collections.shuffle(mine, new Random(sender));
                runs.add(racers.submit(() -> {
                    for (int from = 0; from < mine.size(); from += 20) {
                        ledger().sent(
                                        mine.subList(from, Math.min(mine.size(), from + 20)).stream()
                                                .map(id -> new DeliveryLedger.Accepted(id, "req-" + id))
                                                .toList(),
                                        Instant.now());
                    }
                }));
            }
            runs.add(racers.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    ledger().hold(campaign.id());
                    ledger().release(campaign.id(), Instant.now());
                }
            }));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(ledger().counts(campaign.id()).sent()).isEqualTo(200);
    }

    @Test
    void aBatchIsClaimedByOneRunnerUntilItsLeaseRunsOutAndKeepsItsRetryKey() {
        DeliveryLedger.PlannedBatch planned = batch("gw_a", DeliveryLedger.Kind.MULTICAST, "U1", "U2");
        ledger().addBatches(campaign.id(), List.of(planned));
        Instant now = Instant.now();
        assertThat(ledger().claim("r1", now, Duration.ofSeconds(30), 5))
                .as("not RUNNING yet")
                .isEmpty();
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, now);
        assertThat(campaigns().runningWithNothingPending())
                .extracting(Campaign::id)
                .doesNotContain(campaign.id());

        DeliveryLedger.Claimed claimed = only(ledger().claim("r1", now, Duration.ofSeconds(30), 5));
        assertThat(claimed.id()).isEqualTo(planned.id());
        assertThat(claimed.retryKey()).isEqualTo(planned.retryKey());
        assertThat(claimed.lineUserIds()).containsExactlyInAnyOrder("U1", "U2");
        assertThat(claimed.quietHours()).isEqualTo(campaign.quietHours());
        assertThat(claimed.gatewayId()).isEqualTo(planned.gatewayId());
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(ledger().claim("r2", now.plusSeconds(10), Duration.ofSeconds(30), 5))
                .isEmpty();

        DeliveryLedger.Claimed taken = only(ledger().claim("r2", now.plusSeconds(31), Duration.ofSeconds(30), 5));
        assertThat(taken.retryKey()).isEqualTo(planned.retryKey());
        assertThat(taken.attempts()).isEqualTo(2);

        ledger().retryLater(taken.id(), "RateLimited", now.plusSeconds(60));
        assertThat(ledger().claim("r3", now.plusSeconds(40), Duration.ofSeconds(30), 5))
                .as("not due yet")
                .isEmpty();
        assertThat(ledger().claim("r3", now.plusSeconds(61), Duration.ofSeconds(30), 5))
                .hasSize(1);
    }

    private static DeliveryLedger.Claimed only(List<DeliveryLedger.Claimed> claimed) {
        assertThat(claimed).hasSize(1);
        return claimed.get(0);
    }

    @Test
    void aGroupIsClaimedLongestDueFirstAndItsAcceptedCallsAreRecordedTogether() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        List<DeliveryLedger.PlannedBatch> planned = List.of(
                batch("gw_a", DeliveryLedger.Kind.PUSH, "U1"),
                batch("gw_a", DeliveryLedger.Kind.PUSH, "U2"),
                batch("gw_a", DeliveryLedger.Kind.PUSH, "U3"));
        ledger().addBatches(campaign.id(), planned);
        Instant now = Instant.now().plusSeconds(5);
        ledger().retryLater(planned.get(0).id(), "due last", now.minusSeconds(1));

        List<DeliveryLedger.Claimed> first = ledger().claim("r1", now, Duration.ofSeconds(30), 2);
        List<DeliveryLedger.Claimed> second = ledger().claim("r2", now, Duration.ofSeconds(30), 2);
        assertThat(first)
                .extracting(DeliveryLedger.Claimed::id)
                .containsExactlyInAnyOrder(planned.get(1).id(), planned.get(2).id());
        assertThat(second)
                .extracting(DeliveryLedger.Claimed::id)
                .containsExactly(planned.get(0).id());
        assertThat(first).extracting(claimed -> claimed.lineUserIds().get(0)).containsExactlyInAnyOrder("U2", "U3");

        ledger().sent(
                        List.of(
                                new DeliveryLedger.Accepted(planned.get(1).id(), "req-2"),
                                new DeliveryLedger.Accepted(planned.get(2).id(), "req-3")),
                        now);
        assertThat(ledger().counts(campaign.id()).sent()).isEqualTo(2);
        assertThat(ledger().counts(campaign.id()).queued()).isEqualTo(1);
        assertThat(ledger().entries(campaign.id(), PageRequest.first(10)).items())
                .filteredOn(entry -> entry.status().equals("SENT"))
                .extracting(entry -> entry.lineRequestId().orElseThrow())
                .containsExactlyInAnyOrder("req-2", "req-3");
        assertThat(ledger().claim("r3", now.plusSeconds(31), Duration.ofSeconds(30), 5))
                .as("sent stays sent")
                .extracting(DeliveryLedger.Claimed::id)
                .containsExactly(planned.get(0).id());
    }

    @Test
    void heldBatchesAreNotDueUntilReleased() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        DeliveryLedger.PlannedBatch planned = batch("gw_a", DeliveryLedger.Kind.PUSH, "U1");
        ledger().addBatches(campaign.id(), List.of(planned));
        Instant now = Instant.now().plusSeconds(5);

        ledger().hold(campaign.id());
        assertThat(ledger().claim("r1", now.plusSeconds(86_400 * 365), Duration.ofSeconds(30), 5))
                .as("due never, however late")
                .isEmpty();
        assertThat(ledger().counts(campaign.id()).queued()).as("still waiting").isEqualTo(1);

        ledger().release(campaign.id(), now);
        assertThat(ledger().claim("r1", now.minusSeconds(1), Duration.ofSeconds(30), 5))
                .as("not yet")
                .isEmpty();
        assertThat(ledger().claim("r1", now, Duration.ofSeconds(30), 5))
                .extracting(DeliveryLedger.Claimed::id)
                .containsExactly(planned.id());
    }

    @Test
    void recipientsMovedOffAFailedGatewayAreCountedWhereTheyAreNow() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        DeliveryLedger.PlannedBatch onA = batch("gw_a", DeliveryLedger.Kind.MULTICAST, "U1", "U2", "U3");
        ledger().addBatches(campaign.id(), List.of(onA));
        List<DeliveryLedger.Recipient> waiting =
                ledger().failGateway(campaign.id(), new GatewayId("gw_a"), onA.id(), "Unauthorized: revoked", T0);
        assertThat(waiting).containsExactlyInAnyOrderElementsOf(onA.recipients());

        ledger().addBatches(
                        campaign.id(),
                        List.of(new DeliveryLedger.PlannedBatch(
                                UUID.randomUUID(),
                                new GatewayId("gw_b"),
                                account,
                                DeliveryLedger.Kind.MULTICAST,
                                UUID.randomUUID(),
                                Optional.empty(),
                                waiting.subList(0, 2))));
        DeliveryCounts counts = ledger().counts(campaign.id());
        assertThat(counts.failed()).as("the one nobody else could take").isEqualTo(1);
        assertThat(counts.queued()).isEqualTo(2);
        assertThat(counts.byGateway())
                .isEqualTo(Map.of(
                        new GatewayId("gw_a"), Map.of("failed", 1L), new GatewayId("gw_b"), Map.of("queued", 2L)));
    }

    @Test
    void theLedgerCountsByStatusReasonAndGateway() {
        campaigns().transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, T0);
        DeliveryLedger.PlannedBatch sent = batch("gw_a", DeliveryLedger.Kind.MULTICAST, "U1", "U2");
        DeliveryLedger.PlannedBatch failed = batch("gw_b", DeliveryLedger.Kind.PUSH, "U3");
        DeliveryLedger.PlannedBatch queued = batch("gw_b", DeliveryLedger.Kind.PUSH, "U4");
        ledger().addBatches(campaign.id(), List.of(sent, failed, queued));
        ledger().addSkipped(
                        campaign.id(),
                        List.of(
                                new DeliveryLedger.Skipped(CustomerId.generate(), SkipReason.NO_CONSENT, "no"),
                                new DeliveryLedger.Skipped(CustomerId.generate(), SkipReason.NO_CONSENT, "no"),
                                new DeliveryLedger.Skipped(CustomerId.generate(), SkipReason.NOT_FOLLOWING, "no")));
        ledger().sent(List.of(new DeliveryLedger.Accepted(sent.id(), "req-1")), T0);
        assertThat(ledger().sentSince(
                                sent.recipients().stream()
                                        .map(DeliveryLedger.Recipient::customerId)
                                        .toList(),
                                T0))
                .isEqualTo(Map.of(
                        sent.recipients().get(0).customerId(),
                        1L,
                        sent.recipients().get(1).customerId(),
                        1L));
        assertThat(ledger().sentSince(List.of(sent.recipients().get(0).customerId()), T0.plusSeconds(1)))
                .isEmpty();
        ledger().failed(failed.id(), "Unauthorized: revoked", T0);
        ledger().failed(sent.id(), "too late", T0);

        DeliveryCounts counts = ledger().counts(campaign.id());
        assertThat(counts.sent()).isEqualTo(2);
        assertThat(counts.failed()).isEqualTo(1);
        assertThat(counts.queued()).isEqualTo(1);
        assertThat(counts.skipped()).isEqualTo(Map.of("no_consent", 2L, "not_following", 1L));
        assertThat(counts.byGateway())
                .isEqualTo(Map.of(
                        new GatewayId("gw_a"),
                        Map.of("sent", 2L),
                        new GatewayId("gw_b"),
                        Map.of("failed", 1L, "queued", 1L)));

        Page<Delivery> first = ledger().entries(campaign.id(), PageRequest.first(4));
        Page<Delivery> rest = ledger().entries(campaign.id(), new PageRequest(4, first.nextCursor()));
        assertThat(first.items()).hasSize(4);
        assertThat(rest.items()).hasSize(3);
        assertThat(rest.nextCursor()).isEmpty();
        List<Delivery> all = new ArrayList<>(first.items());
        all.addAll(rest.items());
        assertThat(all)
                .filteredOn(entry -> entry.status().equals("SENT"))
                .allMatch(entry -> entry.lineRequestId().equals(Optional.of("req-1"))
                        && entry.error().isEmpty());
        assertThat(all)
                .filteredOn(entry -> entry.status().equals("FAILED"))
                .allMatch(entry -> entry.error().equals(Optional.of("Unauthorized: revoked")));
        assertThat(all)
                .filteredOn(entry -> entry.status().equals("SKIPPED"))
                .hasSize(3)
                .allMatch(entry -> entry.gatewayId().isEmpty() && entry.reason().isPresent());
    }

    @Test
    void theLedgerIsKeptByMonthAndMonthsPastTheRetentionGoWhole() {
        YearMonth november = YearMonth.from(T0.atZone(ZoneOffset.UTC)); // this test's campaign was created then
        ledgerMonths().prepare(november.minusMonths(2), november.plusMonths(1));
        ledgerMonths().prepare(november, november);
        assertThat(ledgerMonths().months())
                .containsSubsequence(
                        november.minusMonths(2), november.minusMonths(1), november, november.plusMonths(1));
        Campaign january = new Campaign(
                CampaignId.generate(),
                org,
                "New year",
                new TemplateId("tpl_1"),
                new AudienceId("aud_1"),
                PriorityClass.BULK,
                List.of(new GatewayId("gw_a")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CampaignStatus.DRAFT,
                november.plusMonths(2).atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC),
                Optional.empty(),
                Optional.empty());
        campaigns().insert(january);
        ledger().addBatches(campaign.id(), List.of(batch("gw_a", DeliveryLedger.Kind.MULTICAST, "U1", "U2")));
        ledger().addSkipped(
                        campaign.id(),
                        List.of(new DeliveryLedger.Skipped(CustomerId.generate(), SkipReason.NO_CONSENT, "no")));
        ledger().addSkipped(
                        january.id(),
                        List.of(new DeliveryLedger.Skipped(CustomerId.generate(), SkipReason.NOT_FOLLOWING, "no")));
        assertThat(ledger().entries(campaign.id(), PageRequest.first(10)).items())
                .hasSize(3);

        assertThat(ledgerMonths().dropBefore(november.plusMonths(1)))
                .containsSubsequence(november.minusMonths(2), november.minusMonths(1), november)
                .doesNotContain(november.plusMonths(1));

        assertThat(ledgerMonths().months()).doesNotContain(november).contains(november.plusMonths(1));
        assertThat(ledger().entries(campaign.id(), PageRequest.first(10)).items())
                .as("its month is gone")
                .isEmpty();
        assertThat(ledger().counts(january.id()).skipped()).isEqualTo(Map.of("not_following", 1L));
        ledgerMonths().prepare(november.plusMonths(2), november.plusMonths(2));
        assertThat(ledgerMonths().months()).contains(november.plusMonths(2));
        assertThat(ledger().counts(january.id()).skipped())
                .as("a month made after its first rows came keeps them")
                .isEqualTo(Map.of("not_following", 1L));
        assertThat(ledgerMonths().dropBefore(november.plusMonths(1))).isEmpty();
    }

    @Test
    void listsTheOrgsCampaignsNewestFirstByStatus() {
        Campaign later = new Campaign(
                CampaignId.generate(),
                org,
                "Summer",
                new TemplateId("tpl_1"),
                new AudienceId("aud_1"),
                PriorityClass.BULK,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                CampaignStatus.DRAFT,
                T0.plusSeconds(60),
                Optional.empty(),
                Optional.empty());
        campaigns().insert(later);
        campaigns().transition(org, later.id(), CampaignStatus.DRAFT, CampaignStatus.CANCELLED, T0.plusSeconds(61));
        PageRequest all = PageRequest.first(10);
        assertThat(campaigns().list(org, Optional.empty(), all).items())
                .extracting(Campaign::id)
                .containsExactly(later.id(), campaign.id());
        Page<Campaign> first = campaigns().list(org, Optional.empty(), PageRequest.first(1));
        assertThat(campaigns()
                        .list(org, Optional.empty(), new PageRequest(1, first.nextCursor()))
                        .items())
                .extracting(Campaign::id)
                .containsExactly(campaign.id());
        assertThat(campaigns().list(org, Optional.of(CampaignStatus.DRAFT), all).items())
                .extracting(Campaign::id)
                .containsExactly(campaign.id());
        assertThat(campaigns()
                        .list(StorageFixtures.org(orgRepository()), Optional.empty(), all)
                        .items())
                .isEmpty();
    }
}
