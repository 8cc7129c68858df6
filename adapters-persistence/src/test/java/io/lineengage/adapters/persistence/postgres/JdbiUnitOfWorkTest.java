package io.lineengage.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.application.port.out.UnitOfWork;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JdbiUnitOfWorkTest {
    private static final HikariDataSource DATABASE = TestDatabases.shared().newDatabase();
    private final Jdbi jdbi = PostgresModule.jdbi(DATABASE);
    private final UnitOfWork unitOfWork = new JdbiUnitOfWork(jdbi);
    private final OrgRepository orgs = OrgPersistenceModule.orgRepository(jdbi);

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    private static Org org(String name) {
        return new Org(OrgId.generate(), name, ZoneId.of("UTC"), Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void workThatFailsLeavesNothingBehind() {
        Org first = org("first");
        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    orgs.insert(first);
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(orgs.findById(first.id())).isEmpty();
    }

    @Test
    void workThatSucceedsIsCommitted() {
        Org org = org("kept");
        unitOfWork.run(() -> orgs.insert(org));
        assertThat(orgs.findById(org.id())).contains(org);
    }

    @Test
    void healthAnswersTrueWhileTheDatabaseIsUp() {
        assertThat(new JdbiDatabaseHealth(jdbi).isReachable()).isTrue();
    }
}
