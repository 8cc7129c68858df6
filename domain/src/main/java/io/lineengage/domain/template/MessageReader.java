package io.lineengage.domain.template;

import io.lineengage.domain.error.FieldErrors;
import io.lineengage.domain.json.JsonLike;
import io.lineengage.domain.json.JsonLike.JArray;
import io.lineengage.domain.json.JsonLike.JNumber;
import io.lineengage.domain.json.JsonLike.JObject;
import io.lineengage.domain.json.JsonLike.JString;
import io.lineengage.domain.template.TemplateMessage.Action;
import io.lineengage.domain.template.TemplateMessage.Area;
import io.lineengage.domain.template.TemplateMessage.AreaAction;
import io.lineengage.domain.template.TemplateMessage.Column;
import io.lineengage.domain.template.TemplateMessage.ImageColumn;
import io.lineengage.domain.template.TemplateMessage.ImagemapVideo;
import io.lineengage.domain.template.TemplateMessage.Layout;
import io.lineengage.domain.template.TemplateMessage.QuickReply;
import io.lineengage.domain.template.TemplateMessage.QuickReplyItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads a template's {@code messages} (LINE message objects as in messaging-api.yml) into {@link TemplateMessage}s,
 * checking every limit of LINE-PLATFORM.md and reporting each violation with its path
 * ({@code messages[1].template.columns[3].actions[0].label}).
 *
 * <p>As written, a template may hold labels ({@code {{name|there}}}): lengths count them as written, and a URL that
 * begins with one is checked once rendered. Rendered messages are read again with labels off.
 */
public final class MessageReader {
    public static final int MAX_MESSAGES = 5;
    public static final int TEXT_MAX = 5_000;
    public static final int URL_MAX = 2_000;
    public static final int ACTION_URI_MAX = 1_000;
    public static final int ALT_TEXT_MAX = 400;
    public static final int IMAGEMAP_ACTIONS_MAX = 50;
    public static final int IMAGEMAP_WIDTH = 1040;
    public static final int IMAGEMAP_HEIGHT_MIN = 520;
    public static final int IMAGEMAP_HEIGHT_MAX = 2_080;
    public static final int IMAGEMAP_LABEL_MAX = 100;
    public static final int RICH_VIDEO_LABEL_MAX = 20;
    public static final int QUICK_REPLY_MAX = 13;
    public static final int ACTION_LABEL_MAX = 20;
    public static final int CARD_ACTION_LABEL_MAX = 12;
    public static final int TITLE_MAX = 40;
    public static final int BUTTONS_TEXT_MAX = 160;
    public static final int CAROUSEL_TEXT_MAX = 120;
    public static final int TEXT_WITH_IMAGE_OR_TITLE_MAX = 60;
    public static final int CONFIRM_TEXT_MAX = 240;
    public static final int BUTTONS_ACTIONS_MAX = 4;
    public static final int CAROUSEL_COLUMNS_MAX = 10;
    public static final int CAROUSEL_ACTIONS_MAX = 3;
    public static final int ACTION_TEXT_MAX = 300;
    public static final int POSTBACK_DATA_MAX = 300;
    public static final int LOCATION_TEXT_MAX = 100;
    public static final int FLEX_BUBBLES_MAX = 12;

    private final boolean labels;
    private final FieldErrors errors = new FieldErrors();

    private MessageReader(boolean labels) {
        this.labels = labels;
    }

    /** A template's messages as written (labels allowed); every violation is thrown at once. */
    public static List<TemplateMessage> readTemplate(JsonLike messages, String path) {
        return read(messages, path, true);
    }

    /** Messages ready to send (labels already replaced): the violations, empty when LINE would accept them. */
    public static FieldErrors checkRendered(JsonLike messages, String path) {
        MessageReader reader = new MessageReader(false);
        reader.messages(messages, path);
        return reader.errors;
    }

    private static List<TemplateMessage> read(JsonLike messages, String path, boolean labels) {
        MessageReader reader = new MessageReader(labels);
        List<TemplateMessage> read = reader.messages(messages, path);
        reader.errors.throwIfAny();
        return read;
    }

    private List<TemplateMessage> messages(JsonLike json, String path) {
        if (!(json instanceof JArray array)
                || array.items().isEmpty()
                || array.items().size() > MAX_MESSAGES) {
            errors.add(path, "must be an array of 1 to " + MAX_MESSAGES + " LINE message objects");
            return List.of();
        }
        List<TemplateMessage> read = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            TemplateMessage message = message(array.items().get(i), path + "[" + i + "]");
            if (message != null) {
                read.add(message);
            }
        }
        return read;
    }

    private TemplateMessage message(JsonLike json, String path) {
        if (!(json instanceof JObject object)) {
            errors.add(path, "must be a LINE message object");
            return null;
        }
        String type = object.fields().get("type") instanceof JString t ? t.value() : null;
        if (type == null) {
            errors.add(
                    path + ".type",
                    "is required: text, sticker, image, video, audio, location, imagemap, template or flex");
            return null;
        }
        Optional<QuickReply> quickReply = quickReply(object.fields().get("quickReply"), path + ".quickReply");
        Map<String, JsonLike> f = object.fields();
        switch (type) {
            case "text" -> {
                only(object, path, "text");
                return new TemplateMessage.Text(text(f, "text", path, 1, TEXT_MAX), quickReply);
            }
            case "sticker" -> {
                only(object, path, "packageId", "stickerId");
                return new TemplateMessage.Sticker(
                        digits(f, "packageId", path), digits(f, "stickerId", path), quickReply);
            }
            case "image" -> {
                only(object, path, "originalContentUrl", "previewImageUrl");
                return new TemplateMessage.Image(
                        https(f, "originalContentUrl", path), https(f, "previewImageUrl", path), quickReply);
            }
            case "video" -> {
                only(object, path, "originalContentUrl", "previewImageUrl", "trackingId");
                return new TemplateMessage.Video(
                        https(f, "originalContentUrl", path),
                        https(f, "previewImageUrl", path),
                        optionalText(f, "trackingId", path, 100),
                        quickReply);
            }
            case "audio" -> {
                only(object, path, "originalContentUrl", "duration");
                String url = https(f, "originalContentUrl", path);
                BigDecimal duration = number(f, "duration", path, BigDecimal.ONE, null);
                return new TemplateMessage.Audio(url, duration == null ? 0 : duration.longValue(), quickReply);
            }
            case "location" -> {
                only(object, path, "title", "address", "latitude", "longitude");
                return new TemplateMessage.Location(
                        text(f, "title", path, 1, LOCATION_TEXT_MAX),
                        text(f, "address", path, 1, LOCATION_TEXT_MAX),
                        number(f, "latitude", path, new BigDecimal(-90), new BigDecimal(90)),
                        number(f, "longitude", path, new BigDecimal(-180), new BigDecimal(180)),
                        quickReply);
            }
            case "imagemap" -> {
                return imagemap(object, path, quickReply);
            }
            case "template" -> {
                only(object, path, "altText", "template");
                String altText = text(f, "altText", path, 1, ALT_TEXT_MAX);
                Layout layout = layout(f.get("template"), path + ".template");
                return layout == null ? null : new TemplateMessage.Template(altText, layout, quickReply);
            }
            case "flex" -> {
                only(object, path, "altText", "contents");
                String altText = text(f, "altText", path, 1, ALT_TEXT_MAX);
                flexContents(f.get("contents"), path + ".contents");
                return new TemplateMessage.Flex(altText, f.getOrDefault("contents", new JsonLike.JNull()), quickReply);
            }
            default -> {
                errors.add(
                        path + ".type",
                        "must be text, sticker, image, video, audio, location, imagemap, template or flex");
                return null;
            }
        }
    }

    private TemplateMessage imagemap(JObject object, String path, Optional<QuickReply> quickReply) {
        only(object, path, "baseUrl", "altText", "baseSize", "actions", "video");
        Map<String, JsonLike> f = object.fields();
        String baseUrl = https(f, "baseUrl", path);
        String altText = text(f, "altText", path, 1, ALT_TEXT_MAX);
        int width = 0;
        int height = 0;
        if (f.get("baseSize") instanceof JObject size) {
            width = integer(size.fields(), "width", path + ".baseSize", IMAGEMAP_WIDTH, IMAGEMAP_WIDTH);
            height = integer(size.fields(), "height", path + ".baseSize", IMAGEMAP_HEIGHT_MIN, IMAGEMAP_HEIGHT_MAX);
        } else {
            errors.add(path + ".baseSize", "is required: {\"width\": 1040, \"height\": 520 to 2080}");
        }
        List<AreaAction> actions = new ArrayList<>();
        JsonLike rawActions = f.get("actions");
        boolean hasVideo = f.containsKey("video");
        if (!(rawActions instanceof JArray array)
                || array.items().isEmpty()
                || array.items().size() > IMAGEMAP_ACTIONS_MAX) {
            errors.add(path + ".actions", "must be an array of 1 to " + IMAGEMAP_ACTIONS_MAX + " areas");
        } else {
            if (height != 0 && height != IMAGEMAP_WIDTH && array.items().size() > 1) {
                errors.add(path + ".actions", "a custom-size rich message (not 1040×1040) has one area");
            }
            for (int i = 0; i < array.items().size(); i++) {
                String at = path + ".actions[" + i + "]";
                if (!(array.items().get(i) instanceof JObject action)) {
                    errors.add(at, "must be an area action object");
                    continue;
                }
                Area area = area(action.fields().get("area"), at + ".area", width, height);
                Action act = imagemapAction(action, at);
                if (area != null && act != null) {
                    actions.add(new AreaAction(area, act));
                }
            }
        }
        Optional<ImagemapVideo> video = Optional.empty();
        if (hasVideo) {
            String at = path + ".video";
            if (f.get("video") instanceof JObject v) {
                only(v, at, "originalContentUrl", "previewImageUrl", "area", "externalLink");
                String original = https(v.fields(), "originalContentUrl", at);
                String preview = https(v.fields(), "previewImageUrl", at);
                Area area = area(v.fields().get("area"), at + ".area", width, height);
                Optional<Action.Uri> link = Optional.empty();
                if (v.fields().get("externalLink") instanceof JObject external) {
                    only(external, at + ".externalLink", "linkUri", "label");
                    String uri = uri(external.fields(), "linkUri", at + ".externalLink");
                    String label = text(external.fields(), "label", at + ".externalLink", 1, RICH_VIDEO_LABEL_MAX);
                    link = Optional.of(new Action.Uri(Optional.ofNullable(label), uri));
                } else if (v.fields().containsKey("externalLink")) {
                    errors.add(at + ".externalLink", "must be {\"linkUri\", \"label\"}");
                }
                video = Optional.of(new ImagemapVideo(original, preview, area, link));
            } else {
                errors.add(at, "must be {\"originalContentUrl\", \"previewImageUrl\", \"area\", \"externalLink\"?}");
            }
        }
        return new TemplateMessage.Imagemap(baseUrl, altText, width, height, actions, video, quickReply);
    }

    private Action imagemapAction(JObject action, String path) {
        String type = action.fields().get("type") instanceof JString t ? t.value() : "";
        Optional<String> label = optionalText(action.fields(), "label", path, IMAGEMAP_LABEL_MAX);
        if (type.equals("uri")) {
            only(action, path, "type", "linkUri", "area", "label");
            return new Action.Uri(label, uri(action.fields(), "linkUri", path));
        }
        if (type.equals("message")) {
            only(action, path, "type", "text", "area", "label");
            return new Action.Message(label, text(action.fields(), "text", path, 1, ALT_TEXT_MAX));
        }
        errors.add(path + ".type", "must be uri or message");
        return null;
    }

    private Area area(JsonLike json, String path, int width, int height) {
        if (!(json instanceof JObject area)) {
            errors.add(path, "is required: {\"x\", \"y\", \"width\", \"height\"}");
            return null;
        }
        int x = integer(area.fields(), "x", path, 0, Integer.MAX_VALUE);
        int y = integer(area.fields(), "y", path, 0, Integer.MAX_VALUE);
        int w = integer(area.fields(), "width", path, 1, Integer.MAX_VALUE);
        int h = integer(area.fields(), "height", path, 1, Integer.MAX_VALUE);
        if (width > 0 && height > 0 && ((long) x + w > width || (long) y + h > height)) {
            errors.add(path, "must lie within the base size " + width + "×" + height);
        }
        return new Area(x, y, w, h);
    }

    private Layout layout(JsonLike json, String path) {
        if (!(json instanceof JObject object)) {
            errors.add(path, "is required: a buttons, confirm, carousel or image_carousel template");
            return null;
        }
        Map<String, JsonLike> f = object.fields();
        String type = f.get("type") instanceof JString t ? t.value() : "";
        switch (type) {
            case "buttons" -> {
                only(
                        object,
                        path,
                        "type",
                        "thumbnailImageUrl",
                        "imageAspectRatio",
                        "imageSize",
                        "imageBackgroundColor",
                        "title",
                        "text",
                        "actions",
                        "defaultAction");
                enumeration(f, "imageAspectRatio", path, Set.of("rectangle", "square"));
                enumeration(f, "imageSize", path, Set.of("cover", "contain"));
                Optional<String> thumbnail = optionalHttps(f, "thumbnailImageUrl", path);
                Optional<String> title = optionalText(f, "title", path, TITLE_MAX);
                String text = text(
                        f,
                        "text",
                        path,
                        1,
                        thumbnail.isPresent() || title.isPresent() ? TEXT_WITH_IMAGE_OR_TITLE_MAX : BUTTONS_TEXT_MAX);
                List<Action> actions =
                        actions(f.get("actions"), path + ".actions", 1, BUTTONS_ACTIONS_MAX, ACTION_LABEL_MAX);
                Optional<Action> defaultAction = f.containsKey("defaultAction")
                        ? Optional.ofNullable(
                                action(f.get("defaultAction"), path + ".defaultAction", ACTION_LABEL_MAX, false, false))
                        : Optional.empty();
                return new Layout.Buttons(thumbnail, title, text, actions, defaultAction);
            }
            case "confirm" -> {
                only(object, path, "type", "text", "actions");
                return new Layout.Confirm(
                        text(f, "text", path, 1, CONFIRM_TEXT_MAX),
                        actions(f.get("actions"), path + ".actions", 2, 2, ACTION_LABEL_MAX));
            }
            case "carousel" -> {
                only(object, path, "type", "columns", "imageAspectRatio", "imageSize");
                enumeration(f, "imageAspectRatio", path, Set.of("rectangle", "square"));
                enumeration(f, "imageSize", path, Set.of("cover", "contain"));
                List<Column> columns = new ArrayList<>();
                if (!(f.get("columns") instanceof JArray array)
                        || array.items().isEmpty()
                        || array.items().size() > CAROUSEL_COLUMNS_MAX) {
                    errors.add(path + ".columns", "must be an array of 1 to " + CAROUSEL_COLUMNS_MAX + " cards");
                    return null;
                }
                for (int i = 0; i < array.items().size(); i++) {
                    String at = path + ".columns[" + i + "]";
                    if (!(array.items().get(i) instanceof JObject column)) {
                        errors.add(at, "must be a card object");
                        continue;
                    }
                    only(
                            column,
                            at,
                            "thumbnailImageUrl",
                            "imageBackgroundColor",
                            "title",
                            "text",
                            "actions",
                            "defaultAction");
                    Map<String, JsonLike> c = column.fields();
                    Optional<String> thumbnail = optionalHttps(c, "thumbnailImageUrl", at);
                    Optional<String> title = optionalText(c, "title", at, TITLE_MAX);
                    String text = text(
                            c,
                            "text",
                            at,
                            1,
                            thumbnail.isPresent() || title.isPresent()
                                    ? TEXT_WITH_IMAGE_OR_TITLE_MAX
                                    : CAROUSEL_TEXT_MAX);
                    List<Action> actions =
                            actions(c.get("actions"), at + ".actions", 1, CAROUSEL_ACTIONS_MAX, CARD_ACTION_LABEL_MAX);
                    Optional<Action> defaultAction = c.containsKey("defaultAction")
                            ? Optional.ofNullable(action(
                                    c.get("defaultAction"), at + ".defaultAction", CARD_ACTION_LABEL_MAX, false, false))
                            : Optional.empty();
                    columns.add(new Column(thumbnail, title, text, actions, defaultAction));
                }
                if (columns.stream()
                                .map(column -> column.actions().size())
                                .distinct()
                                .count()
                        > 1) {
                    errors.add(path + ".columns", "every card must have the same number of actions");
                }
                return new Layout.Carousel(columns);
            }
            case "image_carousel" -> {
                only(object, path, "type", "columns");
                List<ImageColumn> columns = new ArrayList<>();
                if (!(f.get("columns") instanceof JArray array)
                        || array.items().isEmpty()
                        || array.items().size() > CAROUSEL_COLUMNS_MAX) {
                    errors.add(path + ".columns", "must be an array of 1 to " + CAROUSEL_COLUMNS_MAX + " images");
                    return null;
                }
                for (int i = 0; i < array.items().size(); i++) {
                    String at = path + ".columns[" + i + "]";
                    if (!(array.items().get(i) instanceof JObject column)) {
                        errors.add(at, "must be an image column object");
                        continue;
                    }
                    only(column, at, "imageUrl", "action");
                    String image = https(column.fields(), "imageUrl", at);
                    Action action =
                            action(column.fields().get("action"), at + ".action", CARD_ACTION_LABEL_MAX, false, false);
                    columns.add(new ImageColumn(image, action));
                }
                return new Layout.ImageCarousel(columns);
            }
            default -> {
                errors.add(path + ".type", "must be buttons, confirm, carousel or image_carousel");
                return null;
            }
        }
    }

    private List<Action> actions(JsonLike json, String path, int min, int max, int labelMax) {
        if (!(json instanceof JArray array)
                || array.items().size() < min
                || array.items().size() > max) {
            errors.add(
                    path,
                    min == max
                            ? "must be an array of exactly " + min + " actions"
                            : "must be an array of " + min + " to " + max + " actions");
            return List.of();
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            Action action = action(array.items().get(i), path + "[" + i + "]", labelMax, false, true);
            if (action != null) {
                actions.add(action);
            }
        }
        return actions;
    }

    private Action action(JsonLike json, String path, int labelMax, boolean quickReply, boolean labelRequired) {
        if (!(json instanceof JObject object)) {
            errors.add(path, "must be an action object");
            return null;
        }
        Map<String, JsonLike> f = object.fields();
        String type = f.get("type") instanceof JString t ? t.value() : "";
        switch (type) {
            case "uri" -> {
                only(object, path, "type", "label", "uri", "altUri");
                Optional<String> label = labelOf(f, path, labelMax, labelRequired);
                return new Action.Uri(label, uri(f, "uri", path));
            }
            case "message" -> {
                only(object, path, "type", "label", "text");
                Optional<String> label = labelOf(f, path, labelMax, labelRequired);
                return new Action.Message(label, text(f, "text", path, 1, ACTION_TEXT_MAX));
            }
            case "postback" -> {
                only(object, path, "type", "label", "data", "displayText", "inputOption", "fillInText");
                Optional<String> label = labelOf(f, path, labelMax, labelRequired);
                return new Action.Postback(
                        label,
                        text(f, "data", path, 1, POSTBACK_DATA_MAX),
                        optionalText(f, "displayText", path, ACTION_TEXT_MAX));
            }
            case "camera", "cameraRoll", "location" -> {
                if (!quickReply) {
                    errors.add(path + ".type", type + " actions are only for quick replies");
                    return null;
                }
                only(object, path, "type", "label");
                return new Action.Picker(type, Optional.ofNullable(text(f, "label", path, 1, ACTION_LABEL_MAX)));
            }
            default -> {
                errors.add(
                        path + ".type",
                        quickReply
                                ? "must be uri, message, postback, camera, cameraRoll or location"
                                : "must be uri, message or postback");
                return null;
            }
        }
    }

    /** Labels are required where LINE shows a button (not on default actions or image carousels). */
    private Optional<String> labelOf(Map<String, JsonLike> f, String path, int max, boolean required) {
        return required || f.containsKey("label")
                ? Optional.ofNullable(text(f, "label", path, 1, max))
                : Optional.empty();
    }

    private Optional<QuickReply> quickReply(JsonLike json, String path) {
        if (json == null) {
            return Optional.empty();
        }
        if (!(json instanceof JObject object)
                || !(object.fields().get("items") instanceof JArray items)
                || items.items().isEmpty()
                || items.items().size() > QUICK_REPLY_MAX) {
            errors.add(path, "must be {\"items\": [1 to " + QUICK_REPLY_MAX + " quick reply buttons]}");
            return Optional.empty();
        }
        List<QuickReplyItem> read = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            String at = path + ".items[" + i + "]";
            if (!(items.items().get(i) instanceof JObject item)) {
                errors.add(at, "must be {\"type\": \"action\", \"action\": {...}}");
                continue;
            }
            only(item, at, "type", "imageUrl", "action");
            if (!(item.fields().get("type") instanceof JString t) || !t.value().equals("action")) {
                errors.add(at + ".type", "must be action");
            }
            Optional<String> image = optionalHttps(item.fields(), "imageUrl", at);
            Action action = action(item.fields().get("action"), at + ".action", ACTION_LABEL_MAX, true, true);
            if (action != null) {
                read.add(new QuickReplyItem(image, action));
            }
        }
        return Optional.of(new QuickReply(read));
    }

    private void flexContents(JsonLike json, String path) {
        if (!(json instanceof JObject object)) {
            errors.add(path, "is required: a bubble or a carousel of bubbles");
            return;
        }
        String type = object.fields().get("type") instanceof JString t ? t.value() : "";
        if (type.equals("bubble")) {
            return;
        }
        if (!type.equals("carousel")) {
            errors.add(path + ".type", "must be bubble or carousel");
            return;
        }
        if (!(object.fields().get("contents") instanceof JArray bubbles)
                || bubbles.items().isEmpty()
                || bubbles.items().size() > FLEX_BUBBLES_MAX) {
            errors.add(path + ".contents", "must be an array of 1 to " + FLEX_BUBBLES_MAX + " bubbles");
            return;
        }
        for (int i = 0; i < bubbles.items().size(); i++) {
            if (!(bubbles.items().get(i) instanceof JObject bubble)
                    || !(bubble.fields().get("type") instanceof JString t)
                    || !t.value().equals("bubble")) {
                errors.add(path + ".contents[" + i + "]", "must be a bubble");
            }
        }
    }

    private void only(JObject object, String path, String... allowed) {
        Set<String> known = new HashSet<>(List.of(allowed));
        known.add("type");
        known.add("quickReply");
        for (String key : object.fields().keySet()) {
            if (!known.contains(key)) {
                errors.add(path + "." + key, "is not a field of this object");
            }
        }
    }

    private void enumeration(Map<String, JsonLike> f, String key, String path, Set<String> values) {
        JsonLike value = f.get(key);
        if (value != null && !(value instanceof JString s && values.contains(s.value()))) {
            errors.add(path + "." + key, "must be one of " + String.join(", ", new TreeSet<>(values)));
        }
    }

    private String text(Map<String, JsonLike> f, String key, String path, int min, int max) {
        JsonLike value = f.get(key);
        if (!(value instanceof JString s)) {
            errors.add(path + "." + key, value == null ? "is required" : "must be a text");
            return null;
        }
        length(s.value(), path + "." + key, min, max);
        return s.value();
    }

    private Optional<String> optionalText(Map<String, JsonLike> f, String key, String path, int max) {
        return f.containsKey(key) ? Optional.ofNullable(text(f, key, path, 1, max)) : Optional.empty();
    }

    private void length(String text, String path, int min, int max) {
        int length = text.codePointCount(0, text.length());
        if (length < min) {
            errors.add(path, "must not be empty");
        } else if (length > max) {
            errors.add(path, "must be at most " + max + " characters (is " + length + ")");
        }
    }

    private String digits(Map<String, JsonLike> f, String key, String path) {
        String text = text(f, key, path, 1, 100);
        if (text != null && !text.chars().allMatch(Character::isDigit)) {
            errors.add(path + "." + key, "must be LINE's numeric ID");
        }
        return text;
    }

    /** Media: an HTTPS URL of at most 2,000 characters. */
    private String https(Map<String, JsonLike> f, String key, String path) {
        String url = text(f, key, path, 1, URL_MAX);
        if (url != null) {
            scheme(url, path + "." + key, Set.of("https"));
        }
        return url;
    }

    private Optional<String> optionalHttps(Map<String, JsonLike> f, String key, String path) {
        return f.containsKey(key) ? Optional.ofNullable(https(f, key, path)) : Optional.empty();
    }

    /** An action's target: https, http, line or tel, at most 1,000 characters. */
    private String uri(Map<String, JsonLike> f, String key, String path) {
        String uri = text(f, key, path, 1, ACTION_URI_MAX);
        if (uri != null) {
            scheme(uri, path + "." + key, Set.of("https", "http", "line", "tel"));
        }
        return uri;
    }

    private void scheme(String url, String path, Set<String> schemes) {
        if (labels && Label.startsWithLabel(url)) {
            return;
        }
        Predicate<String> startsWith = scheme -> url.regionMatches(true, 0, scheme + ":", 0, scheme.length() + 1);
        if (schemes.stream().noneMatch(startsWith)) {
            errors.add(
                    path,
                    schemes.size() == 1
                            ? "must be an https:// URL"
                            : "must be a URL with scheme " + String.join(", ", new TreeSet<>(schemes)));
        } else if (url.chars().anyMatch(Character::isWhitespace) && !(labels && url.contains("{{"))) {
            errors.add(path, "must not contain spaces");
        }
    }

    private BigDecimal number(Map<String, JsonLike> f, String key, String path, BigDecimal min, BigDecimal max) {
        JsonLike value = f.get(key);
        if (!(value instanceof JNumber n)) {
            errors.add(path + "." + key, value == null ? "is required" : "must be a number");
            return null;
        }
        if ((min != null && n.value().compareTo(min) < 0)
                || (max != null && n.value().compareTo(max) > 0)) {
            errors.add(path + "." + key, "must be " + (max == null ? "at least " + min : "from " + min + " to " + max));
        }
        return n.value();
    }

    private int integer(Map<String, JsonLike> f, String key, String path, int min, int max) {
        BigDecimal n = number(f, key, path, null, null);
        if (n == null) {
            return 0;
        }
        if (n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(min)) < 0
                || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(
                    path + "." + key,
                    min == max
                            ? "must be " + min
                            : max == Integer.MAX_VALUE
                                    ? "must be a whole number of at least " + min
                                    : "must be a whole number from " + min + " to " + max);
            return 0;
        }
        return n.intValue();
    }
}
