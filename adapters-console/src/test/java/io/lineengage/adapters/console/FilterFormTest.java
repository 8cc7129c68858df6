package io.lineengage.adapters.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.lineengage.adapters.console.view.FilterNode;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.application.port.in.audience.AudiencesUseCase.AccountUse;
import io.lineengage.application.port.in.audience.AudiencesUseCase.FilterField;
import io.lineengage.domain.audience.Op;
import io.lineengage.domain.json.JsonLike;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audience builder's form: fields to tree, tree to the API's filter and back, errors to their node. */
class FilterFormTest {
    private static final List<FilterField> FIELDS = List.of(
            new FilterField("attributes.points", "NUMBER", Set.of(Op.GTE, Op.BETWEEN), AccountUse.NONE, List.of()),
            new FilterField("tags", "TAGS", Set.of(Op.CONTAINS, Op.IN, Op.EXISTS), AccountUse.NONE, List.of()),
            new FilterField(
                    "subscription.status", "SUBSCRIPTION_STATUS", Set.of(Op.EQ), AccountUse.REQUIRED, List.of()));

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], List.of(pairs[i + 1]));
        }
        return form;
    }

    @Test
    void aFormWithNestedGroupsBecomesTheFilterTheApiTakesWithTypedValues() {
        FilterNode root = FilterForm.read(form(
                "k:r",
                "and",
                "k:r-0",
                "cond",
                "f:r-0",
                "attributes.points",
                "o:r-0",
                "between",
                "v:r-0",
                "100, 2000",
                "k:r-1",
                "or",
                "n:r-1",
                "on",
                "k:r-1-0",
                "cond",
                "f:r-1-0",
                "tags",
                "o:r-1-0",
                "in",
                "v:r-1-0",
                "vip, tokyo",
                "k:r-1-1",
                "cond",
                "f:r-1-1",
                "tags",
                "o:r-1-1",
                "exists",
                "v:r-1-1",
                "",
                "k:r-2",
                "cond",
                "f:r-2",
                "subscription.status",
                "o:r-2",
                "eq",
                "v:r-2",
                "FOLLOWING",
                "a:r-2",
                "la_1"));

        JsonLike filter = FilterForm.toFilter(root, FIELDS).orElseThrow();

        assertThat(JsonLikeJackson.node(filter)).isEqualTo(JsonLikeJackson.node(JsonLikeJackson.read("""
                        {"and":[
                          {"field":"attributes.points","op":"between","value":[100,2000]},
                          {"not":{"or":[{"field":"tags","op":"in","value":["vip","tokyo"]},{"field":"tags","op":"exists"}]}},
                          {"field":"subscription.status","op":"eq","account":"la_1","value":"FOLLOWING"}]}""")));
        assertThat(FilterForm.fromFilter(filter)).isEqualTo(root);
    }

    @Test
    void aValueThatIsNoNumberGoesAsTextSoTheApiNamesTheFault() {
        FilterNode root = FilterForm.read(
                form("k:r", "and", "k:r-0", "cond", "f:r-0", "attributes.points", "o:r-0", "gte", "v:r-0", "lots"));
        assertThat(JsonLikeJackson.write(FilterForm.toFilter(root, FIELDS).orElseThrow()))
                .contains("\"value\":\"lots\"");
        assertThat(FilterForm.toFilter(FilterForm.emptyRoot(), FIELDS)).isEmpty();
    }

    @Test
    void actionsAddAndRemoveNodesAndNumberThePathsAfresh() {
        FilterNode root = FilterForm.apply(FilterForm.emptyRoot(), "add:r", "tags");
        root = FilterForm.apply(root, "group:r", "tags");
        root = FilterForm.apply(root, "add:r-1", "tags");
        assertThat(FilterForm.paths(root)).containsExactly("r", "r-0", "r-1", "r-1-0", "r-1-1");

        root = FilterForm.apply(root, "remove:r-0", "tags");
        assertThat(FilterForm.paths(root)).containsExactly("r", "r-0", "r-0-0", "r-0-1");
        assertThat(root.children().get(0).logic()).isEqualTo("or");
    }

    @Test
    void errorPathsOfTheApiLeadToTheirNode() {
        assertThat(FilterForm.nodeOf("filter.and[1].or[0].value")).contains("r-1-0");
        assertThat(FilterForm.nodeOf("filter.and[0].not.value")).contains("r-0");
        assertThat(FilterForm.nodeOf("filter.or[2]")).contains("r-2");
        assertThat(FilterForm.nodeOf("filter")).contains("r");
    }

    @Test
    void anOperationTheNewFieldLacksBecomesItsFirst() {
        FilterNode root =
                FilterForm.read(form("k:r", "and", "k:r-0", "cond", "f:r-0", "subscription.status", "o:r-0", "gte"));
        FilterNode normalized = FilterForm.normalize(root, Map.of("subscription.status", List.of("eq")));
        assertThat(normalized.children().get(0).op()).isEqualTo("eq");
        assertThat(Optional.of(normalized.children().get(0).field())).contains("subscription.status");
    }
}
