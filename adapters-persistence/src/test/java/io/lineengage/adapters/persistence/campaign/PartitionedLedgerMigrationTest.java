package io.lineengage.adapters.persistence.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The ledger of campaigns that ran before it was partitioned moves, whole, into the months of those campaigns. */
class PartitionedLedgerMigrationTest {
    private static void migrate(HikariDataSource database, String target) {
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    /** The ledger's secondary indexes as "USING btree (columns) [WHERE ...]", names and primary key left out. */
    private static List<String> ledgerIndexes(Jdbi jdbi) {
        return jdbi.withHandle(
                handle -> handle.createQuery("""
                        SELECT regexp_replace(indexdef, '^.* USING ', 'USING ') FROM pg_indexes
                        WHERE tablename = 'campaign_deliveries' AND indexname NOT LIKE '%pkey%' ORDER BY 1""").mapTo(String.class).list());
    }

    @Test
    void theLedgerKeepsEveryIndexItHadBeforePartitioning() {
        try (HikariDataSource database = TestDatabases.shared().newUnmigratedDatabase()) {
            Jdbi jdbi = Jdbi.create(database);
            migrate(database, "24");
            List<String> before = ledgerIndexes(jdbi);
            assertThat(before).as("the customer index frequency caps read").contains("USING btree (customer_id)");

            migrate(database, "latest");

            assertThat(ledgerIndexes(jdbi)).containsAll(before);
        }
    }

    @Test
    void rowsWrittenBeforePartitioningLandInTheirCampaignsMonths() {
        try (HikariDataSource database = TestDatabases.shared().newUnmigratedDatabase()) {
            migrate(database, "24");
            Jdbi jdbi = Jdbi.create(database);
            jdbi.useHandle(handle -> {
                handle.execute("INSERT INTO orgs (id, name, time_zone, created_at) VALUES ('org_1', 'Shop',"
                        + " 'Asia/Tokyo', now())");
                for (String[] campaign : List.of(
                        new String[] {"cmp_oct", "2026-10-31T23:30:00Z"},
                        new String[] {"cmp_nov", "2026-11-02T00:00:00Z"})) {
                    handle.execute(
                            "INSERT INTO campaigns (id, org_id, name, template_id, audience_id, priority, gateway_ids,"
                                    + " status, created_at) VALUES (?, 'org_1', 'c', 'tpl', 'aud', 'BULK', '{}',"
                                    + " 'COMPLETED', CAST(? AS timestamptz))",
                            campaign[0],
                            campaign[1]);
                    for (int i = 0; i < 3; i++) {
                        handle.execute(
                                "INSERT INTO campaign_deliveries (campaign_id, customer_id, reason, detail)"
                                        + " VALUES (?, ?, 'not_following', 'no')",
                                campaign[0],
                                "cus_" + campaign[0] + i);
                    }
                }
            });

            migrate(database, "latest");

            List<String> placed = jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT tableoid::regclass::text || ':' || campaign_id FROM campaign_deliveries"
                                    + " GROUP BY 1 ORDER BY 1")
                    .mapTo(String.class)
                    .list());
            assertThat(placed)
                    .containsExactly("campaign_deliveries_2026_10:cmp_oct", "campaign_deliveries_2026_11:cmp_nov");
            long rows = jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM campaign_deliveries")
                    .mapTo(Long.class)
                    .one());
            assertThat(rows).isEqualTo(6);
            assertThat(CampaignPersistenceModule.ledgerMonths(jdbi).months())
                    .extracting(Object::toString)
                    .contains("2026-10", "2026-11");
        }
    }
}
