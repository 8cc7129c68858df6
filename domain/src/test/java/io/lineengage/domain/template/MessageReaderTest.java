package io.lineengage.domain.template;

import static io.lineengage.domain.json.Json.arr;
import static io.lineengage.domain.json.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.lineengage.domain.error.FieldError;
import io.lineengage.domain.error.ValidationException;
import io.lineengage.domain.json.JsonLike;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every limit at its boundary: the limit passes, one more fails with the exact path. */
class MessageReaderTest {
    static String chars(int n) {
        return "a".repeat(n);
    }

    static String url(int length) {
        return "https://cdn.example.jp/" + "a".repeat(length - "https://cdn.example.jp/".length());
    }

    static JsonLike text(String text) {
        return obj("type", "text", "text", text);
    }

    static JsonLike uriAction(String label) {
        return obj("type", "uri", "label", label, "uri", "https://example.jp");
    }

    static JsonLike card(String title, String text, int actions, String label) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            list.add(uriAction(label));
        }
        return title == null
                ? obj("text", text, "actions", arr(list.toArray()))
                : obj("title", title, "text", text, "actions", arr(list.toArray()));
    }

    static JsonLike carousel(Object... columns) {
        return obj(
                "type", "template", "altText", "Cards", "template", obj("type", "carousel", "columns", arr(columns)));
    }

    static JsonLike buttons(Object... keysAndValues) {
        List<Object> all = new ArrayList<>(List.of("type", "buttons"));
        all.addAll(List.of(keysAndValues));
        return obj("type", "template", "altText", "Buttons", "template", obj(all.toArray()));
    }

    static JsonLike imagemap(int height, int actions) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < actions; i++) {
            list.add(obj("type", "message", "text", "hi", "area", obj("x", 0, "y", 0, "width", 10, "height", 10)));
        }
        return obj(
                "type",
                "imagemap",
                "baseUrl",
                "https://cdn.example.jp/rich",
                "altText",
                "Rich",
                "baseSize",
                obj("width", 1040, "height", height),
                "actions",
                arr(list.toArray()));
    }

    static JsonLike quickReply(int items) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(obj("type", "action", "action", obj("type", "message", "label", "Yes", "text", "yes")));
        }
        return obj("type", "text", "text", "Pick", "quickReply", obj("items", arr(list.toArray())));
    }

    static JsonLike flexCarousel(int bubbles) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < bubbles; i++) {
            list.add(obj("type", "bubble", "body", obj("type", "box", "layout", "vertical", "contents", arr())));
        }
        return obj(
                "type",
                "flex",
                "altText",
                "Flex",
                "contents",
                obj("type", "carousel", "contents", arr(list.toArray())));
    }

    static JsonLike richVideo(String label) {
        return obj(
                "type",
                "imagemap",
                "baseUrl",
                "https://cdn.example.jp/rich",
                "altText",
                "Video",
                "baseSize",
                obj("width", 1040, "height", 1040),
                "actions",
                arr(obj(
                        "type",
                        "uri",
                        "linkUri",
                        "https://example.jp/tickets",
                        "area",
                        obj("x", 0, "y", 585, "width", 1040, "height", 455))),
                "video",
                obj(
                        "originalContentUrl",
                        "https://cdn.example.jp/v.mp4",
                        "previewImageUrl",
                        "https://cdn.example.jp/v.jpg",
                        "area",
                        obj("x", 0, "y", 0, "width", 1040, "height", 585),
                        "externalLink",
                        obj("linkUri", "https://example.jp/shop", "label", label)));
    }

    record Rule(String name, int limit, IntFunction<JsonLike> messages, String path) {}

    static JsonLike one(JsonLike message) {
        return arr(message);
    }

    static final List<Rule> RULES = List.of(
            new Rule(
                    "at most 5 messages",
                    5,
                    n -> {
                        Object[] all = new Object[n];
                        Arrays.fill(all, text("hi"));
                        return arr(all);
                    },
                    "messages"),
            new Rule("text ≤5,000", 5_000, n -> one(text(chars(n))), "messages[0].text"),
            new Rule(
                    "image URL ≤2,000",
                    2_000,
                    n -> one(obj("type", "image", "originalContentUrl", url(n), "previewImageUrl", url(100))),
                    "messages[0].originalContentUrl"),
            new Rule(
                    "altText ≤400",
                    400,
                    n -> one(obj(
                            "type",
                            "template",
                            "altText",
                            chars(n),
                            "template",
                            obj(
                                    "type",
                                    "confirm",
                                    "text",
                                    "Sure?",
                                    "actions",
                                    arr(
                                            obj("type", "message", "label", "Yes", "text", "yes"),
                                            obj("type", "message", "label", "No", "text", "no"))))),
                    "messages[0].altText"),
            new Rule("imagemap ≤50 actions", 50, n -> one(imagemap(1040, n)), "messages[0].actions"),
            new Rule("imagemap height ≤2,080", 2_080, n -> one(imagemap(n, 1)), "messages[0].baseSize.height"),
            new Rule(
                    "carousel ≤10 cards",
                    10,
                    n -> {
                        Object[] columns = new Object[n];
                        Arrays.fill(columns, card(null, "Hello", 1, "Go"));
                        return one(carousel(columns));
                    },
                    "messages[0].template.columns"),
            new Rule(
                    "card title ≤40",
                    40,
                    n -> one(carousel(card(chars(n), "Hello", 1, "Go"))),
                    "messages[0].template.columns[0].title"),
            new Rule(
                    "card text ≤120",
                    120,
                    n -> one(carousel(card(null, chars(n), 1, "Go"))),
                    "messages[0].template.columns[0].text"),
            new Rule(
                    "card text ≤60 with a title",
                    60,
                    n -> one(carousel(card("Title", chars(n), 1, "Go"))),
                    "messages[0].template.columns[0].text"),
            new Rule(
                    "card action label ≤12",
                    12,
                    n -> one(carousel(card(null, "Hello", 1, chars(n)))),
                    "messages[0].template.columns[0].actions[0].label"),
            new Rule(
                    "card ≤3 actions",
                    3,
                    n -> one(carousel(card(null, "Hello", n, "Go"))),
                    "messages[0].template.columns[0].actions"),
            new Rule(
                    "buttons ≤4 actions",
                    4,
                    n -> {
                        Object[] actions = new Object[n];
                        Arrays.fill(actions, uriAction("Go"));
                        return one(buttons("text", "Hello", "actions", arr(actions)));
                    },
                    "messages[0].template.actions"),
            new Rule(
                    "buttons text ≤160",
                    160,
                    n -> one(buttons("text", chars(n), "actions", arr(uriAction("Go")))),
                    "messages[0].template.text"),
            new Rule(
                    "buttons text ≤60 with an image",
                    60,
                    n -> one(buttons("thumbnailImageUrl", url(50), "text", chars(n), "actions", arr(uriAction("Go")))),
                    "messages[0].template.text"),
            new Rule(
                    "buttons action label ≤20",
                    20,
                    n -> one(buttons("text", "Hello", "actions", arr(uriAction(chars(n))))),
                    "messages[0].template.actions[0].label"),
            new Rule(
                    "confirm text ≤240",
                    240,
                    n -> one(obj(
                            "type",
                            "template",
                            "altText",
                            "Sure?",
                            "template",
                            obj(
                                    "type",
                                    "confirm",
                                    "text",
                                    chars(n),
                                    "actions",
                                    arr(
                                            obj("type", "message", "label", "Yes", "text", "yes"),
                                            obj("type", "message", "label", "No", "text", "no"))))),
                    "messages[0].template.text"),
            new Rule("quick reply ≤13 items", 13, n -> one(quickReply(n)), "messages[0].quickReply"),
            new Rule("flex carousel ≤12 bubbles", 12, n -> one(flexCarousel(n)), "messages[0].contents.contents"),
            new Rule(
                    "action URI ≤1,000",
                    1_000,
                    n -> one(
                            buttons("text", "Hello", "actions", arr(obj("type", "uri", "label", "Go", "uri", url(n))))),
                    "messages[0].template.actions[0].uri"),
            new Rule(
                    "postback data ≤300",
                    300,
                    n -> one(buttons(
                            "text", "Hello", "actions", arr(obj("type", "postback", "label", "Go", "data", chars(n))))),
                    "messages[0].template.actions[0].data"),
            new Rule("rich video label ≤20", 20, n -> one(richVideo(chars(n))), "messages[0].video.externalLink.label"),
            new Rule(
                    "location title ≤100",
                    100,
                    n -> one(obj(
                            "type",
                            "location",
                            "title",
                            chars(n),
                            "address",
                            "Tokyo",
                            "latitude",
                            35.68,
                            "longitude",
                            139.76)),
                    "messages[0].title"));

    @TestFactory
    Stream<DynamicTest> eachLimitPassesAndOneMoreFails() {
        return RULES.stream()
                .map(rule -> DynamicTest.dynamicTest(rule.name(), () -> {
                    assertThatCode(() ->
                                    MessageReader.readTemplate(rule.messages().apply(rule.limit()), "messages"))
                            .as("at the limit")
                            .doesNotThrowAnyException();
                    assertThat(errors(rule.messages().apply(rule.limit() + 1)))
                            .as("one over")
                            .extracting(FieldError::field)
                            .containsExactly(rule.path());
                }));
    }

    @Test
    void imagemapHeightHasALowerBoundAndCustomSizesHaveOneArea() {
        assertThatCode(() -> MessageReader.readTemplate(one(imagemap(520, 1)), "messages"))
                .doesNotThrowAnyException();
        assertThat(errors(one(imagemap(519, 1))))
                .extracting(FieldError::field)
                .containsExactly("messages[0].baseSize.height");
        assertThat(errors(one(imagemap(700, 2)))).extracting(FieldError::field).containsExactly("messages[0].actions");
    }

    @Test
    void cardsHaveTheSameNumberOfActions() {
        assertThat(errors(one(carousel(card(null, "A", 1, "Go"), card(null, "B", 2, "Go")))))
                .containsExactly(new FieldError(
                        "messages[0].template.columns", "every card must have the same number of actions"));
    }

    @Test
    void mediaMustBeHttpsAndUnknownFieldsAndTypesAreNamed() {
        assertThat(errors(one(obj(
                        "type",
                        "image",
                        "originalContentUrl",
                        "http://cdn.example.jp/a.jpg",
                        "previewImageUrl",
                        "https://cdn.example.jp/a.jpg"))))
                .containsExactly(new FieldError("messages[0].originalContentUrl", "must be an https:// URL"));
        assertThat(errors(arr(text("hi"), obj("type", "text", "text", "x", "colour", "red"), obj("type", "fax"))))
                .extracting(FieldError::field)
                .containsExactly("messages[1].colour", "messages[2].type");
    }

    @Test
    void everyViolationIsListedAtOnce() {
        assertThat(errors(arr(text(chars(5_001)), carousel(card(chars(41), "Hi", 1, chars(13))))))
                .extracting(FieldError::field)
                .containsExactly(
                        "messages[0].text",
                        "messages[1].template.columns[0].title",
                        "messages[1].template.columns[0].actions[0].label");
    }

    @Test
    void aUrlThatStartsWithALabelIsCheckedOnceRendered() {
        assertThatCode(() -> MessageReader.readTemplate(
                        one(obj(
                                "type",
                                "image",
                                "originalContentUrl",
                                "{{attributes.photo}}",
                                "previewImageUrl",
                                "https://cdn.example.jp/p.jpg")),
                        "messages"))
                .doesNotThrowAnyException();
        assertThat(MessageReader.checkRendered(
                                one(obj(
                                        "type",
                                        "image",
                                        "originalContentUrl",
                                        "{{attributes.photo}}",
                                        "previewImageUrl",
                                        "https://cdn.example.jp/p.jpg")),
                                "messages")
                        .list())
                .extracting(FieldError::field)
                .containsExactly("messages[0].originalContentUrl");
    }

    static List<FieldError> errors(JsonLike messages) {
        try {
            MessageReader.readTemplate(messages, "messages");
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("accepted " + messages);
    }
}
