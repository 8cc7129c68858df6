package io.lineengage.benchmarks;

import io.lineengage.adapters.persistence.audience.AudiencePersistenceModule;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.adapters.persistence.postgres.PostgresDatabase;
import io.lineengage.adapters.persistence.postgres.PostgresModule;
import io.lineengage.application.port.out.audience.AudienceQuery;
import io.lineengage.domain.account.LineAccountId;
import io.lineengage.domain.audience.EvaluationTime;
import io.lineengage.domain.audience.FieldCatalogue;
import io.lineengage.domain.audience.Filter;
import io.lineengage.domain.audience.FilterParser;
import io.lineengage.domain.customer.AttributeType;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * A 5-condition audience count on N generated customers (typed attributes, tags, LINE identities, subscriptions):
 * the filter compiled by adapters-persistence against the same query written by hand, on the same data and the same
 * connection pool, alternating, medians compared.
 */
final class AudienceCount {
    private static final String ORG = "org_bench";
    private static final String ACCOUNT = "acc_bench";

    private AudienceCount() {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        long customers = options.longNumber("--customers", 1_000_000);
        int runs = options.number("--runs", 9);
        String databaseUrl = options.text("--database-url", null);
        DatabaseSettings settings =
                databaseUrl == null ? new DatabaseSettings.Ephemeral() : new DatabaseSettings.External(databaseUrl);
        options.done();
        try (PostgresDatabase database = PostgresDatabase.start(settings, new SimpleMeterRegistry())) {
            Jdbi jdbi = PostgresModule.jdbi(database.dataSource());
            long started = System.nanoTime();
            generate(jdbi, customers);
            System.out.printf("generated %,d customers in %.1f s%n", customers, (System.nanoTime() - started) / 1e9);

            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            EvaluationTime time = new EvaluationTime(now, ZoneId.of("Asia/Tokyo"));
            FieldCatalogue catalogue = new FieldCatalogue(
                    Map.of(
                            "tier",
                            AttributeType.STRING,
                            "points",
                            AttributeType.NUMBER,
                            "birthday",
                            AttributeType.DATE),
                    Map.of(new LineAccountId(ACCOUNT), "Brand"),
                    Set.of());
            Filter filter = FilterParser.parse(
                    and(
                            cond("attributes.tier", "in", new JsonLike.JArray(List.of(text("GOLD"), text("PLATINUM")))),
                            cond("attributes.points", "gte", new JsonLike.JNumber(new BigDecimal(1000))),
                            obj("not", cond("tags", "contains", text("vip-excluded"))),
                            cond("createdAt", "within", text("P365D")),
                            obj(
                                    "field",
                                    text("subscription.status"),
                                    "account",
                                    text(ACCOUNT),
                                    "op",
                                    text("eq"),
                                    "value",
                                    text("FOLLOWING"))),
                    "filter",
                    catalogue);
            AudienceQuery query = AudiencePersistenceModule.audienceQuery(jdbi);
            Instant since = time.since(Period.ofDays(365));

            long[] compiled = new long[runs];
            long[] hand = new long[runs];
            long compiledCount = 0;
            long handCount = 0;
            for (int run = -2; run < runs; run++) {
                long t0 = System.nanoTime();
                compiledCount = query.count(new OrgId(ORG), filter, time);
                long t1 = System.nanoTime();
                handCount = byHand(database, since, now);
                long t2 = System.nanoTime();
                if (run >= 0) {
                    compiled[run] = (t1 - t0) / 1_000;
                    hand[run] = (t2 - t1) / 1_000;
                }
            }
            if (compiledCount != handCount) {
                throw new IllegalStateException("counts differ: compiled " + compiledCount + ", by hand " + handCount);
            }
            Arrays.sort(compiled);
            Arrays.sort(hand);
            double compiledMs = compiled[runs / 2] / 1000.0;
            double handMs = hand[runs / 2] / 1000.0;
            System.out.printf(
                    "count=%,d  compiled median %.1f ms (min %.1f)  by hand median %.1f ms (min %.1f)  "
                            + "ratio %.2f%n",
                    compiledCount, compiledMs, compiled[0] / 1000.0, handMs, hand[0] / 1000.0, compiledMs / handMs);
        }
    }

    private static long byHand(PostgresDatabase database, Instant since, Instant now) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                     SELECT count(*) FROM customers c
                     WHERE c.org_id = ?
                       AND c.attributes ->> 'tier' IN ('GOLD', 'PLATINUM')
                       AND (c.attributes -> 'points')::numeric >= 1000
                       AND NOT c.tags @> ARRAY['vip-excluded']
                       AND c.created_at BETWEEN ? AND ?
                       AND EXISTS (SELECT 1 FROM line_identities i
                                   JOIN line_subscriptions s ON s.account_id = ? AND s.line_user_id = i.line_user_id
                                   WHERE i.customer_id = c.id AND i.provider = 'Brand' AND s.status = 'FOLLOWING')""")) {
            statement.setString(1, ORG);
            statement.setTimestamp(2, Timestamp.from(since));
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setString(4, ACCOUNT);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Customers with four tiers, points 0-4999, a birthday, one tag in ten excluded; 70% on LINE, 80% of those following. */
    private static void generate(Jdbi jdbi, long customers) {
        jdbi.useHandle(handle -> {
            handle.execute(
                    "INSERT INTO orgs (id, name, time_zone, created_at) VALUES (?, 'Bench', 'Asia/Tokyo', now())", ORG);
            handle.execute("""
                    INSERT INTO line_accounts (id, org_id, name, provider_name, channel_id, channel_secret_enc, status,
                        created_at, updated_at, version)
                    VALUES (?, ?, 'Bench', 'Brand', '1000000001', 'x', 'ACTIVE', now(), now(), 1)""", ACCOUNT, ORG);
            handle.execute("""
                    INSERT INTO customer_attributes (org_id, name, type, created_at)
                    VALUES (?, 'tier', 'STRING', now()), (?, 'points', 'NUMBER', now()), (?, 'birthday', 'DATE', now())""", ORG, ORG, ORG);
            handle.execute("""
                    INSERT INTO customers (id, org_id, external_id, name, email, attributes, tags, kind, created_at,
                        updated_at)
                    SELECT 'cus_' || g, ?, 'C-' || g, 'Customer ' || g, 'c' || g || '@example.jp',
                           jsonb_build_object('tier', (ARRAY['GOLD', 'SILVER', 'BRONZE', 'PLATINUM'])[1 + g % 4],
                                              'points', (g * 7919) % 5000,
                                              'birthday', to_char(date '1960-01-01' + (g % 18000)::int, 'YYYY-MM-DD')),
                           CASE g % 10 WHEN 0 THEN ARRAY['vip-excluded'] WHEN 1 THEN ARRAY['vip', 'early']
                                       ELSE ARRAY[]::text[] END,
                           'REGULAR', now() - make_interval(days => (g % 730)::int),
                           now()
                    FROM generate_series(1, ?) AS g""", ORG, customers);
            handle.execute("""
                    INSERT INTO line_identities (org_id, provider, line_user_id, customer_id, linked_at)
                    SELECT ?, 'Brand', 'U' || md5(g::text), 'cus_' || g, now()
                    FROM generate_series(1, ?) AS g WHERE g % 10 < 7""", ORG, customers);
            handle.execute("""
                    INSERT INTO line_subscriptions (account_id, line_user_id, org_id, status, updated_at)
                    SELECT ?, 'U' || md5(g::text), ?, CASE WHEN g % 5 = 0 THEN 'BLOCKED' ELSE 'FOLLOWING' END, now()
                    FROM generate_series(1, ?) AS g WHERE g % 10 < 7""", ACCOUNT, ORG, customers);
            handle.execute("VACUUM ANALYZE");
        });
    }

    private static JsonLike.JString text(String value) {
        return new JsonLike.JString(value);
    }

    private static JsonLike and(JsonLike... parts) {
        return obj("and", new JsonLike.JArray(List.of(parts)));
    }

    private static JsonLike cond(String field, String op, JsonLike value) {
        return obj("field", text(field), "op", text(op), "value", value);
    }

    private static JsonLike obj(Object... keysAndValues) {
        Map<String, JsonLike> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (JsonLike) keysAndValues[i + 1]);
        }
        return new JsonLike.JObject(fields);
    }
}
