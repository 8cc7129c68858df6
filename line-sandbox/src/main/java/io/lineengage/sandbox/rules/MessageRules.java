package io.lineengage.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LINE's rules for message objects, written from the Messaging API reference and messaging-api.yml: what LINE
 * answers 400 to. Lengths count UTF-16 code units, as LINE's do.
 */
public final class MessageRules {
    public static final int MAX_MESSAGES = 5;
    public static final int MAX_TEXT = 5_000;
    public static final int MAX_URL = 2_000;
    public static final int MAX_ALT_TEXT = 400;
    public static final int MAX_QUICK_REPLY_ITEMS = 13;
    public static final int MAX_ACTION_LABEL = 20;
    public static final int MAX_IMAGEMAP_ACTIONS = 50;
    public static final int MAX_CAROUSEL_COLUMNS = 10;
    public static final int MAX_FLEX_BUBBLES = 12;

    private static final Set<String> ACTION_TYPES = Set.of(
            "postback",
            "message",
            "uri",
            "datetimepicker",
            "camera",
            "cameraRoll",
            "location",
            "richmenuswitch",
            "clipboard");
    private static final Pattern URI_SCHEME = Pattern.compile("^(https?|line|tel):.*", Pattern.DOTALL);

    private final List<Violation> violations = new ArrayList<>();

    private MessageRules() {}

    /** Every rule the {@code messages} array breaks; empty when LINE would accept it. */
    public static List<Violation> check(JsonNode messages, String property) {
        MessageRules rules = new MessageRules();
        rules.messages(messages, property);
        return rules.violations;
    }

    private void messages(JsonNode messages, String path) {
        if (messages == null || messages.isNull() || messages.isMissingNode()) {
            fail("Must not be null", path);
            return;
        }
        if (!messages.isArray()) {
            fail("Must be an array", path);
            return;
        }
        if (messages.isEmpty() || messages.size() > MAX_MESSAGES) {
            fail("Size must be between 1 and " + MAX_MESSAGES, path);
        }
        for (int i = 0; i < messages.size(); i++) {
            message(messages.get(i), path + "[" + i + "]");
        }
    }

    private void message(JsonNode message, String path) {
        if (!message.isObject()) {
            fail("Must be an object", path);
            return;
        }
        String type = text(message, "type");
        if (type == null) {
            fail("Must not be null", path + ".type");
            return;
        }
        switch (type) {
            case "text" -> length(message, "text", 1, MAX_TEXT, path, true);
            case "textV2" -> textV2(message, path);
            case "sticker" -> {
                required(message, "packageId", path);
                required(message, "stickerId", path);
            }
            case "image" -> {
                url(message, "originalContentUrl", path, true);
                url(message, "previewImageUrl", path, true);
            }
            case "video" -> {
                url(message, "originalContentUrl", path, true);
                url(message, "previewImageUrl", path, true);
                length(message, "trackingId", 1, 100, path, false);
            }
            case "audio" -> {
                url(message, "originalContentUrl", path, true);
                number(message, "duration", path);
            }
            case "location" -> {
                length(message, "title", 1, 100, path, true);
                length(message, "address", 1, 100, path, true);
                number(message, "latitude", path);
                number(message, "longitude", path);
            }
            case "imagemap" -> imagemap(message, path);
            case "template" -> template(message, path);
            case "flex" -> flex(message, path);
            default -> fail("Invalid message type: " + type, path + ".type");
        }
        quickReply(message.get("quickReply"), path + ".quickReply");
        sender(message.get("sender"), path + ".sender");
    }

    private void textV2(JsonNode message, String path) {
        length(message, "text", 1, MAX_TEXT, path, true);
        JsonNode substitution = message.get("substitution");
        if (substitution != null && !substitution.isObject()) {
            fail("Must be an object", path + ".substitution");
        }
    }

    private void imagemap(JsonNode message, String path) {
        url(message, "baseUrl", path, true);
        length(message, "altText", 1, MAX_ALT_TEXT, path, true);
        JsonNode baseSize = message.get("baseSize");
        if (baseSize == null || !baseSize.isObject()) {
            fail("Must not be null", path + ".baseSize");
        } else {
            if (baseSize.path("width").asInt(-1) != 1040) {
                fail("Must be 1040", path + ".baseSize.width");
            }
            if (baseSize.path("height").asInt(-1) < 1) {
                fail("Must be a positive integer", path + ".baseSize.height");
            }
        }
        JsonNode actions = message.get("actions");
        if (actions == null || !actions.isArray() || actions.isEmpty() || actions.size() > MAX_IMAGEMAP_ACTIONS) {
            fail("Size must be between 1 and " + MAX_IMAGEMAP_ACTIONS, path + ".actions");
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            JsonNode action = actions.get(i);
            String at = path + ".actions[" + i + "]";
            String type = text(action, "type");
            if ("uri".equals(type)) {
                length(action, "linkUri", 1, 1000, at, true);
            } else if ("message".equals(type)) {
                length(action, "text", 1, 400, at, true);
            } else if ("clipboard".equals(type)) {
                length(action, "clipboardText", 1, 1000, at, true);
            } else {
                fail("Invalid imagemap action type", at + ".type");
            }
            length(action, "label", 0, 100, at, false);
            JsonNode area = action.get("area");
            if (area == null || !area.isObject()) {
                fail("Must not be null", at + ".area");
            } else {
                for (String side : List.of("x", "y", "width", "height")) {
                    if (!area.path(side).canConvertToInt() || area.path(side).asInt() < 0) {
                        fail("Must be a non-negative integer", at + ".area." + side);
                    }
                }
            }
        }
    }

    private void template(JsonNode message, String path) {
        length(message, "altText", 1, MAX_ALT_TEXT, path, true);
        JsonNode template = message.get("template");
        String at = path + ".template";
        if (template == null || !template.isObject()) {
            fail("Must not be null", at);
            return;
        }
        String type = text(template, "type");
        if (type == null) {
            fail("Must not be null", at + ".type");
            return;
        }
        switch (type) {
            case "buttons" -> {
                boolean decorated = template.hasNonNull("thumbnailImageUrl") || template.hasNonNull("title");
                length(template, "text", 1, decorated ? 60 : 160, at, true);
                length(template, "title", 1, 40, at, false);
                url(template, "thumbnailImageUrl", at, false);
                actions(template.get("actions"), at + ".actions", 1, 4);
                optionalAction(template.get("defaultAction"), at + ".defaultAction");
            }
            case "confirm" -> {
                length(template, "text", 1, 240, at, true);
                actions(template.get("actions"), at + ".actions", 2, 2);
            }
            case "carousel" -> carousel(template, at);
            case "image_carousel" -> imageCarousel(template, at);
            default -> fail("Invalid template type: " + type, at + ".type");
        }
    }

    private void carousel(JsonNode template, String at) {
        JsonNode columns = template.get("columns");
        if (columns == null || !columns.isArray() || columns.isEmpty() || columns.size() > MAX_CAROUSEL_COLUMNS) {
            fail("Size must be between 1 and " + MAX_CAROUSEL_COLUMNS, at + ".columns");
            return;
        }
        int actionCount = -1;
        Boolean withImage = null;
        Boolean withTitle = null;
        for (int i = 0; i < columns.size(); i++) {
            JsonNode column = columns.get(i);
            String col = at + ".columns[" + i + "]";
            boolean image = column.hasNonNull("thumbnailImageUrl");
            boolean title = column.hasNonNull("title");
            length(column, "text", 1, image || title ? 60 : 120, col, true);
            length(column, "title", 1, 40, col, false);
            url(column, "thumbnailImageUrl", col, false);
            JsonNode actions = column.get("actions");
            actions(actions, col + ".actions", 1, 3);
            int count = actions != null && actions.isArray() ? actions.size() : 0;
            if (actionCount >= 0 && count != actionCount) {
                fail("Number of actions must be the same in all columns", col + ".actions");
            }
            if (withImage != null && withImage != image) {
                fail("thumbnailImageUrl must be set in all columns or in none", col + ".thumbnailImageUrl");
            }
            if (withTitle != null && withTitle != title) {
                fail("title must be set in all columns or in none", col + ".title");
            }
            actionCount = actionCount < 0 ? count : actionCount;
            withImage = withImage == null ? image : withImage;
            withTitle = withTitle == null ? title : withTitle;
            optionalAction(column.get("defaultAction"), col + ".defaultAction");
        }
    }

    private void imageCarousel(JsonNode template, String at) {
        JsonNode columns = template.get("columns");
        if (columns == null || !columns.isArray() || columns.isEmpty() || columns.size() > MAX_CAROUSEL_COLUMNS) {
            fail("Size must be between 1 and " + MAX_CAROUSEL_COLUMNS, at + ".columns");
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            String col = at + ".columns[" + i + "]";
            url(columns.get(i), "imageUrl", col, true);
            JsonNode action = columns.get(i).get("action");
            if (action == null) {
                fail("Must not be null", col + ".action");
            } else {
                action(action, col + ".action", false);
            }
        }
    }

    private void flex(JsonNode message, String path) {
        length(message, "altText", 1, MAX_ALT_TEXT, path, true);
        JsonNode contents = message.get("contents");
        String at = path + ".contents";
        if (contents == null || !contents.isObject()) {
            fail("Must not be null", at);
            return;
        }
        String type = text(contents, "type");
        if ("bubble".equals(type)) {
            bubble(contents, at);
        } else if ("carousel".equals(type)) {
            JsonNode bubbles = contents.get("contents");
            if (bubbles == null || !bubbles.isArray() || bubbles.isEmpty() || bubbles.size() > MAX_FLEX_BUBBLES) {
                fail("Size must be between 1 and " + MAX_FLEX_BUBBLES, at + ".contents");
                return;
            }
            for (int i = 0; i < bubbles.size(); i++) {
                if (!"bubble".equals(text(bubbles.get(i), "type"))) {
                    fail("Must be a bubble", at + ".contents[" + i + "].type");
                } else {
                    bubble(bubbles.get(i), at + ".contents[" + i + "]");
                }
            }
        } else {
            fail("Must be bubble or carousel", at + ".type");
        }
    }

    private void bubble(JsonNode bubble, String at) {
        for (String block : List.of("header", "hero", "body", "footer")) {
            JsonNode part = bubble.get(block);
            if (part != null && (!part.isObject() || !part.hasNonNull("type"))) {
                fail("Must be a flex component", at + "." + block);
            }
        }
    }

    private void quickReply(JsonNode quickReply, String at) {
        if (quickReply == null || quickReply.isNull()) {
            return;
        }
        JsonNode items = quickReply.get("items");
        if (items == null || !items.isArray() || items.isEmpty() || items.size() > MAX_QUICK_REPLY_ITEMS) {
            fail("Size must be between 1 and " + MAX_QUICK_REPLY_ITEMS, at + ".items");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String item = at + ".items[" + i + "]";
            if (!"action".equals(text(items.get(i), "type"))) {
                fail("Must be action", item + ".type");
            }
            url(items.get(i), "imageUrl", item, false);
            JsonNode action = items.get(i).get("action");
            if (action == null) {
                fail("Must not be null", item + ".action");
            } else {
                action(action, item + ".action", true);
            }
        }
    }

    private void sender(JsonNode sender, String at) {
        if (sender == null || sender.isNull()) {
            return;
        }
        length(sender, "name", 1, 20, at, false);
        url(sender, "iconUrl", at, false);
    }

    private void actions(JsonNode actions, String at, int min, int max) {
        if (actions == null || !actions.isArray() || actions.size() < min || actions.size() > max) {
            fail(min == max ? "Size must be " + min : "Size must be between " + min + " and " + max, at);
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            action(actions.get(i), at + "[" + i + "]", true);
        }
    }

    private void optionalAction(JsonNode action, String at) {
        if (action != null && !action.isNull()) {
            action(action, at, false);
        }
    }

    private void action(JsonNode action, String at, boolean labelRequired) {
        if (!action.isObject()) {
            fail("Must be an object", at);
            return;
        }
        String type = text(action, "type");
        if (type == null || !ACTION_TYPES.contains(type)) {
            fail("Invalid action type", at + ".type");
            return;
        }
        length(action, "label", 1, MAX_ACTION_LABEL, at, labelRequired && !"richmenuswitch".equals(type));
        switch (type) {
            case "message" -> length(action, "text", 1, 300, at, true);
            case "uri" -> {
                if (length(action, "uri", 1, 1000, at, true)
                        && !URI_SCHEME.matcher(text(action, "uri")).matches()) {
                    fail("Must use http, https, line or tel", at + ".uri");
                }
            }
            case "postback" -> {
                length(action, "data", 1, 300, at, true);
                length(action, "displayText", 1, 300, at, false);
            }
            case "datetimepicker" -> {
                length(action, "data", 1, 300, at, true);
                String mode = text(action, "mode");
                if (!Set.of("date", "time", "datetime").contains(mode)) {
                    fail("Must be date, time or datetime", at + ".mode");
                }
            }
            case "clipboard" -> length(action, "clipboardText", 1, 1000, at, true);
            default -> {
                // camera, cameraRoll, location, richmenuswitch: a label is all they need here
            }
        }
    }

    // --- field checks; each answers whether the field is present and valid ---

    private boolean required(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.textValue().isEmpty())) {
            fail("Must not be null", at + "." + field);
            return false;
        }
        return true;
    }

    private boolean length(JsonNode node, String field, int min, int max, String at, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                fail("Must not be null", at + "." + field);
            }
            return false;
        }
        if (!value.isTextual()) {
            fail("Must be a string", at + "." + field);
            return false;
        }
        int length = value.textValue().length();
        if (length < min || length > max) {
            fail("Length must be between " + min + " and " + max, at + "." + field);
            return false;
        }
        return true;
    }

    private void url(JsonNode node, String field, String at, boolean required) {
        if (length(node, field, 1, MAX_URL, at, required) && !text(node, field).startsWith("https://")) {
            fail("Must be an HTTPS URL", at + "." + field);
        }
    }

    private void number(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            fail("Must be a number", at + "." + field);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private void fail(String message, String property) {
        violations.add(new Violation(message, property));
    }
}
