package io.lineengage.application.fake;

import io.lineengage.application.port.out.campaign.CampaignFreezes;
import io.lineengage.application.port.out.campaign.CampaignRepository;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.LedgerMonths;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.Delivery;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.Failover;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.error.ConflictException;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Campaigns and their delivery ledger in memory, as the PostgreSQL adapter keeps them: batches with leases, due times
 * and one status each; one ledger line per recipient pointing at its batch (none when skipped), so that a recipient
 * moved to another gateway's batch is counted there. Held to the same contract tests as the real thing.
 */
public final class InMemoryCampaigns implements CampaignRepository, CampaignFreezes, DeliveryLedger, LedgerMonths {
    private final Map<CampaignId, List<String>> notes = new HashMap<>();
    private final Map<CampaignId, Campaign> campaigns = new LinkedHashMap<>();
    private final Map<UUID, Batch> batches = new LinkedHashMap<>();
    /** Per campaign, per customer: the ledger line. */
    private final Map<CampaignId, Map<CustomerId, Line>> lines = new HashMap<>();

    private final Map<CampaignId, Map<GatewayId, Failover>> failovers = new HashMap<>();
    /** Unfinished freezes: where each stands and who holds it until when. */
    private final Map<CampaignId, Freeze> freezes = new LinkedHashMap<>();

    private static final class Freeze {
        Optional<CustomerId> after;
        String runner;
        Instant until;

        Freeze(Optional<CustomerId> after) {
            this.after = after;
        }
    }

    private static final class Batch {
        final UUID id;
        final CampaignId campaignId;
        final PlannedBatch planned;
        String status = "PENDING";
        Instant dueAt;
        String leaseOwner;
        Instant leaseUntil;
        int attempts;
        String error;
        String lineRequestId;
        Instant sentAt;

        Batch(CampaignId campaignId, PlannedBatch planned, Instant dueAt) {
            this.id = planned.id();
            this.campaignId = campaignId;
            this.planned = planned;
            this.dueAt = dueAt;
        }
    }

    private record Line(
            CustomerId customerId, Optional<String> lineUserId, Optional<UUID> batchId, Optional<String> reason) {}

    @Override
    public synchronized void insert(Campaign campaign) {
        if (campaigns.containsKey(campaign.id())) {
            throw new ConflictException("campaign " + campaign.id() + " exists");
        }
        campaigns.put(campaign.id(), campaign);
    }

    @Override
    public synchronized Optional<Campaign> find(OrgId orgId, CampaignId id) {
        return Optional.ofNullable(campaigns.get(id))
                .filter(campaign -> campaign.orgId().equals(orgId));
    }

    @Override
    public synchronized Page<Campaign> list(OrgId orgId, Optional<CampaignStatus> status, PageRequest page) {
        return NewestFirstInMemory.page(
                campaigns.values().stream()
                        .filter(c -> c.orgId().equals(orgId))
                        .filter(c -> status.isEmpty() || c.status() == status.get())
                        .toList(),
                Campaign::createdAt,
                c -> c.id().value(),
                page);
    }

    @Override
    public synchronized boolean transition(
            OrgId orgId, CampaignId id, CampaignStatus from, CampaignStatus to, Instant at) {
        Campaign current = find(orgId, id).orElse(null);
        if (current == null || current.status() != from) {
            return false;
        }
        boolean frozen = to == CampaignStatus.RUNNING && current.launchedAt().isEmpty();
        campaigns.put(
                id,
                new Campaign(
                        current.id(),
                        current.orgId(),
                        current.name(),
                        current.templateId(),
                        current.audienceId(),
                        current.priority(),
                        current.gatewayIds(),
                        current.scheduleAt(),
                        current.quietHours(),
                        current.frequencyCap(),
                        to,
                        current.createdAt(),
                        frozen ? Optional.of(at) : current.launchedAt(),
                        to.isFinal() ? Optional.of(at) : current.finishedAt()));
        return true;
    }

    @Override
    public synchronized Set<String> ids(OrgId orgId) {
        return campaigns.values().stream()
                .filter(c -> c.orgId().equals(orgId))
                .map(c -> c.id().value())
                .collect(Collectors.toSet());
    }

    @Override
    public synchronized List<Campaign> scheduledDue(Instant now) {
        return campaigns.values().stream()
                .filter(c -> c.status() == CampaignStatus.SCHEDULED)
                .filter(c -> c.scheduleAt().map(at -> !at.isAfter(now)).orElse(true))
                .toList();
    }

    @Override
    public synchronized void note(CampaignId id, String note, Instant at) {
        List<String> kept = notes.computeIfAbsent(id, key -> new ArrayList<>());
        if (!kept.contains(note)) {
            kept.add(note);
        }
    }

    @Override
    public synchronized List<String> notes(CampaignId id) {
        return List.copyOf(notes.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<Campaign> runningWithNothingPending() {
        return campaigns.values().stream()
                .filter(c -> c.status() == CampaignStatus.RUNNING)
                .filter(c -> !freezes.containsKey(c.id()))
                .filter(c -> batches.values().stream()
                        .noneMatch(b -> b.campaignId.equals(c.id()) && b.status.equals("PENDING")))
                .toList();
    }

    @Override
    public synchronized void reached(CampaignId campaignId, Optional<CustomerId> reached) {
        if (reached.isEmpty()) {
            freezes.remove(campaignId);
        } else {
            freezes.computeIfAbsent(campaignId, id -> new Freeze(reached)).after = reached;
        }
    }

    @Override
    public synchronized Optional<Front> claim(String runner, Instant now, Duration lease) {
        for (Map.Entry<CampaignId, Freeze> entry : freezes.entrySet()) {
            Campaign campaign = campaigns.get(entry.getKey());
            Freeze freeze = entry.getValue();
            if (campaign.status() == CampaignStatus.RUNNING && (freeze.until == null || freeze.until.isBefore(now))) {
                freeze.runner = runner;
                freeze.until = now.plus(lease);
                return Optional.of(new Front(campaign.orgId(), campaign.id(), freeze.after));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean renew(CampaignId campaignId, String runner, Instant until) {
        Freeze freeze = freezes.get(campaignId);
        if (freeze == null
                || !runner.equals(freeze.runner)
                || campaigns.get(campaignId).status() != CampaignStatus.RUNNING) {
            return false;
        }
        freeze.until = until;
        return true;
    }

    @Override
    public synchronized void release(CampaignId campaignId, String runner) {
        Freeze freeze = freezes.get(campaignId);
        if (freeze != null && runner.equals(freeze.runner)) {
            freeze.runner = null;
            freeze.until = null;
        }
    }

    @Override
    public synchronized boolean freezing(CampaignId campaignId) {
        return freezes.containsKey(campaignId);
    }

    @Override
    public synchronized void addBatches(CampaignId campaignId, List<PlannedBatch> planned) {
        Instant now = Instant.now();
        for (PlannedBatch batch : planned) {
            batches.put(batch.id(), new Batch(campaignId, batch, now));
            batch.recipients()
                    .forEach(recipient -> lines(campaignId)
                            .put(
                                    recipient.customerId(),
                                    new Line(
                                            recipient.customerId(),
                                            Optional.of(recipient.lineUserId()),
                                            Optional.of(batch.id()),
                                            Optional.empty())));
        }
    }

    private final java.util.TreeSet<YearMonth> months = new java.util.TreeSet<>();

    @Override
    public synchronized void prepare(YearMonth from, YearMonth to) {
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
    }

    @Override
    public synchronized List<YearMonth> months() {
        return List.copyOf(months);
    }

    /** The ledger lines of campaigns created (UTC) before the month go, as the months' storage would. */
    @Override
    public synchronized List<YearMonth> dropBefore(YearMonth month) {
        List<YearMonth> dropped = List.copyOf(months.headSet(month));
        months.removeAll(dropped);
        lines.keySet()
                .removeIf(id -> Optional.ofNullable(campaigns.get(id))
                        .map(campaign -> YearMonth.from(campaign.createdAt().atZone(ZoneOffset.UTC))
                                .isBefore(month))
                        .orElse(false));
        return dropped;
    }

    private Map<CustomerId, Line> lines(CampaignId campaignId) {
        return lines.computeIfAbsent(campaignId, id -> new LinkedHashMap<>());
    }

    @Override
    public synchronized void addSkipped(CampaignId campaignId, List<Skipped> skipped) {
        skipped.forEach(skip -> lines(campaignId)
                .put(
                        skip.customerId(),
                        new Line(
                                skip.customerId(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(skip.reason().code()))));
    }

    @Override
    public synchronized List<Claimed> claim(String runner, Instant now, Duration lease, int max) {
        List<Batch> due = batches.values().stream()
                .filter(b -> b.status.equals("PENDING") && b.dueAt != null && !b.dueAt.isAfter(now))
                .filter(b -> b.leaseUntil == null || !b.leaseUntil.isAfter(now))
                .filter(b -> campaigns.get(b.campaignId).status() == CampaignStatus.RUNNING)
                .sorted(Comparator.comparing((Batch b) -> b.dueAt))
                .limit(max)
                .toList();
        List<Claimed> claimed = new ArrayList<>();
        for (Batch batch : due) {
            batch.leaseOwner = runner;
            batch.leaseUntil = now.plus(lease);
            batch.attempts++;
            Campaign campaign = campaigns.get(batch.campaignId);
            claimed.add(new Claimed(
                    batch.id,
                    campaign.id(),
                    campaign.orgId(),
                    campaign.templateId(),
                    campaign.quietHours(),
                    batch.planned.gatewayId(),
                    batch.planned.accountId(),
                    batch.planned.kind(),
                    batch.planned.retryKey(),
                    batch.planned.messages(),
                    lines(batch.campaignId).values().stream()
                            .filter(line -> line.batchId().equals(Optional.of(batch.id)))
                            .map(line -> line.lineUserId().orElseThrow())
                            .toList(),
                    batch.attempts));
        }
        return claimed;
    }

    @Override
    public synchronized void sent(List<Accepted> accepted, Instant at) {
        for (Accepted call : accepted) {
            Batch batch = batches.get(call.batchId());
            batch.status = "SENT";
            batch.lineRequestId = call.lineRequestId();
            batch.sentAt = at;
            batch.leaseOwner = null;
            batch.leaseUntil = null;
        }
    }

    @Override
    public synchronized void failed(UUID batchId, String error, Instant at) {
        Batch batch = batches.get(batchId);
        if (batch.status.equals("PENDING")) {
            batch.status = "FAILED";
            batch.error = error;
            batch.leaseUntil = null;
        }
    }

    @Override
    public synchronized void defer(UUID batchId, String why, Instant at) {
        Batch batch = batches.get(batchId);
        if (batch.status.equals("PENDING")) {
            batch.dueAt = at;
            batch.error = why;
            batch.attempts--;
            batch.leaseOwner = null;
            batch.leaseUntil = null;
        }
    }

    @Override
    public synchronized void retryLater(UUID batchId, String error, Instant at) {
        Batch batch = batches.get(batchId);
        batch.dueAt = at;
        batch.error = error;
        batch.leaseOwner = null;
        batch.leaseUntil = null;
    }

    @Override
    public synchronized void hold(CampaignId campaignId) {
        batches.values().stream()
                .filter(b -> b.campaignId.equals(campaignId) && b.status.equals("PENDING"))
                .forEach(b -> b.dueAt = null);
    }

    @Override
    public synchronized void release(CampaignId campaignId, Instant at) {
        batches.values().stream()
                .filter(b -> b.campaignId.equals(campaignId) && b.status.equals("PENDING"))
                .filter(b -> b.dueAt == null)
                .forEach(b -> b.dueAt = at);
    }

    @Override
    public synchronized List<Recipient> failGateway(
            CampaignId campaignId, GatewayId gatewayId, UUID failedBatch, String error, Instant at) {
        List<UUID> failed = new ArrayList<>();
        for (Batch batch : batches.values()) {
            boolean leased = batch.leaseUntil != null && !batch.leaseUntil.isBefore(at);
            if (batch.campaignId.equals(campaignId)
                    && batch.planned.gatewayId().equals(gatewayId)
                    && (batch.id.equals(failedBatch) || batch.status.equals("PENDING") && !leased)) {
                batch.status = "FAILED";
                batch.error = error;
                batch.leaseOwner = null;
                batch.leaseUntil = null;
                failed.add(batch.id);
            }
        }
        return lines(campaignId).values().stream()
                .filter(line -> line.batchId().filter(failed::contains).isPresent())
                .sorted(Comparator.comparing(line -> line.customerId().value()))
                .map(line -> new Recipient(line.customerId(), line.lineUserId().orElseThrow()))
                .toList();
    }

    @Override
    public synchronized void recordGatewayFailure(CampaignId campaignId, Failover failure) {
        failovers
                .computeIfAbsent(campaignId, id -> new LinkedHashMap<>())
                .merge(
                        failure.gatewayId(),
                        failure,
                        (old, added) -> new Failover(
                                old.gatewayId(),
                                old.reason(),
                                old.at(),
                                old.moved() + added.moved(),
                                old.stranded() + added.stranded()));
    }

    @Override
    public synchronized List<Failover> gatewayFailures(CampaignId campaignId) {
        return List.copyOf(failovers.getOrDefault(campaignId, Map.of()).values());
    }

    @Override
    public synchronized Map<CustomerId, Long> sentSince(List<CustomerId> customers, Instant since) {
        Map<CustomerId, Long> sent = new HashMap<>();
        lines.values()
                .forEach(ledger -> customers.forEach(customer -> {
                    Line line = ledger.get(customer);
                    Batch batch = line == null
                            ? null
                            : line.batchId().map(batches::get).orElse(null);
                    if (batch != null && batch.status.equals("SENT") && !batch.sentAt.isBefore(since)) {
                        sent.merge(customer, 1L, Long::sum);
                    }
                }));
        return sent;
    }

    /** The campaigns whose message reached the customer (their batch was sent): "received campaign" in filters. */
    public synchronized Set<String> receivedBy(CustomerId customer) {
        Set<String> received = new HashSet<>();
        lines.forEach((campaign, ledger) -> Optional.ofNullable(ledger.get(customer))
                .flatMap(Line::batchId)
                .map(batches::get)
                .filter(batch -> batch.status.equals("SENT"))
                .ifPresent(batch -> received.add(campaign.value())));
        return received;
    }

    @Override
    public synchronized DeliveryCounts counts(CampaignId campaignId) {
        long[] totals = new long[3];
        Map<String, Long> skipped = new TreeMap<>();
        Map<GatewayId, Map<String, Long>> byGateway = new LinkedHashMap<>();
        for (Line line : lines(campaignId).values()) {
            if (line.batchId().isEmpty()) {
                skipped.merge(line.reason().orElseThrow(), 1L, Long::sum);
                continue;
            }
            Batch batch = batches.get(line.batchId().get());
            String status = batch.status.equals("PENDING") ? "queued" : batch.status.toLowerCase(Locale.ROOT);
            totals[status.equals("queued") ? 0 : status.equals("sent") ? 1 : 2]++;
            byGateway
                    .computeIfAbsent(batch.planned.gatewayId(), id -> new TreeMap<>())
                    .merge(status, 1L, Long::sum);
        }
        return new DeliveryCounts(totals[0], totals[1], totals[2], skipped, byGateway);
    }

    @Override
    public synchronized Page<Delivery> entries(CampaignId campaignId, PageRequest page) {
        List<Line> ordered = lines(campaignId).values().stream()
                .sorted(Comparator.comparing(line -> line.customerId().value()))
                .toList();
        List<Line> after = page.cursor()
                .map(cursor -> ordered.stream()
                        .filter(line -> line.customerId().value().compareTo(cursor) > 0)
                        .toList())
                .orElse(ordered);
        List<Delivery> rows = after.stream()
                .limit(page.limit() + 1L)
                .map(line -> {
                    Batch batch = line.batchId().map(batches::get).orElse(null);
                    String status =
                            batch == null ? "SKIPPED" : batch.status.equals("PENDING") ? "QUEUED" : batch.status;
                    return new Delivery(
                            line.customerId(),
                            line.lineUserId(),
                            Optional.ofNullable(batch).map(b -> b.planned.gatewayId()),
                            status,
                            line.reason(),
                            Optional.ofNullable(batch).map(b -> b.lineRequestId),
                            Optional.ofNullable(batch).map(b -> b.error).filter(error -> !status.equals("SENT")));
                })
                .toList();
        return Page.fromOneMore(
                rows, page.limit(), delivery -> delivery.customerId().value());
    }
}
