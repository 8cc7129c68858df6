package io.lineengage.domain.template;

import io.lineengage.domain.json.JsonLike;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A LINE message object as a template holds it: each type mirrors its counterpart in messaging-api.yml. The
 * reference product's creatives map to them: Text → text, Image → image, Rich message → imagemap, Card → carousel
 * template, Sticker → sticker, Rich video → imagemap with a video, Bubble → the 1–5 messages of a template.
 */
public sealed interface TemplateMessage {
    Optional<QuickReply> quickReply();

    record Text(String text, Optional<QuickReply> quickReply) implements TemplateMessage {}

    record Sticker(String packageId, String stickerId, Optional<QuickReply> quickReply) implements TemplateMessage {}

    record Image(String originalContentUrl, String previewImageUrl, Optional<QuickReply> quickReply)
            implements TemplateMessage {}

    record Video(
            String originalContentUrl,
            String previewImageUrl,
            Optional<String> trackingId,
            Optional<QuickReply> quickReply)
            implements TemplateMessage {}

    record Audio(String originalContentUrl, long duration, Optional<QuickReply> quickReply)
            implements TemplateMessage {}

    record Location(
            String title, String address, BigDecimal latitude, BigDecimal longitude, Optional<QuickReply> quickReply)
            implements TemplateMessage {}

    /** A rich message (imagemap), with an optional video: the reference product's rich video. */
    record Imagemap(
            String baseUrl,
            String altText,
            int baseWidth,
            int baseHeight,
            List<AreaAction> actions,
            Optional<ImagemapVideo> video,
            Optional<QuickReply> quickReply)
            implements TemplateMessage {}

    record Template(String altText, Layout template, Optional<QuickReply> quickReply) implements TemplateMessage {}

    /** A Flex message: its contents are checked for shape here (bubble, or carousel of ≤12) and in full by LINE. */
    record Flex(String altText, JsonLike contents, Optional<QuickReply> quickReply) implements TemplateMessage {}

    record Area(int x, int y, int width, int height) {}

    /** An imagemap area that opens a URL or sends a text. */
    record AreaAction(Area area, Action action) {}

    record ImagemapVideo(
            String originalContentUrl, String previewImageUrl, Area area, Optional<Action.Uri> externalLink) {}

    /** The layouts of a template message. */
    sealed interface Layout {
        record Buttons(
                Optional<String> thumbnailImageUrl,
                Optional<String> title,
                String text,
                List<Action> actions,
                Optional<Action> defaultAction)
                implements Layout {}

        record Confirm(String text, List<Action> actions) implements Layout {}

        /** Cards: every column has the same number of actions. */
        record Carousel(List<Column> columns) implements Layout {}

        record ImageCarousel(List<ImageColumn> columns) implements Layout {}
    }

    record Column(
            Optional<String> thumbnailImageUrl,
            Optional<String> title,
            String text,
            List<Action> actions,
            Optional<Action> defaultAction) {}

    record ImageColumn(String imageUrl, Action action) {}

    sealed interface Action {
        Optional<String> label();

        record Uri(Optional<String> label, String uri) implements Action {}

        record Message(Optional<String> label, String text) implements Action {}

        record Postback(Optional<String> label, String data, Optional<String> displayText) implements Action {}

        /** Quick-reply-only actions that open the camera, the camera roll or the location picker. */
        record Picker(String type, Optional<String> label) implements Action {}
    }

    record QuickReply(List<QuickReplyItem> items) {}

    record QuickReplyItem(Optional<String> imageUrl, Action action) {}
}
