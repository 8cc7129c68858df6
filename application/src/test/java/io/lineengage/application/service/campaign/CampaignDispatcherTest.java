package io.lineengage.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.fake.CampaignOnlySendPace;
import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryAggregationUnitUsage;
import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryGateways;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLinePlatform;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemorySendPace;
import io.lineengage.application.fake.InMemoryTemplates;
import io.lineengage.application.fake.SettableClock;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.campaign.DeliveryLedger;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.line.MulticastRequest;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.DeliveryCounts;
import io.lineengage.domain.campaign.QuietHours;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.message.LineMessage;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sending side on fakes: what each of LINE's answers does to a batch. */
class CampaignDispatcherTest {
    private final SettableClock clock = new SettableClock(Instant.now());
    private final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final InMemoryTemplates templates = new InMemoryTemplates();
    private final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    private final InMemoryGateways gateways = new InMemoryGateways();
    private final InMemoryLinePlatform line = new InMemoryLinePlatform();
    private final CampaignDispatcher dispatcher =
            dispatcher(new InMemorySendPace(new InMemorySendPace.Buckets(), SendPace.Limits.LINE));
    private final OrgId org = OrgId.generate();
    private final ChannelCredentials channel = line.newChannel();
    private final List<String> users = line.addFollowers(channel, 2);
    private final LineAccount account = StorageFixtures.account(org, channel, clock.instant());
    private final Gateway gateway = new Gateway(
            GatewayId.generate(),
            org,
            account.id(),
            100,
            PriorityClass.BULK,
            Optional.empty(),
            Optional.empty(),
            true,
            clock.instant(),
            clock.instant());
    private final Template template = new Template(
            TemplateId.generate(),
            org,
            "Hello",
            new JsonLike.JArray(List.of(new JsonLike.JObject(
                    Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi"))))),
            false,
            clock.instant(),
            clock.instant());

    private CampaignDispatcher dispatcher(SendPace pace) {
        return new CampaignDispatcher(
                campaigns,
                campaigns,
                templates,
                accounts,
                gateways,
                new NoFailoverHere(),
                new InMemoryCustomers(),
                line,
                pace,
                orgs,
                new DirectUnitOfWork(),
                new InMemoryAggregationUnitUsage(),
                clock);
    }

    /** Failover re-plans recipients through the audience query; no test here fails a gateway over. */
    private static final class NoFailoverHere implements AudienceQuery {
        @Override
        public long count(OrgId orgId, Filter filter, EvaluationTime time) {
            throw new AssertionError("not reached: no failover in these tests");
        }

        @Override
        public List<CustomerId> anniversaries(OrgId orgId, String attribute, java.time.MonthDay day) {
            throw new AssertionError("not used here");
        }

        @Override
        public boolean holds(OrgId orgId, Filter filter, EvaluationTime time, CustomerId customerId) {
            throw new AssertionError("not used here");
        }

        @Override
        public List<Customer> sample(
                OrgId orgId, Filter filter, EvaluationTime time, int limit, Map<String, AttributeType> attributeTypes) {
            throw new AssertionError("not reached: no failover in these tests");
        }

        @Override
        public Window window(
                OrgId orgId,
                Filter filter,
                EvaluationTime time,
                Map<String, AttributeType> attributeTypes,
                Optional<CustomerId> after,
                int customers) {
            throw new AssertionError("not reached: no failover in these tests");
        }

        @Override
        public List<AudienceMember> membersById(
                OrgId orgId, List<CustomerId> ids, Map<String, AttributeType> attributeTypes) {
            throw new AssertionError("not reached: no failover in these tests");
        }
    }

    /** A RUNNING campaign with one multicast batch to both followers; answers the batch. */
    private DeliveryLedger.PlannedBatch running(Optional<QuietHours> quietHours) {
        CampaignId id = runningCampaign(quietHours);
        DeliveryLedger.PlannedBatch batch = new DeliveryLedger.PlannedBatch(
                UUID.randomUUID(),
                gateway.id(),
                account.id(),
                DeliveryLedger.Kind.MULTICAST,
                UUID.randomUUID(),
                Optional.empty(),
                List.of(
                        new DeliveryLedger.Recipient(CustomerId.generate(), users.get(0)),
                        new DeliveryLedger.Recipient(CustomerId.generate(), users.get(1))));
        campaigns.addBatches(id, List.of(batch));
        // The ledger stamps batches due at the real time they were added (as PostgreSQL does): claim after that.
        clock.set(Instant.now().plusSeconds(1));
        return batch;
    }

    private CampaignId runningCampaign(Optional<QuietHours> quietHours) {
        orgs.insert(new Org(org, "Brand", ZoneId.of("UTC"), clock.instant()));
        accounts.insert(account);
        gateways.insert(gateway);
        templates.insert(template);
        Campaign campaign = new Campaign(
                CampaignId.generate(),
                org,
                "Spring",
                template.id(),
                AudienceId.generate(),
                PriorityClass.BULK,
                List.of(),
                Optional.empty(),
                quietHours,
                Optional.empty(),
                CampaignStatus.DRAFT,
                clock.instant(),
                Optional.empty(),
                Optional.empty());
        campaigns.insert(campaign);
        campaigns.transition(org, campaign.id(), CampaignStatus.DRAFT, CampaignStatus.RUNNING, clock.instant());
        return campaign.id();
    }

    private DeliveryCounts counts() {
        return campaigns.counts(campaigns
                .list(org, Optional.empty(), PageRequest.first(1))
                .items()
                .get(0)
                .id());
    }

    @Test
    void anAcceptedBatchIsSentOnceAndTheCampaignCompletes() {
        running(Optional.empty());
        assertThat(dispatcher.dispatchNext("r")).isTrue();
        assertThat(users).allMatch(user -> line.receivedCount(channel, user) == 1);
        assertThat(counts().sent()).isEqualTo(2);
        assertThat(dispatcher.dispatchNext("r")).as("nothing left").isFalse();
        dispatcher.completeFinished();
        assertThat(campaigns
                        .list(org, Optional.empty(), PageRequest.first(1))
                        .items()
                        .get(0)
                        .status())
                .isEqualTo(CampaignStatus.COMPLETED);
    }

    @Test
    void permitsAreTakenAheadOfTheCallsNotPerGroup() {
        CampaignId id = runningCampaign(Optional.empty());
        List<String> followers = line.addFollowers(channel, 250);
        campaigns.addBatches(
                id,
                followers.stream()
                        .map(user -> new DeliveryLedger.PlannedBatch(
                                UUID.randomUUID(),
                                gateway.id(),
                                account.id(),
                                DeliveryLedger.Kind.PUSH,
                                UUID.randomUUID(),
                                Optional.empty(),
                                List.of(new DeliveryLedger.Recipient(CustomerId.generate(), user))))
                        .toList());
        // 100 ms into a second: campaign pushes are taken a burst (190) at a time.
        clock.set(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS).plusMillis(100));
        SendPace pace = new InMemorySendPace(new InMemorySendPace.Buckets(), SendPace.Limits.LINE);
        List<String> taken = new ArrayList<>();
        SendPace watched = new CampaignOnlySendPace(pace.limits(), (account, kind, calls) -> {
            long made = followers.stream()
                    .mapToInt(user -> line.receivedCount(channel, user))
                    .sum();
            taken.add(calls + " permits after " + made + " calls");
            pace.acquire(account, kind, calls);
        });

        CampaignDispatcher sender = dispatcher(watched);
        assertThat(sender.dispatchNext("r")).as("a group of 100").isTrue();
        assertThat(sender.dispatchNext("r")).as("the next 100").isTrue();

        assertThat(taken)
                .as("the instance's permits go on from one group to the next")
                .containsExactly("190 permits after 0 calls", "190 permits after 190 calls");
        assertThat(counts().sent()).isEqualTo(200);
    }

    @Test
    void aRetryKeyLineAcceptedBeforeCountsAsSentWithoutASecondMessage() {
        DeliveryLedger.PlannedBatch batch = running(Optional.empty());
        // An earlier attempt reached LINE, but its answer was lost (a timeout, a crash before the write).
        line.multicast(
                channel,
                new MulticastRequest(
                        users, List.of(new LineMessage.Text("Hi")), false, Optional.empty(), batch.retryKey()));
        assertThat(dispatcher.dispatchNext("r")).isTrue();
        assertThat(users).allMatch(user -> line.receivedCount(channel, user) == 1);
        assertThat(counts().sent()).isEqualTo(2);
    }

    @Test
    void aServerErrorIsRetriedLaterWithTheSameRetryKey() {
        running(Optional.empty());
        line.failNextCalls(channel, 1, 500);
        dispatcher.dispatchNext("r");
        assertThat(counts().queued()).as("waiting for its retry").isEqualTo(2);
        assertThat(users).allMatch(user -> line.receivedCount(channel, user) == 0);
        clock.advance(Duration.ofSeconds(120));
        assertThat(dispatcher.dispatchNext("r")).isTrue();
        assertThat(counts().sent()).isEqualTo(2);
        assertThat(users).allMatch(user -> line.receivedCount(channel, user) == 1);
    }

    @Test
    void aRefusedMessageFailsTheBatchWithLinesReason() {
        running(Optional.empty());
        line.failNextCalls(channel, 1, 400);
        dispatcher.dispatchNext("r");
        assertThat(counts().failed()).isEqualTo(2);
        assertThat(campaigns
                        .entries(
                                campaigns
                                        .list(org, Optional.empty(), PageRequest.first(1))
                                        .items()
                                        .get(0)
                                        .id(),
                                PageRequest.first(5))
                        .items())
                .allMatch(entry ->
                        entry.status().equals("FAILED") && entry.error().isPresent());
    }

    @Test
    void duringQuietHoursNothingIsSentAndTheBatchWaitsUntried() {
        LocalTime time = clock.instant().atZone(ZoneOffset.UTC).toLocalTime();
        running(Optional.of(new QuietHours(time.minusHours(1), time.plusHours(1))));
        dispatcher.dispatchNext("r");
        assertThat(users).allMatch(user -> line.receivedCount(channel, user) == 0);
        assertThat(counts().queued()).isEqualTo(2);
        assertThat(campaigns
                        .entries(
                                campaigns
                                        .list(org, Optional.empty(), PageRequest.first(1))
                                        .items()
                                        .get(0)
                                        .id(),
                                PageRequest.first(5))
                        .items())
                .allMatch(entry -> entry.error().orElse("").startsWith("quiet hours"));
    }
}
