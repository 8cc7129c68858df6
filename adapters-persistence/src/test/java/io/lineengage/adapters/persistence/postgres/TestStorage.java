package io.lineengage.adapters.persistence.postgres;

import com.zaxxer.hikari.HikariDataSource;
import io.lineengage.adapters.persistence.crypto.SecretCipher;
import io.lineengage.application.port.out.UnitOfWork;
import java.util.HexFormat;
import org.jdbi.v3.core.Jdbi;

/** A fresh migrated database with its JDBI and a cipher, for one persistence test class. */
public record TestStorage(HikariDataSource dataSource, Jdbi jdbi, SecretCipher cipher) implements AutoCloseable {
    public static final byte[] TEST_KEY =
            HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    public static TestStorage fresh() {
        HikariDataSource dataSource = TestDatabases.shared().newDatabase();
        return new TestStorage(dataSource, PostgresModule.jdbi(dataSource), SecretCipher.withKey(TEST_KEY));
    }

    public UnitOfWork unitOfWork() {
        return PostgresModule.unitOfWork(jdbi);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
