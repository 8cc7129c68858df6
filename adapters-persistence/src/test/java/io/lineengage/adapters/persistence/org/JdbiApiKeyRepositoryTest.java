package io.lineengage.adapters.persistence.org;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.persistence.postgres.PostgresModule;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import io.lineengage.application.port.out.org.AbstractApiKeyRepositoryTest;
import io.lineengage.application.port.out.org.ApiKeyRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;

class JdbiApiKeyRepositoryTest extends AbstractApiKeyRepositoryTest {
    // One database for the class: each test makes its own orgs and keys with fresh random ids.
    private static final HikariDataSource DATABASE = TestDatabases.shared().newDatabase();
    private final Jdbi jdbi = PostgresModule.jdbi(DATABASE);

    @AfterAll
    static void close() {
        DATABASE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return new JdbiOrgRepository(jdbi);
    }

    @Override
    protected ApiKeyRepository apiKeyRepository() {
        return new JdbiApiKeyRepository(jdbi);
    }
}
