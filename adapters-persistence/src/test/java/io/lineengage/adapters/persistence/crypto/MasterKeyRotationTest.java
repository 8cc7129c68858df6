package io.lineengage.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.adapters.persistence.account.AccountPersistenceModule;
import io.lineengage.adapters.persistence.org.OrgPersistenceModule;
import io.lineengage.adapters.persistence.postgres.TestStorage;
import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.domain.account.LineAccount;
import io.lineengage.domain.org.OrgId;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterKeyRotationTest {
    @Test
    void everySecretMovesToTheNewKey() {
        try (TestStorage storage = TestStorage.fresh()) {
            OrgId org = StorageFixtures.org(OrgPersistenceModule.orgRepository(storage.jdbi()));
            LineAccount withToken = StorageFixtures.account(org, "1888000001", Optional.of("token-1"));
            LineAccount withoutToken = StorageFixtures.account(org, "1888000002", Optional.empty());
            AccountPersistenceModule.lineAccountRepository(storage.jdbi(), storage.cipher())
                    .insert(withToken);
            AccountPersistenceModule.lineAccountRepository(storage.jdbi(), storage.cipher())
                    .insert(withoutToken);
            SecretCipher newKey = SecretCipher.withKey(HexFormat.of().parseHex("42".repeat(32)));

            assertThat(MasterKeyRotation.rotate(storage.dataSource(), storage.cipher(), newKey))
                    .isEqualTo(3);

            assertThat(AccountPersistenceModule.lineAccountRepository(storage.jdbi(), newKey)
                            .find(org, withToken.id()))
                    .contains(withToken);
            assertThat(AccountPersistenceModule.lineAccountRepository(storage.jdbi(), newKey)
                            .find(org, withoutToken.id()))
                    .contains(withoutToken);
            assertThatThrownBy(() -> AccountPersistenceModule.lineAccountRepository(storage.jdbi(), storage.cipher())
                            .find(org, withToken.id()))
                    .hasMessageContaining("does not decrypt");
        }
    }

    @Test
    void aWrongCurrentKeyChangesNothing() {
        try (TestStorage storage = TestStorage.fresh()) {
            OrgId org = StorageFixtures.org(OrgPersistenceModule.orgRepository(storage.jdbi()));
            LineAccount account = StorageFixtures.account(org, "1888000003", Optional.of("token"));
            AccountPersistenceModule.lineAccountRepository(storage.jdbi(), storage.cipher())
                    .insert(account);
            SecretCipher wrong = SecretCipher.withKey(HexFormat.of().parseHex("11".repeat(32)));
            SecretCipher next = SecretCipher.withKey(HexFormat.of().parseHex("22".repeat(32)));

            assertThatThrownBy(() -> MasterKeyRotation.rotate(storage.dataSource(), wrong, next))
                    .hasMessageContaining("does not decrypt");
            assertThat(AccountPersistenceModule.lineAccountRepository(storage.jdbi(), storage.cipher())
                            .find(org, account.id()))
                    .contains(account);
        }
    }
}
