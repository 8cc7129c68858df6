package io.lineengage.adapters.persistence.crypto;

/** Where each secret lives, as the associated data its ciphertext is bound to. */
public final class StoredSecrets {
    private StoredSecrets() {}

    public static String channelSecret(String accountId) {
        return "line_accounts/" + accountId + "/channel_secret";
    }

    public static String accessToken(String accountId) {
        return "line_accounts/" + accountId + "/access_token";
    }
}
