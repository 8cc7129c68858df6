package io.lineengage.application.port.out.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lineengage.application.port.out.StorageFixtures;
import io.lineengage.application.port.out.org.OrgRepository;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.org.OrgId;
import io.lineengage.domain.paging.Page;
import io.lineengage.domain.paging.PageRequest;
import io.lineengage.domain.template.Template;
import io.lineengage.domain.template.TemplateId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link TemplateRepository}. */
public abstract class AbstractTemplateRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00.123456Z");

    protected abstract OrgRepository orgRepository();

    protected abstract TemplateRepository repository();

    private TemplateRepository templates;
    private OrgId org;

    @BeforeEach
    void org() {
        templates = repository();
        org = StorageFixtures.org(orgRepository());
    }

    private static JsonLike messages(String text) {
        Map<String, JsonLike> message = new LinkedHashMap<>();
        message.put("type", new JsonLike.JString("location"));
        message.put("title", new JsonLike.JString(text));
        message.put("address", new JsonLike.JString("\"quoted\" {{name}} \\ ☆"));
        message.put("latitude", new JsonLike.JNumber(new BigDecimal("35.6580")));
        message.put("longitude", new JsonLike.JNumber(new BigDecimal("139.701")));
        return new JsonLike.JArray(List.of(new JsonLike.JObject(message)));
    }

    private Template template(String name, Instant at) {
        return new Template(TemplateId.generate(), org, name, messages(name), true, at, at);
    }

    @Test
    void keepsTheMessagesAsWritten() {
        Template template = template("Shop", T0);
        templates.insert(template);

        assertThat(templates.find(org, template.id())).contains(template);
        assertThat(templates.find(StorageFixtures.org(orgRepository()), template.id()))
                .isEmpty();
    }

    @Test
    void listsOldestFirstPageByPage() {
        Template first = template("first", T0);
        Template second = template("second", T0.plusSeconds(1));
        Template third = template("third", T0.plusSeconds(2));
        templates.insert(third);
        templates.insert(first);
        templates.insert(second);

        Page<Template> one = templates.list(org, PageRequest.first(2));
        assertThat(one.items()).containsExactly(first, second);
        assertThat(templates.list(org, new PageRequest(2, one.nextCursor())).items())
                .containsExactly(third);
        assertThatThrownBy(() -> templates.list(org, new PageRequest(2, Optional.of("tpl_nope"))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void updatesAndDeletesOnlyWhatExists() {
        Template shop = template("Shop", T0);
        templates.insert(shop);
        Template changed = new Template(shop.id(), org, "Store", messages("Store"), false, true, T0, T0.plusSeconds(5));

        assertThat(templates.update(changed)).isTrue();
        assertThat(templates.find(org, shop.id())).contains(changed);
        assertThat(templates.update(template("ghost", T0))).isFalse();
        assertThat(templates.delete(StorageFixtures.org(orgRepository()), shop.id()))
                .isFalse();
        assertThat(templates.delete(org, shop.id())).isTrue();
        assertThat(templates.find(org, shop.id())).isEmpty();
    }
}
