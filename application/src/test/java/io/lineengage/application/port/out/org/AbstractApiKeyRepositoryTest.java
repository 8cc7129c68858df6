package io.lineengage.application.port.out.org;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.domain.org.ApiKey;
import io.lineengage.domain.org.ApiKeyHash;
import io.lineengage.domain.org.ApiKeyId;
import io.lineengage.domain.org.IssuedApiKey;
import io.lineengage.domain.org.Org;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link ApiKeyRepository}; every implementation runs it. */
public abstract class AbstractApiKeyRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T01:00:00.123456Z");

    private ApiKeyRepository keys;
    private OrgId orgId;
    private OrgId otherOrgId;

    /** Repositories over one empty storage: keys belong to orgs, so both are needed. */
    protected abstract OrgRepository orgRepository();

    protected abstract ApiKeyRepository apiKeyRepository();

    @BeforeEach
    void createOrgs() {
        OrgRepository orgs = orgRepository();
        keys = apiKeyRepository();
        orgId = insertOrg(orgs, "Keys Inc");
        otherOrgId = insertOrg(orgs, "Other Inc");
    }

    private static OrgId insertOrg(OrgRepository orgs, String name) {
        Org org =
                new Org(OrgId.generate(), name, ZoneId.of("UTC"), Instant.now().truncatedTo(ChronoUnit.MICROS));
        orgs.insert(org);
        return org.id();
    }

    @Test
    void findsAStoredKeyByItsHash() {
        IssuedApiKey issued = ApiKey.issue(orgId, "ci", NOW);
        keys.insert(issued.apiKey());
        assertThat(keys.findByHash(ApiKeyHash.of(issued.plaintextKey()))).contains(issued.apiKey());
    }

    @Test
    void anotherPlaintextFindsNothing() {
        keys.insert(ApiKey.issue(orgId, "ci", NOW).apiKey());
        assertThat(keys.findByHash(ApiKeyHash.of(ApiKey.PREFIX + "guessed"))).isEmpty();
    }

    @Test
    void revokingMarksTheKeyAndKeepsTheFirstTime() {
        IssuedApiKey issued = ApiKey.issue(orgId, "ci", NOW);
        keys.insert(issued.apiKey());
        Instant revokedAt = NOW.plusSeconds(60);

        assertThat(keys.revoke(orgId, issued.apiKey().id(), revokedAt)).isTrue();
        assertThat(keys.revoke(orgId, issued.apiKey().id(), revokedAt.plusSeconds(60)))
                .isTrue();

        ApiKey stored = keys.findByHash(issued.apiKey().hash()).orElseThrow();
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.revokedAt()).isEqualTo(revokedAt);
    }

    @Test
    void anOrgCannotRevokeAnotherOrgsKey() {
        IssuedApiKey issued = ApiKey.issue(orgId, "ci", NOW);
        keys.insert(issued.apiKey());

        assertThat(keys.revoke(otherOrgId, issued.apiKey().id(), NOW)).isFalse();
        assertThat(keys.findByHash(issued.apiKey().hash()).orElseThrow().isActive())
                .isTrue();
    }

    @Test
    void revokingAnUnknownKeyAnswersFalse() {
        assertThat(keys.revoke(orgId, ApiKeyId.generate(), NOW)).isFalse();
    }
}
