package io.lineengage.adapters.persistence.org;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.persistence.postgres.PostgresModule;
import io.lineengage.adapters.persistence.postgres.TestDatabases;
import io.lineengage.application.port.out.org.AbstractOrgRepositoryTest;
import io.lineengage.application.port.out.org.OrgRepository;
import org.junit.jupiter.api.AfterEach;

class JdbiOrgRepositoryTest extends AbstractOrgRepositoryTest {
    private HikariDataSource database;

    @Override
    protected OrgRepository repository() {
        database = TestDatabases.shared().newDatabase();
        return new JdbiOrgRepository(PostgresModule.jdbi(database));
    }

    @AfterEach
    void close() {
        database.close();
    }
}
