package io.lineengage.application.port.out.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.audience.Audience;
import io.lineengage.domain.audience.AudienceId;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link AudienceRepository}. */
public abstract class AbstractAudienceRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract AudienceRepository repository();

    private AudienceRepository audiences;
    private OrgId org;

    @BeforeEach
    void org() {
        audiences = repository();
        org = StorageFixtures.org(orgRepository());
    }

    static JsonLike filter(String tier) {
        Map<String, JsonLike> condition = new LinkedHashMap<>();
        condition.put("field", new JsonLike.JString("attributes.tier"));
        condition.put("op", new JsonLike.JString("in"));
        condition.put(
                "value",
                new JsonLike.JArray(List.of(
                        new JsonLike.JString(tier),
                        new JsonLike.JNumber(new BigDecimal("1000.50")),
                        new JsonLike.JBool(true),
                        new JsonLike.JNull())));
        return new JsonLike.JObject(Map.of("and", new JsonLike.JArray(List.of(new JsonLike.JObject(condition)))));
    }

    private Audience audience(String name, Instant at) {
        return new Audience(AudienceId.generate(), org, name, filter(name), at, at);
    }

    @Test
    void keepsTheFilterAsWritten() {
        Audience gold = audience("GOLD", T0);
        audiences.insert(gold);

        assertThat(audiences.find(org, gold.id())).contains(gold);
        assertThat(audiences.find(StorageFixtures.org(orgRepository()), gold.id()))
                .isEmpty();
    }

    @Test
    void listsOldestFirstPageByPage() {
        Audience first = audience("first", T0);
        Audience second = audience("second", T0.plusSeconds(1));
        Audience third = audience("third", T0.plusSeconds(2));
        audiences.insert(third);
        audiences.insert(first);
        audiences.insert(second);

        Page<Audience> one = audiences.list(org, PageRequest.first(2));
        assertThat(one.items()).containsExactly(first, second);
        Page<Audience> two = audiences.list(org, new PageRequest(2, one.nextCursor()));
        assertThat(two.items()).containsExactly(third);
        assertThat(two.nextCursor()).isEmpty();
        assertThatThrownBy(() -> audiences.list(org, new PageRequest(2, Optional.of("aud_nope"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void updatesAndDeletesOnlyWhatExists() {
        Audience gold = audience("GOLD", T0);
        audiences.insert(gold);
        Audience renamed = new Audience(gold.id(), org, "SILVER", filter("SILVER"), T0, T0.plusSeconds(5));

        assertThat(audiences.update(renamed)).isTrue();
        assertThat(audiences.find(org, gold.id())).contains(renamed);
        assertThat(audiences.update(audience("ghost", T0))).isFalse();
        assertThat(audiences.delete(StorageFixtures.org(orgRepository()), gold.id()))
                .isFalse();
        assertThat(audiences.delete(org, gold.id())).isTrue();
        assertThat(audiences.find(org, gold.id())).isEmpty();
        assertThat(audiences.delete(org, gold.id())).isFalse();
    }
}
