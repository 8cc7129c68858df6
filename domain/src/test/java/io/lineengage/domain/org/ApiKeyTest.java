package io.lineengage.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.domain.error.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private final OrgId org = OrgId.generate();

    @Test
    void anIssuedKeyIsStoredOnlyAsTheHashOfItsPlaintext() {
        IssuedApiKey issued = ApiKey.issue(org, "ci", NOW);
        assertThat(issued.apiKey().hash()).isEqualTo(ApiKeyHash.of(issued.plaintextKey()));
        assertThat(issued.apiKey().toString()).doesNotContain(issued.plaintextKey());
        assertThat(issued.toString()).doesNotContain(issued.plaintextKey());
    }

    @Test
    void keysAreUniqueAndCarryEnoughRandomness() {
        String first = ApiKey.issue(org, "a", NOW).plaintextKey();
        String second = ApiKey.issue(org, "a", NOW).plaintextKey();
        assertThat(first).isNotEqualTo(second).startsWith(ApiKey.PREFIX);
        // 32 random bytes in unpadded base64url are 43 characters.
        assertThat(first).hasSize(ApiKey.PREFIX.length() + 43);
    }

    @Test
    void revokingKeepsTheFirstRevocationTime() {
        ApiKey key = ApiKey.issue(org, "ci", NOW).apiKey();
        assertThat(key.isActive()).isTrue();
        ApiKey revoked = key.revokedAt(NOW.plusSeconds(1));
        assertThat(revoked.isActive()).isFalse();
        assertThat(revoked.revokedAt(NOW.plusSeconds(2)).revokedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void labelLimitIsAtTheBoundary() {
        ApiKey.issue(org, "x".repeat(ApiKey.LABEL_MAX_LENGTH), NOW);
        assertThatThrownBy(() -> ApiKey.issue(org, "x".repeat(ApiKey.LABEL_MAX_LENGTH + 1), NOW))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("label");
        assertThatThrownBy(() -> ApiKey.issue(org, "  ", NOW)).isInstanceOf(ValidationException.class);
    }

    @Test
    void hashIsSha256Hex() {
        // SHA-256("abc"), a published test vector.
        assertThat(ApiKeyHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
