package io.lineengage.adapters.console;

import io.lineengage.domain.json.JsonLike;
import java.util.List;
import java.util.Optional;

/**
 * LINE messages drawn the way a phone shows them, well enough to judge: text bubbles, stickers, images, buttons,
 * confirm, carousels, image carousels, imagemap areas and a Flex bubble's boxes, texts and buttons. Every value is
 * HTML-escaped here; the result goes into the page as markup.
 */
final class PhonePreview {
    private PhonePreview() {}

    static String of(JsonLike messages) {
        StringBuilder html = new StringBuilder("<div class=\"phone\"><div class=\"phone-screen\">");
        for (JsonLike message : items(messages)) {
            html.append("<div class=\"msg\">");
            message(message, html);
            html.append("</div>");
        }
        return html.append("</div></div>").toString();
    }

    private static void message(JsonLike message, StringBuilder html) {
        String type = text(message, "type");
        switch (type) {
            case "text" ->
                html.append("<div class=\"bubble\">")
                        .append(esc(text(message, "text")))
                        .append("</div>");
            case "sticker" ->
                html.append("<div class=\"sticker\" title=\"sticker\">🐻<small>sticker ")
                        .append(esc(text(message, "packageId")))
                        .append('/')
                        .append(esc(text(message, "stickerId")))
                        .append("</small></div>");
            case "image" -> image(text(message, "previewImageUrl"), "image", html);
            case "video" -> image(text(message, "previewImageUrl"), "▶ video", html);
            case "audio" -> html.append("<div class=\"bubble\">♪ audio</div>");
            case "location" ->
                html.append("<div class=\"card\"><b>📍 ")
                        .append(esc(text(message, "title")))
                        .append("</b><p>")
                        .append(esc(text(message, "address")))
                        .append("</p></div>");
            case "template" -> template(field(message, "template"), html);
            case "imagemap" -> imagemap(message, html);
            case "flex" -> {
                html.append("<div class=\"flex\">");
                flex(field(message, "contents"), html);
                html.append("</div>");
            }
            default -> html.append("<div class=\"bubble\">[").append(esc(type)).append("]</div>");
        }
    }

    private static void template(JsonLike template, StringBuilder html) {
        switch (text(template, "type")) {
            case "buttons" -> card(template, html);
            case "confirm" -> {
                html.append("<div class=\"card\"><p>")
                        .append(esc(text(template, "text")))
                        .append("</p><div class=\"row\">");
                actions(template, html);
                html.append("</div></div>");
            }
            case "carousel" -> {
                html.append("<div class=\"carousel\">");
                for (JsonLike column : items(field(template, "columns"))) {
                    card(column, html);
                }
                html.append("</div>");
            }
            case "image_carousel" -> {
                html.append("<div class=\"carousel\">");
                for (JsonLike column : items(field(template, "columns"))) {
                    html.append("<div class=\"card\">");
                    image(text(column, "imageUrl"), "image", html);
                    JsonLike action = field(column, "action");
                    html.append("<span class=\"action\">")
                            .append(esc(text(action, "label")))
                            .append("</span></div>");
                }
                html.append("</div>");
            }
            default -> html.append("<div class=\"bubble\">[template]</div>");
        }
    }

    private static void card(JsonLike card, StringBuilder html) {
        html.append("<div class=\"card\">");
        String thumbnail = text(card, "thumbnailImageUrl");
        if (!thumbnail.isEmpty()) {
            image(thumbnail, "image", html);
        }
        if (!text(card, "title").isEmpty()) {
            html.append("<b>").append(esc(text(card, "title"))).append("</b>");
        }
        html.append("<p>").append(esc(text(card, "text"))).append("</p>");
        actions(card, html);
        html.append("</div>");
    }

    private static void actions(JsonLike holder, StringBuilder html) {
        for (JsonLike action : items(field(holder, "actions"))) {
            html.append("<span class=\"action\">")
                    .append(esc(text(action, "label")))
                    .append("</span>");
        }
    }

    private static void imagemap(JsonLike message, StringBuilder html) {
        JsonLike size = field(message, "baseSize");
        double width = number(size, "width", 1040);
        double height = number(size, "height", 1040);
        html.append("<div class=\"imagemap\" style=\"aspect-ratio: ")
                .append((long) width)
                .append(" / ")
                .append((long) height)
                .append("\"><small>")
                .append(esc(text(message, "altText")))
                .append("</small>");
        for (JsonLike action : items(field(message, "actions"))) {
            JsonLike area = field(action, "area");
            html.append(String.format(
                            java.util.Locale.ROOT,
                            "<span class=\"area\" style=\"left:%.1f%%;top:%.1f%%;width:%.1f%%;height:%.1f%%\">",
                            100 * number(area, "x", 0) / width,
                            100 * number(area, "y", 0) / height,
                            100 * number(area, "width", 0) / width,
                            100 * number(area, "height", 0) / height))
                    .append(esc(text(action, "type").equals("uri") ? text(action, "linkUri") : text(action, "text")))
                    .append("</span>");
        }
        html.append("</div>");
    }

    /** A Flex container or component, drawn as nested boxes. */
    private static void flex(JsonLike node, StringBuilder html) {
        switch (text(node, "type")) {
            case "bubble" -> {
                html.append("<div class=\"card flex-bubble\">");
                for (String part : List.of("header", "hero", "body", "footer")) {
                    JsonLike section = field(node, part);
                    if (!(section instanceof JsonLike.JNull)) {
                        flex(section, html);
                    }
                }
                html.append("</div>");
            }
            case "carousel" -> {
                html.append("<div class=\"carousel\">");
                items(field(node, "contents")).forEach(bubble -> flex(bubble, html));
                html.append("</div>");
            }
            case "box" -> {
                html.append("<div class=\"box ")
                        .append(esc(text(node, "layout")))
                        .append("\">");
                items(field(node, "contents")).forEach(child -> flex(child, html));
                html.append("</div>");
            }
            case "text" ->
                html.append("<p class=\"flex-text ")
                        .append(esc(text(node, "weight")))
                        .append(" size-")
                        .append(esc(text(node, "size")))
                        .append("\">")
                        .append(esc(text(node, "text")))
                        .append("</p>");
            case "button" ->
                html.append("<span class=\"action\">")
                        .append(esc(text(field(node, "action"), "label")))
                        .append("</span>");
            case "image" -> image(text(node, "url"), "image", html);
            case "separator" -> html.append("<hr>");
            default -> {}
        }
    }

    /** Images come from the brand's servers, which the console need not reach: a framed placeholder with the URL. */
    private static void image(String url, String label, StringBuilder html) {
        html.append("<div class=\"image\" title=\"")
                .append(esc(url))
                .append("\">🖼 ")
                .append(esc(label))
                .append("<small>")
                .append(esc(url))
                .append("</small></div>");
    }

    private static List<JsonLike> items(JsonLike json) {
        return json instanceof JsonLike.JArray array ? array.items() : List.of();
    }

    private static JsonLike field(JsonLike json, String name) {
        if (json instanceof JsonLike.JObject object) {
            return Optional.ofNullable(object.fields().get(name)).orElse(new JsonLike.JNull());
        }
        return new JsonLike.JNull();
    }

    private static String text(JsonLike json, String name) {
        JsonLike value = field(json, name);
        if (value instanceof JsonLike.JString string) {
            return string.value();
        }
        if (value instanceof JsonLike.JNumber number) {
            return number.value().toPlainString();
        }
        return "";
    }

    private static double number(JsonLike json, String name, double fallback) {
        return field(json, name) instanceof JsonLike.JNumber number
                ? number.value().doubleValue()
                : fallback;
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
