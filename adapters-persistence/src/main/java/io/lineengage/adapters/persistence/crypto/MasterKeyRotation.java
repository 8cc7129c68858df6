package io.lineengage.adapters.persistence.crypto;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Re-encrypts every stored secret from one master key to another, in one transaction: either all secrets move to
 * the new key or none does. Run it with the service stopped, then start the service with the new key.
 */
public final class MasterKeyRotation {
    private MasterKeyRotation() {}

    /** Answers how many secrets were re-encrypted. */
    public static int rotate(DataSource dataSource, SecretCipher from, SecretCipher to) {
        return Jdbi.create(dataSource).inTransaction(handle -> {
            List<Map<String, Object>> rows = handle.createQuery(
                            "SELECT id, channel_secret_enc, access_token_enc FROM line_accounts FOR UPDATE")
                    .mapToMap()
                    .list();
            int count = 0;
            for (Map<String, Object> row : rows) {
                String id = (String) row.get("id");
                String secret = to.encrypt(
                        from.decrypt((String) row.get("channel_secret_enc"), StoredSecrets.channelSecret(id)),
                        StoredSecrets.channelSecret(id));
                String tokenStored = (String) row.get("access_token_enc");
                String token = tokenStored == null
                        ? null
                        : to.encrypt(
                                from.decrypt(tokenStored, StoredSecrets.accessToken(id)),
                                StoredSecrets.accessToken(id));
                handle.createUpdate("UPDATE line_accounts SET channel_secret_enc = :secret, access_token_enc = :token"
                                + " WHERE id = :id")
                        .bind("secret", secret)
                        .bind("token", token)
                        .bind("id", id)
                        .execute();
                count += tokenStored == null ? 1 : 2;
            }
            return count;
        });
    }
}
