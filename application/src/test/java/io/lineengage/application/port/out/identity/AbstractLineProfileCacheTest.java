package io.lineengage.application.port.out.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.line.LineProfile;
import io.lineengage.domain.org.OrgId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of {@link LineProfileCache}. */
public abstract class AbstractLineProfileCacheTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract LineProfileCache cache();

    @Test
    void keepsTheLatestProfilePerProviderAndUser() {
        LineProfileCache cache = cache();
        OrgId org = StorageFixtures.org(orgRepository());
        String user = StorageFixtures.userId();
        LineProfile first = new LineProfile(
                user, "Hana", Optional.of("https://example.com/p.png"), Optional.of("ja"), Optional.empty());
        LineProfile renamed = new LineProfile(user, "Hanako", Optional.empty(), Optional.of("en"), Optional.of("hi"));
        assertThat(cache.cachedProfile(org, "Brand", user)).isEmpty();
        cache.save(org, "Brand", first, T0);
        cache.save(org, "Brand", renamed, T0.plusSeconds(60));
        assertThat(cache.cachedProfile(org, "Brand", user))
                .contains(new LineProfileCache.Cached(renamed, T0.plusSeconds(60)));
        assertThat(cache.cachedProfile(org, "Other", user)).isEmpty();
    }
}
