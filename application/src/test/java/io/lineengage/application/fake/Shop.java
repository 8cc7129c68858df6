package io.lineengage.application.fake;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.service.audience.FilterCatalogues;
import io.lineengage.application.service.campaign.AudienceFreeze;
import io.lineengage.application.service.campaign.CampaignDispatcher;
import io.lineengage.application.service.campaign.CampaignPlanning;
import io.lineengage.application.service.tracking.ClickTracker;
import io.lineengage.domain.account.ChannelCredentials;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.campaign.Campaign;
import io.lineengage.domain.campaign.CampaignId;
import io.lineengage.domain.campaign.CampaignStatus;
import io.lineengage.domain.campaign.FrequencyCap;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.gateway.Gateway;
import io.lineengage.domain.gateway.GatewayId;
import io.lineengage.domain.gateway.PriorityClass;
import io.lineengage.domain.identity.LineIdentity;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.ConsentChange;
import io.lineengage.domain.subscription.StatusEvidence;
import io.lineengage.domain.subscription.Subscription;
import io.lineengage.domain.subscription.SubscriptionStatus;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A brand on in-memory fakes, as the campaign services see it: one org with LINE accounts of one provider on the fake
 * LINE platform, their gateways, a text template, an audience of everyone, and customers following what a test says.
 */
public final class Shop {
    public final SettableClock clock = new SettableClock(Instant.now());
    public final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    public final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    public final InMemoryGateways gateways = new InMemoryGateways();
    public final InMemoryTemplates templates = new InMemoryTemplates();
    public final InMemoryAudiences audiences = new InMemoryAudiences();
    public final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    public final InMemoryCustomers customers = new InMemoryCustomers();
    public final InMemoryIdentities identities = new InMemoryIdentities();
    public final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
    public final InMemoryConsentStore consents = new InMemoryConsentStore();
    public final InMemoryCustomerLists lists = new InMemoryCustomerLists(customers);
    public final InMemoryTrackedLinks trackedLinks = new InMemoryTrackedLinks();
    public final InMemoryAggregationUnitUsage units = new InMemoryAggregationUnitUsage();
    public final InMemoryAudienceQuery audienceQuery = new InMemoryAudienceQuery(
            customers,
            identities,
            accounts,
            subscriptions,
            consents,
            lists,
            new InMemoryInteractionLog(),
            campaigns,
            trackedLinks);
    public final InMemoryLinePlatform line = new InMemoryLinePlatform();
    public final InMemorySendPace pace = new InMemorySendPace(new InMemorySendPace.Buckets(), SendPace.Limits.LINE);
    public final FilterCatalogues catalogues = new FilterCatalogues(customers, accounts, lists, campaigns);
    public final ClickTracker tracker = new ClickTracker(URI.create("https://engage.example"), trackedLinks, clock);
    public final CampaignPlanning planning = new CampaignPlanning(templates, catalogues, gateways, accounts, tracker);
    public final OrgId org = OrgId.generate();
    public final Template template;
    public final Audience everyone;

    public Shop() {
        orgs.insert(new Org(org, "Brand", ZoneId.of("Asia/Tokyo"), clock.instant()));
        template = new Template(
                TemplateId.generate(),
                org,
                "Hello",
                new JsonLike.JArray(List.of(new JsonLike.JObject(
                        Map.of("type", new JsonLike.JString("text"), "text", new JsonLike.JString("Hi"))))),
                false,
                clock.instant(),
                clock.instant());
        templates.insert(template);
        everyone = new Audience(
                AudienceId.generate(),
                org,
                "Everyone",
                new JsonLike.JObject(Map.of(
                        "field", new JsonLike.JString("externalId"),
                        "op", new JsonLike.JString("exists"),
                        "value", new JsonLike.JBool(true))),
                clock.instant(),
                clock.instant());
        audiences.insert(everyone);
    }

    /** A LINE channel of the provider "Brand", its account, and a default BULK gateway of this weight on it. */
    public Channel channel(int weight) {
        return channel(weight, PriorityClass.BULK);
    }

    /** As above, with a default gateway of {@code priority}. */
    public Channel channel(int weight, PriorityClass priority) {
        ChannelCredentials credentials = line.newChannel();
        LineAccount account = StorageFixtures.account(org, credentials, clock.instant());
        accounts.insert(account);
        Gateway gateway = new Gateway(
                GatewayId.generate(),
                org,
                account.id(),
                weight,
                priority,
                Optional.empty(),
                Optional.empty(),
                true,
                clock.instant(),
                clock.instant());
        gateways.insert(gateway);
        return new Channel(credentials, account, gateway);
    }

    public record Channel(ChannelCredentials credentials, LineAccount account, Gateway gateway) {}

    /** A regular customer, not linked to LINE. */
    public Customer customer() {
        Instant now = clock.instant();
        Customer customer = new Customer(
                CustomerId.generate(),
                org,
                Optional.of("C-" + UUID.randomUUID()),
                Optional.of("Aiko"),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                CustomerKind.REGULAR,
                now,
                now);
        customers.saveAll(List.of(customer));
        return customer;
    }

    /** A customer whose one LINE user follows each of these channels (on the fake platform too). */
    public Customer follower(Channel... following) {
        Customer customer = customer();
        String user = StorageFixtures.userId();
        identities.linkAll(List.of(new LineIdentity(org, "Brand", user, customer.id(), clock.instant())));
        for (Channel channel : following) {
            line.addFollowers(channel.credentials(), List.of(user));
            status(channel, user, SubscriptionStatus.FOLLOWING);
        }
        return customer;
    }

    public void status(Channel channel, String user, SubscriptionStatus status) {
        clock.advance(Duration.ofMillis(1)); // evidence no newer than the last is ignored
        Subscription.Change change = subscriptions
                .find(org, channel.account().id(), user)
                .apply(new StatusEvidence(
                        status, clock.instant(), UUID.randomUUID().toString(), StatusEvidence.Source.WEBHOOK));
        subscriptions.record(
                org,
                channel.account().id(),
                List.of(new SubscriptionStore.Recorded(user, (Subscription.Change.Applied) change)),
                clock.instant());
    }

    public String lineUserOf(Customer customer) {
        return identities.ofCustomer(org, customer.id()).get(0).lineUserId();
    }

    public void optOut(Customer customer, Channel channel, ConsentCategory category) {
        consents.change(new ConsentChange(
                org, channel.account().id(), lineUserOf(customer), category, false, "test", clock.instant()));
    }

    /** A DRAFT BULK campaign of the template to everyone, through the org's default gateways. */
    public Campaign draft(Optional<Instant> scheduleAt, Optional<FrequencyCap> cap) {
        return draft(template.id(), scheduleAt, cap);
    }

    /** As above, of another template. */
    public Campaign draft(TemplateId templateId, Optional<Instant> scheduleAt, Optional<FrequencyCap> cap) {
        Campaign campaign = new Campaign(
                CampaignId.generate(),
                org,
                "Spring",
                templateId,
                everyone.id(),
                PriorityClass.BULK,
                List.of(),
                scheduleAt,
                Optional.empty(),
                cap,
                CampaignStatus.DRAFT,
                clock.instant(),
                Optional.empty(),
                Optional.empty());
        campaigns.insert(campaign);
        return campaign;
    }

    public AudienceFreeze freeze() {
        return new AudienceFreeze(
                campaigns,
                campaigns,
                campaigns,
                audiences,
                audienceQuery,
                planning,
                orgs,
                new DirectUnitOfWork(),
                () -> {},
                clock);
    }

    public CampaignDispatcher dispatcher() {
        return new CampaignDispatcher(
                campaigns,
                campaigns,
                templates,
                accounts,
                gateways,
                audienceQuery,
                customers,
                line,
                pace,
                orgs,
                new DirectUnitOfWork(),
                units,
                clock);
    }

    /** Freezes what launches left to freeze, dispatches until nothing is left to claim, completes what finished. */
    public void sendAll() {
        AudienceFreeze freeze = freeze();
        while (freeze.freezeNext("test", () -> true)) {
            // next campaign
        }
        // The ledger stamps batches due at the real time they were added (as PostgreSQL does), or at this clock's time
        // when released after a pause: claim after both.
        Instant now = Instant.now();
        clock.set((clock.instant().isAfter(now) ? clock.instant() : now).plusSeconds(1));
        CampaignDispatcher dispatcher = dispatcher();
        while (dispatcher.dispatchNext("test")) {
            // next group
        }
        dispatcher.completeFinished();
    }
}
