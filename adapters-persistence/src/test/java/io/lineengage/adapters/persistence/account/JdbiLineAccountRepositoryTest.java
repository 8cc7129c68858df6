package io.lineengage.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.account.AbstractLineAccountRepositoryTest;
import io.lineengage.application.port.out.account.LineAccountRepository;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.org.OrgId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class JdbiLineAccountRepositoryTest extends AbstractLineAccountRepositoryTest {
    private static final TestStorage STORAGE = TestStorage.fresh();

    @AfterAll
    static void close() {
        STORAGE.close();
    }

    @Override
    protected OrgRepository orgRepository() {
        return OrgPersistenceModule.orgRepository(STORAGE.jdbi());
    }

    @Override
    protected LineAccountRepository repository() {
        return new JdbiLineAccountRepository(STORAGE.jdbi(), STORAGE.cipher());
    }

    @Test
    void theSecretAndTokenAreNeverStoredInPlainText() {
        OrgId org = StorageFixtures.org(orgRepository());
        LineAccount account = StorageFixtures.account(org, "1777000001", Optional.of("plain-token-that-must-not-leak"));
        repository().insert(account);
        List<Map<String, Object>> rows = STORAGE.jdbi()
                .withHandle(handle -> handle.createQuery("SELECT * FROM line_accounts WHERE id = :id")
                        .bind("id", account.id().value())
                        .mapToMap()
                        .list());
        assertThat(rows.toString())
                .doesNotContain(account.channelSecret())
                .doesNotContain("plain-token-that-must-not-leak");
        assertThat(rows.get(0).get("channel_secret_enc").toString()).startsWith("v1:");
    }
}
