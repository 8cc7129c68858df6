package io.lineengage.adapters.persistence.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.persistence.customer.CustomerPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.application.port.out.customer.CustomerRepository;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.AudienceMember;
import io.lineengage.domain.audience.AudienceMember.Happening;
import io.lineengage.domain.audience.AudienceMember.LinkedUser;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterEvaluator;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.customer.AttributeValue;
import io.lineengage.domain.customer.Customer;
import io.lineengage.domain.customer.CustomerId;
import io.lineengage.domain.customer.CustomerKind;
import io.lineengage.domain.interaction.Interaction;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.subscription.ConsentCategory;
import io.lineengage.domain.subscription.Consents;
import io.lineengage.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.assertj.core.groups.Tuple;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL compiler and the in-memory evaluator select exactly the same customers, for random populations (a new
 * org each try) and random filters, values chosen near the edges (the exact createdAt of a customer, the first day
 * of a window, 1000 against 1000.0).
 */
class SqlMatchesDomainProperties {
    private static final TestStorage STORAGE = TestStorage.fresh();
    private static final Instant NOW = Instant.parse("2026-11-26T03:00:00.123456Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final EvaluationTime TIME = new EvaluationTime(NOW, ZONE);
    private static final List<String> NAMES = List.of("Aiko", "Ken", "aiko", "Ai", "");
    private static final List<String> EMAILS = List.of("a@example.jp", "b@example.jp");
    private static final List<String> MOBILES = List.of("+819011112222", "+819033334444");
    private static final List<String> TIERS = List.of("GOLD", "SILVER", "GOLDEN");
    private static final List<String> POINTS = List.of("-5", "0", "1.5", "1000", "1000.0", "2500");
    private static final List<String> TAGS = List.of("a", "b", "c");
    private static final List<String> PERIODS = List.of("P1D", "P10D", "P30D", "PT12H", "P1M", "PT0S");
    private static final List<Duration> AGES = List.of(
            Duration.ZERO,
            Duration.ofDays(1),
            Duration.ofDays(10),
            Duration.ofDays(30),
            Duration.ofDays(30).plusNanos(1000),
            Duration.ofDays(31),
            Duration.ofHours(12),
            Duration.ofHours(-1),
            Duration.ofDays(60));
    private static final Map<String, AttributeType> ATTRIBUTES = Map.of(
            "tier",
            AttributeType.STRING,
            "points",
            AttributeType.NUMBER,
            "vip",
            AttributeType.BOOLEAN,
            "birthday",
            AttributeType.DATE);

    private final Jdbi jdbi = STORAGE.jdbi();
    private final CustomerRepository customers = CustomerPersistenceModule.customerRepository(jdbi);
    private final AudienceQuery query = AudiencePersistenceModule.audienceQuery(jdbi);

    @AfterContainer
    static void close() {
        STORAGE.close();
    }

    @Property(tries = 150)
    void sqlSelectsExactlyTheCustomersTheDomainSelects(@ForAll Random random) {
        World world = world(random);
        for (int i = 0; i < 8; i++) {
            JsonLike json = filter(random, world, 0);
            Filter filter = FilterParser.parse(json, "filter", world.catalogue);
            FilterEvaluator evaluator = new FilterEvaluator(world.catalogue, TIME);
            Set<String> expected = world.members.stream()
                    .filter(member -> evaluator.matches(filter, member))
                    .map(member -> member.customer().id().value())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> selected = query.sample(world.org, filter, TIME, 1_000, ATTRIBUTES).stream()
                    .map(customer -> customer.id().value())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(selected).as("%s", json).isEqualTo(expected);
            assertThat(query.count(world.org, filter, TIME)).as("%s", json).isEqualTo(expected.size());

            // Streamed in chunks, the same members with the same LINE users, statuses and consents.
            List<AudienceMember> streamed = new ArrayList<>();
            query.members(world.org, filter, TIME, ATTRIBUTES, 3, streamed::addAll);
            assertThat(streamed)
                    .extracting(member -> member.customer().id().value())
                    .as("%s", json)
                    .containsExactlyElementsOf(expected);
            for (AudienceMember member : streamed) {
                AudienceMember generated = world.members.stream()
                        .filter(m -> m.customer().id().equals(member.customer().id()))
                        .findFirst()
                        .orElseThrow();
                assertThat(member.customer()).isEqualTo(generated.customer());
                assertThat(member.lineUsers())
                        .extracting(
                                AudienceMember.LinkedUser::lineUserId,
                                AudienceMember.LinkedUser::provider,
                                AudienceMember.LinkedUser::statuses,
                                AudienceMember.LinkedUser::consents)
                        .containsExactlyInAnyOrderElementsOf(generated.lineUsers().stream()
                                .map(user -> Tuple.tuple(
                                        user.lineUserId(), user.provider(), user.statuses(), user.consents()))
                                .toList());
            }
        }
    }

    private record World(
            OrgId org,
            FieldCatalogue catalogue,
            List<LineAccountId> accounts,
            List<String> lists,
            List<String> campaigns,
            List<AudienceMember> members,
            List<Instant> createdAts) {}

    private World world(Random random) {
        OrgId org = new OrgId("org_" + UUID.randomUUID().toString().replace("-", ""));
        Instant created = NOW.minus(Duration.ofDays(400));
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO orgs (id, name, time_zone, created_at) VALUES (:id, 'Property Co', :zone, :at)")
                .bind("id", org.value())
                .bind("zone", ZONE.getId())
                .bind("at", created.atOffset(ZoneOffset.UTC))
                .execute());
        Map<LineAccountId, String> providers = new LinkedHashMap<>();
        String[] providerOf = {"P1", "P1", "P2"};
        for (int i = 0; i < providerOf.length; i++) {
            LineAccountId account = new LineAccountId("acc_" + org.value() + "_" + i);
            providers.put(account, providerOf[i]);
            int channel = i;
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO line_accounts (id, org_id, name, provider_name, channel_id, channel_secret_enc,
                                status, created_at, updated_at, version)
                            VALUES (:id, :org, 'Shop', :provider, :channel, 'x', 'ACTIVE', :at, :at, 1)""")
                    .bind("id", account.value())
                    .bind("org", org.value())
                    .bind("provider", providerOf[channel])
                    .bind("channel", "ch" + channel)
                    .bind("at", created.atOffset(ZoneOffset.UTC))
                    .execute());
        }
        List<String> lists = List.of("lst_" + org.value() + "_1", "lst_" + org.value() + "_2");
        for (String list : lists) {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO customer_lists (id, org_id, name, size, created_at)
                            VALUES (:id, :org, 'List', 0, :at)""")
                    .bind("id", list)
                    .bind("org", org.value())
                    .bind("at", created.atOffset(ZoneOffset.UTC))
                    .execute());
        }
        // Two campaigns, each with a batch LINE accepted and one it refused.
        List<String> campaigns = List.of("cmp_" + org.value() + "_1", "cmp_" + org.value() + "_2");
        Map<String, UUID[]> batches = new HashMap<>();
        for (String campaign : campaigns) {
            UUID sent = UUID.randomUUID();
            UUID failed = UUID.randomUUID();
            batches.put(campaign, new UUID[] {sent, failed});
            jdbi.useHandle(handle -> {
                handle.createUpdate("""
                                INSERT INTO campaigns (id, org_id, name, template_id, audience_id, priority, gateway_ids,
                                    status, created_at)
                                VALUES (:id, :org, 'C', 'tpl', 'aud', 'BULK', '{}', 'COMPLETED', :at)""")
                        .bind("id", campaign)
                        .bind("org", org.value())
                        .bind("at", created.atOffset(ZoneOffset.UTC))
                        .execute();
                for (UUID batch : new UUID[] {sent, failed}) {
                    handle.createUpdate("""
                                    INSERT INTO campaign_batches (id, campaign_id, gateway_id, account_id, kind, retry_key,
                                        status, due_at, updated_at, recipients)
                                    VALUES (:id, :campaign, 'gw', 'acc', 'MULTICAST', :key, :status, now(), now(), 0)""")
                            .bind("id", batch)
                            .bind("campaign", campaign)
                            .bind("key", UUID.randomUUID())
                            .bind("status", batch == sent ? "SENT" : "FAILED")
                            .execute();
                }
            });
        }
        List<LineAccountId> accounts = new ArrayList<>(providers.keySet());
        List<AudienceMember> members = new ArrayList<>();
        List<Customer> rows = new ArrayList<>();
        Map<String, Map<String, UUID>> deliveries = new HashMap<>();
        List<Object[]> clicks = new ArrayList<>();
        int size = random.nextInt(14);
        for (int c = 0; c < size; c++) {
            Customer customer = customer(random, org, c);
            rows.add(customer);
            Set<String> memberOf = new TreeSet<>();
            for (String list : lists) {
                if (random.nextInt(3) == 0) {
                    memberOf.add(list);
                }
            }
            List<LinkedUser> users = new ArrayList<>();
            for (int u = random.nextInt(4); u > 0; u--) {
                users.add(lineUser(random, providers, accounts));
            }
            Set<String> received = new TreeSet<>();
            Map<String, UUID> deliveredIn = new HashMap<>();
            for (String campaign : campaigns) {
                int roll = random.nextInt(3);
                if (roll < 2) {
                    deliveredIn.put(campaign, batches.get(campaign)[roll]);
                    if (roll == 0) {
                        received.add(campaign);
                    }
                }
            }
            deliveries.put(customer.id().value(), deliveredIn);
            // Clicks on the campaigns' links (a test send's click never counts), at ages around the periods' edges.
            List<AudienceMember.CampaignClick> clicked = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                String campaign = pick(random, campaigns);
                Instant at = NOW.minus(pick(random, AGES));
                boolean test = random.nextInt(4) == 0;
                clicks.add(new Object[] {customer.id().value(), campaign, at, test ? "TEST" : "CAMPAIGN"});
                if (!test) {
                    clicked.add(new AudienceMember.CampaignClick(campaign, at));
                }
            }
            members.add(new AudienceMember(customer, users, memberOf, received, clicked));
        }
        customers.saveAll(rows);
        for (AudienceMember member : members) {
            store(org, member);
            deliveries
                    .get(member.customer().id().value())
                    .forEach((campaign, batch) -> jdbi.useHandle(handle -> handle.createUpdate("""
                                    INSERT INTO campaign_deliveries (campaign_id, customer_id, line_user_id, batch_id,
                                        ledger_month)
                                    VALUES (:campaign, :customer, 'U', :batch, DATE '2026-12-01')""")
                            .bind("campaign", campaign)
                            .bind("customer", member.customer().id().value())
                            .bind("batch", batch)
                            .execute()));
        }
        for (Object[] click : clicks) {
            jdbi.useHandle(handle -> handle.createUpdate(
                            "INSERT INTO clicks (token, org_id, source, source_id, customer_id, url, clicked_at)"
                                    + " VALUES (:token, :org, :source, :campaign, :customer, 'https://x.example/', :at)")
                    .bind("token", UUID.randomUUID().toString())
                    .bind("org", org.value())
                    .bind("source", (String) click[3])
                    .bind("campaign", (String) click[1])
                    .bind("customer", (String) click[0])
                    .bind("at", ((Instant) click[2]).atOffset(ZoneOffset.UTC))
                    .execute());
        }
        List<Instant> createdAts = rows.stream().map(Customer::createdAt).toList();
        return new World(
                org,
                new FieldCatalogue(ATTRIBUTES, providers, Set.copyOf(lists), Set.copyOf(campaigns)),
                accounts,
                lists,
                campaigns,
                members,
                createdAts);
    }

    private static Customer customer(Random random, OrgId org, int index) {
        boolean regular = random.nextInt(4) > 0;
        Map<String, AttributeValue> attributes = new HashMap<>();
        if (random.nextBoolean()) {
            attributes.put("tier", new AttributeValue.Text(pick(random, TIERS)));
        }
        if (random.nextBoolean()) {
            attributes.put("points", new AttributeValue.Number(new BigDecimal(pick(random, POINTS))));
        }
        if (random.nextBoolean()) {
            attributes.put("vip", new AttributeValue.Bool(random.nextBoolean()));
        }
        if (random.nextBoolean()) {
            attributes.put("birthday", new AttributeValue.Day(day(random)));
        }
        Set<String> tags = new TreeSet<>();
        for (String tag : TAGS) {
            if (random.nextInt(3) == 0) {
                tags.add(tag);
            }
        }
        Instant createdAt = NOW.minus(pick(random, AGES));
        return new Customer(
                CustomerId.generate(),
                org,
                regular ? Optional.of("E" + index) : Optional.empty(),
                maybe(random, NAMES),
                maybe(random, MOBILES),
                maybe(random, EMAILS),
                attributes,
                tags,
                regular ? CustomerKind.REGULAR : CustomerKind.LINE_ONLY,
                createdAt,
                createdAt);
    }

    private static LinkedUser lineUser(
            Random random, Map<LineAccountId, String> providers, List<LineAccountId> accounts) {
        Map<LineAccountId, SubscriptionStatus> statuses = new HashMap<>();
        Map<LineAccountId, Consents> consents = new HashMap<>();
        List<Happening> happenings = new ArrayList<>();
        for (LineAccountId account : accounts) {
            int roll = random.nextInt(4);
            if (roll < 3) {
                statuses.put(account, SubscriptionStatus.values()[roll]);
            }
            Consents given = Consents.NONE;
            for (ConsentCategory category : ConsentCategory.values()) {
                int choice = random.nextInt(3);
                if (choice < 2) {
                    given = given.with(category, choice == 0);
                }
            }
            if (!given.explicit().isEmpty()) {
                consents.put(account, given);
            }
        }
        for (int h = random.nextInt(3); h > 0; h--) {
            happenings.add(new Happening(
                    pick(random, accounts),
                    random.nextBoolean() ? Interaction.Kind.MESSAGE : Interaction.Kind.POSTBACK,
                    NOW.minus(pick(random, AGES))));
        }
        String provider = random.nextInt(3) == 0 ? "P2" : "P1";
        return new LinkedUser(
                provider, "U" + UUID.randomUUID().toString().replace("-", ""), statuses, consents, happenings);
    }

    private void store(OrgId org, AudienceMember member) {
        jdbi.useTransaction(handle -> {
            for (String list : member.lists()) {
                handle.createUpdate(
                                "INSERT INTO customer_list_members (list_id, customer_id) VALUES (:list, :customer)")
                        .bind("list", list)
                        .bind("customer", member.customer().id().value())
                        .execute();
            }
            for (LinkedUser user : member.lineUsers()) {
                handle.createUpdate("""
                                INSERT INTO line_identities (org_id, provider, line_user_id, customer_id, linked_at)
                                VALUES (:org, :provider, :user, :customer, :at)""")
                        .bind("org", org.value())
                        .bind("provider", user.provider())
                        .bind("user", user.lineUserId())
                        .bind("customer", member.customer().id().value())
                        .bind("at", NOW.atOffset(ZoneOffset.UTC))
                        .execute();
                user.statuses()
                        .forEach((account, status) -> handle.createUpdate("""
                                INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, updated_at)
                                VALUES (:account, :user, :org, :status, :at)""")
                                .bind("account", account.value())
                                .bind("user", user.lineUserId())
                                .bind("org", org.value())
                                .bind("status", status.name())
                                .bind("at", NOW.atOffset(ZoneOffset.UTC))
                                .execute());
                user.consents()
                        .forEach((account, consents) -> consents.explicit()
                                .forEach((category, optedIn) -> handle.createUpdate("""
                                        INSERT INTO line_consents (account_id, line_user_id, category, org_id, opted_in,
                                            changed_at)
                                        VALUES (:account, :user, :category, :org, :optedIn, :at)""")
                                        .bind("account", account.value())
                                        .bind("user", user.lineUserId())
                                        .bind("category", category.name())
                                        .bind("org", org.value())
                                        .bind("optedIn", optedIn)
                                        .bind("at", NOW.atOffset(ZoneOffset.UTC))
                                        .execute()));
                for (Happening happening : user.interactions()) {
                    handle.createUpdate("""
                                    INSERT INTO line_interactions (account_id, webhook_event_id, org_id, line_user_id,
                                        kind, content, occurred_at)
                                    VALUES (:account, :event, :org, :user, :kind, 'hi', :at)""")
                            .bind("account", happening.account().value())
                            .bind("event", UUID.randomUUID().toString())
                            .bind("org", org.value())
                            .bind("user", user.lineUserId())
                            .bind("kind", happening.kind().name())
                            .bind("at", happening.at().atOffset(ZoneOffset.UTC))
                            .execute();
                }
            }
        });
    }

    private static JsonLike filter(Random random, World world, int depth) {
        int roll = random.nextInt(depth >= 3 ? 1 : 10);
        if (roll == 0 || depth >= 3) {
            return condition(random, world);
        }
        if (roll <= 3) {
            return obj("not", filter(random, world, depth + 1));
        }
        List<JsonLike> parts = new ArrayList<>();
        for (int i = random.nextInt(3) + 1; i > 0; i--) {
            parts.add(filter(random, world, depth + 1));
        }
        return obj(roll <= 6 ? "and" : "or", new JsonLike.JArray(parts));
    }

    private static JsonLike condition(Random random, World world) {
        String account = pick(random, world.accounts).value();
        return switch (random.nextInt(16)) {
            case 15 -> {
                JsonLike clicked = random.nextBoolean()
                        ? cond("campaigns.clicked", "eq", str(pick(random, world.campaigns)))
                        : cond("campaigns.clicked", "in", strings(random, world.campaigns));
                yield random.nextBoolean()
                        ? clicked
                        : obj(
                                "field", "campaigns.clicked",
                                "op", ((JsonLike.JObject) clicked).fields().get("op"),
                                "value", ((JsonLike.JObject) clicked).fields().get("value"),
                                "within", str(pick(random, PERIODS)));
            }
            case 14 ->
                random.nextBoolean()
                        ? cond("campaigns.received", "eq", str(pick(random, world.campaigns)))
                        : cond("campaigns.received", "in", strings(random, world.campaigns));
            case 0 -> text(random, "name", NAMES);
            case 1 -> text(random, "email", EMAILS);
            case 2 -> text(random, "mobile", MOBILES);
            case 3 -> text(random, "externalId", List.of("E0", "E1", "E2", "E7"));
            case 4 -> text(random, "attributes.tier", TIERS);
            case 5 -> number(random);
            case 6 ->
                pickOp(random, List.of("eq", "ne", "exists")).equals("exists")
                        ? cond("attributes.vip", "exists", new JsonLike.JBool(random.nextBoolean()))
                        : cond(
                                "attributes.vip",
                                pick(random, List.of("eq", "ne")),
                                new JsonLike.JBool(random.nextBoolean()));
            case 7 -> date(random, random.nextBoolean() ? "birthday" : "attributes.birthday");
            case 8 -> moment(random, world);
            case 9 ->
                switch (random.nextInt(3)) {
                    case 0 -> cond("tags", "contains", str(pick(random, TAGS)));
                    case 1 -> cond("tags", "in", strings(random, TAGS));
                    default -> cond("tags", "exists", new JsonLike.JBool(random.nextBoolean()));
                };
            case 10 -> {
                String op = pick(random, List.of("eq", "ne", "in"));
                List<String> statuses = List.of("FOLLOWING", "BLOCKED", "UNKNOWN");
                yield obj(
                        "field",
                        "subscription.status",
                        "account",
                        str(account),
                        "op",
                        str(op),
                        "value",
                        op.equals("in") ? strings(random, statuses) : str(pick(random, statuses)));
            }
            case 11 ->
                obj(
                        "field",
                        random.nextBoolean() ? "consent.promotional" : "consent.transactional",
                        "account",
                        str(account),
                        "op",
                        str("eq"),
                        "value",
                        new JsonLike.JBool(random.nextBoolean()));
            case 12 ->
                random.nextBoolean()
                        ? (random.nextBoolean()
                                ? cond("lineIdentity", "exists", new JsonLike.JBool(random.nextBoolean()))
                                : obj("field", "lineIdentity", "account", str(account), "op", str("exists")))
                        : (random.nextBoolean()
                                ? cond("list", "eq", str(pick(random, world.lists)))
                                : cond("list", "in", strings(random, world.lists)));
            default -> {
                String field = random.nextBoolean() ? "interactions.message" : "interactions.postback";
                JsonLike value =
                        random.nextBoolean() ? str(pick(random, PERIODS)) : new JsonLike.JBool(random.nextBoolean());
                String op = value instanceof JsonLike.JString ? "within" : "exists";
                yield random.nextBoolean()
                        ? cond(field, op, value)
                        : obj("field", str(field), "account", str(account), "op", str(op), "value", value);
            }
        };
    }

    private static JsonLike text(Random random, String field, List<String> pool) {
        return switch (pickOp(random, List.of("eq", "ne", "in", "contains", "exists"))) {
            case "eq" -> cond(field, "eq", str(pick(random, pool)));
            case "ne" -> cond(field, "ne", str(pick(random, pool)));
            case "in" -> cond(field, "in", strings(random, pool));
            case "contains" -> {
                String text = pick(random, pool);
                yield cond(field, "contains", str(text.substring(0, Math.min(2, text.length()))));
            }
            default -> cond(field, "exists", new JsonLike.JBool(random.nextBoolean()));
        };
    }

    private static JsonLike number(Random random) {
        String op = pickOp(random, List.of("eq", "ne", "lt", "lte", "gt", "gte", "between", "in", "exists"));
        return switch (op) {
            case "between" -> {
                List<BigDecimal> pair = new ArrayList<>(
                        List.of(new BigDecimal(pick(random, POINTS)), new BigDecimal(pick(random, POINTS))));
                pair.sort(null);
                yield cond(
                        "attributes.points",
                        op,
                        new JsonLike.JArray(
                                List.of(new JsonLike.JNumber(pair.get(0)), new JsonLike.JNumber(pair.get(1)))));
            }
            case "in" ->
                cond(
                        "attributes.points",
                        op,
                        new JsonLike.JArray(List.of(
                                new JsonLike.JNumber(new BigDecimal(pick(random, POINTS))),
                                new JsonLike.JNumber(new BigDecimal(pick(random, POINTS))))));
            case "exists" -> cond("attributes.points", op, new JsonLike.JBool(random.nextBoolean()));
            default -> cond("attributes.points", op, new JsonLike.JNumber(new BigDecimal(pick(random, POINTS))));
        };
    }

    private static JsonLike date(Random random, String field) {
        String op = pickOp(random, List.of("eq", "ne", "lt", "lte", "gt", "gte", "between", "within", "exists"));
        return switch (op) {
            case "between" -> {
                List<LocalDate> pair = new ArrayList<>(List.of(day(random), day(random)));
                pair.sort(null);
                yield cond(
                        field,
                        op,
                        new JsonLike.JArray(List.of(
                                str(pair.get(0).toString()), str(pair.get(1).toString()))));
            }
            case "within" -> cond(field, op, str(pick(random, PERIODS)));
            case "exists" -> cond(field, op, new JsonLike.JBool(random.nextBoolean()));
            default -> cond(field, op, str(day(random).toString()));
        };
    }

    private static JsonLike moment(Random random, World world) {
        String op = pickOp(random, List.of("eq", "ne", "lt", "lte", "gt", "gte", "between", "within"));
        List<Instant> pool = new ArrayList<>(world.createdAts);
        pool.add(NOW.minus(Duration.ofDays(15)));
        return switch (op) {
            case "between" -> {
                List<Instant> pair = new ArrayList<>(List.of(pick(random, pool), pick(random, pool)));
                pair.sort(null);
                yield cond(
                        "createdAt",
                        op,
                        new JsonLike.JArray(List.of(
                                str(pair.get(0).toString()), str(pair.get(1).toString()))));
            }
            case "within" -> cond("createdAt", op, str(pick(random, PERIODS)));
            default -> cond("createdAt", op, str(pick(random, pool).toString()));
        };
    }

    private static LocalDate day(Random random) {
        return TIME.today().minusDays(pick(random, List.of(-1, 0, 1, 10, 29, 30, 31, 400)));
    }

    private static String pickOp(Random random, List<String> ops) {
        return pick(random, ops);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> Optional<T> maybe(Random random, List<T> values) {
        return random.nextBoolean() ? Optional.of(pick(random, values)) : Optional.empty();
    }

    private static JsonLike.JString str(String text) {
        return new JsonLike.JString(text);
    }

    private static JsonLike strings(Random random, List<String> pool) {
        List<JsonLike> items = new ArrayList<>();
        for (int i = random.nextInt(2) + 1; i > 0; i--) {
            items.add(str(pick(random, pool)));
        }
        return new JsonLike.JArray(items);
    }

    private static JsonLike cond(String field, String op, JsonLike value) {
        return obj("field", str(field), "op", str(op), "value", value);
    }

    private static JsonLike obj(Object... keysAndValues) {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            fields.put((String) keysAndValues[i], value instanceof String text ? str(text) : (JsonLike) value);
        }
        return new JsonLike.JObject(fields);
    }
}
