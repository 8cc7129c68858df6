package io.lineengage.adapters.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.adapters.persistence.postgres.TestStorage;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private final SecretCipher cipher = SecretCipher.withKey(TestStorage.TEST_KEY);

    @Test
    void encryptsWithAFreshNonceEachTimeAndDecryptsBack() {
        String first = cipher.encrypt("channel-secret", "line_accounts/a/channel_secret");
        String second = cipher.encrypt("channel-secret", "line_accounts/a/channel_secret");
        assertThat(first).isNotEqualTo(second).startsWith("v1:").doesNotContain("channel-secret");
        assertThat(cipher.decrypt(first, "line_accounts/a/channel_secret")).isEqualTo("channel-secret");
        assertThat(cipher.decrypt(second, "line_accounts/a/channel_secret")).isEqualTo("channel-secret");
    }

    @Test
    void aCiphertextMovedToAnotherPlaceDoesNotDecrypt() {
        String stored = cipher.encrypt("secret", "line_accounts/a/channel_secret");
        assertThatThrownBy(() -> cipher.decrypt(stored, "line_accounts/b/channel_secret"))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void anotherKeyCannotDecryptAndSaysSo() {
        String stored = cipher.encrypt("secret", "p");
        SecretCipher other = SecretCipher.withKey(HexFormat.of().parseHex("ff".repeat(32)));
        assertThatThrownBy(() -> other.decrypt(stored, "p")).hasMessageContaining("LINE_ENGAGE_MASTER_KEY");
        assertThat(other.toString()).doesNotContain("ff");
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> SecretCipher.withKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
