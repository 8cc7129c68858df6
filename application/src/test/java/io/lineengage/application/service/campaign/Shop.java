package io.lineengage.application.service.campaign;

import io.lineengage.application.fake.DirectUnitOfWork;
import io.lineengage.application.fake.InMemoryAudienceQuery;
import io.lineengage.application.fake.InMemoryAudiences;
import io.lineengage.application.fake.InMemoryCampaigns;
import io.lineengage.application.fake.InMemoryConsentStore;
import io.lineengage.application.fake.InMemoryCustomerLists;
import io.lineengage.application.fake.InMemoryCustomers;
import io.lineengage.application.fake.InMemoryGateways;
import io.lineengage.application.fake.InMemoryIdentities;
import io.lineengage.application.fake.InMemoryInteractionLog;
import io.lineengage.application.fake.InMemoryLineAccountRepository;
import io.lineengage.application.fake.InMemoryLinePlatform;
import io.lineengage.application.fake.InMemoryOrgRepository;
import io.lineengage.application.fake.InMemorySendPace;
import io.lineengage.application.fake.InMemorySubscriptionStore;
import io.lineengage.application.fake.InMemoryTemplates;
import io.lineengage.application.fake.SettableClock;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.campaign.SendPace;
import io.lineengage.application.port.out.subscription.SubscriptionStore;
import io.lineengage.application.service.audience.FilterCatalogues;
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
final class Shop {
    final SettableClock clock = new SettableClock(Instant.now());
    final InMemoryOrgRepository orgs = new InMemoryOrgRepository();
    final InMemoryLineAccountRepository accounts = new InMemoryLineAccountRepository();
    final InMemoryGateways gateways = new InMemoryGateways();
    final InMemoryTemplates templates = new InMemoryTemplates();
    final InMemoryAudiences audiences = new InMemoryAudiences();
    final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    final InMemoryCustomers customers = new InMemoryCustomers();
    final InMemoryIdentities identities = new InMemoryIdentities();
    final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore();
    final InMemoryConsentStore consents = new InMemoryConsentStore();
    final InMemoryCustomerLists lists = new InMemoryCustomerLists(customers);
    final InMemoryAudienceQuery audienceQuery = new InMemoryAudienceQuery(
            customers, identities, accounts, subscriptions, consents, lists, new InMemoryInteractionLog(), campaigns);
    final InMemoryLinePlatform line = new InMemoryLinePlatform();
    final InMemorySendPace pace = new InMemorySendPace(new InMemorySendPace.Buckets(), SendPace.Limits.LINE);
    final FilterCatalogues catalogues = new FilterCatalogues(customers, accounts, lists, campaigns);
    final CampaignPlanning planning = new CampaignPlanning(templates, catalogues, gateways, accounts);
    final OrgId org = OrgId.generate();
    final Template template;
    final Audience everyone;

    Shop() {
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
    Channel channel(int weight) {
        ChannelCredentials credentials = line.newChannel();
        LineAccount account = StorageFixtures.account(org, credentials, clock.instant());
        accounts.insert(account);
        Gateway gateway = new Gateway(
                GatewayId.generate(),
                org,
                account.id(),
                weight,
                PriorityClass.BULK,
                Optional.empty(),
                Optional.empty(),
                true,
                clock.instant(),
                clock.instant());
        gateways.insert(gateway);
        return new Channel(credentials, account, gateway);
    }

    record Channel(ChannelCredentials credentials, LineAccount account, Gateway gateway) {}

    /** A regular customer, not linked to LINE. */
    Customer customer() {
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
    Customer follower(Channel... following) {
        Customer customer = customer();
        String user = StorageFixtures.userId();
        identities.linkAll(List.of(new LineIdentity(org, "Brand", user, customer.id(), clock.instant())));
        for (Channel channel : following) {
            line.addFollowers(channel.credentials(), List.of(user));
            status(channel, user, SubscriptionStatus.FOLLOWING);
        }
        return customer;
    }

    void status(Channel channel, String user, SubscriptionStatus status) {
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

    String lineUserOf(Customer customer) {
        return identities.ofCustomer(org, customer.id()).get(0).lineUserId();
    }

    void optOut(Customer customer, Channel channel, ConsentCategory category) {
        consents.change(new ConsentChange(
                org, channel.account().id(), lineUserOf(customer), category, false, "test", clock.instant()));
    }

    /** A DRAFT BULK campaign of the template to everyone, through the org's default gateways. */
    Campaign draft(Optional<Instant> scheduleAt, Optional<FrequencyCap> cap) {
        Campaign campaign = new Campaign(
                CampaignId.generate(),
                org,
                "Spring",
                template.id(),
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

    AudienceFreeze freeze() {
        return new AudienceFreeze(
                campaigns, campaigns, audiences, audienceQuery, planning, orgs, new DirectUnitOfWork(), clock);
    }

    CampaignDispatcher dispatcher() {
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
                clock);
    }

    /** Dispatches until nothing is left to claim, then completes what finished. */
    void sendAll() {
        // The ledger stamps batches due at the real time they were added (as PostgreSQL does): claim after that.
        clock.set(Instant.now().plusSeconds(1));
        CampaignDispatcher dispatcher = dispatcher();
        while (dispatcher.dispatchNext("test")) {
            // next group
        }
        dispatcher.completeFinished();
    }
}
