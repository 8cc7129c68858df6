package io.lineengage.adapters.persistence.account;

import dagger.Module;
import dagger.Provides;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.application.port.out.account.LineAccountRepository;
import jakarta.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** LINE accounts, their secrets encrypted under the master key. */
@Module
public final class AccountPersistenceModule {
    private AccountPersistenceModule() {}

    @Provides
    @Singleton
    public static LineAccountRepository lineAccountRepository(Jdbi jdbi, SecretCipher cipher) {
        return new JdbiLineAccountRepository(jdbi, cipher);
    }
}
