package io.lineengage.domain.message;

import io.lineengage.domain.json.JsonLike;
import java.util.List;
import java.util.Objects;

/**
 * A message object as LINE sends it. Each type mirrors its LINE counterpart in messaging-api.yml; the LINE adapter
 * turns them into the SDK's models.
 */
public sealed interface LineMessage {
    record Text(String text) implements LineMessage {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Sticker(String packageId, String stickerId) implements LineMessage {
        public Sticker {
            Objects.requireNonNull(packageId, "packageId");
            Objects.requireNonNull(stickerId, "stickerId");
        }
    }

    record Image(String originalContentUrl, String previewImageUrl) implements LineMessage {
        public Image {
            Objects.requireNonNull(originalContentUrl, "originalContentUrl");
            Objects.requireNonNull(previewImageUrl, "previewImageUrl");
        }
    }

    record Video(String originalContentUrl, String previewImageUrl) implements LineMessage {
        public Video {
            Objects.requireNonNull(originalContentUrl, "originalContentUrl");
            Objects.requireNonNull(previewImageUrl, "previewImageUrl");
        }
    }

    record Audio(String originalContentUrl, long durationMillis) implements LineMessage {
        public Audio {
            Objects.requireNonNull(originalContentUrl, "originalContentUrl");
        }
    }

    record Location(String title, String address, double latitude, double longitude) implements LineMessage {
        public Location {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(address, "address");
        }
    }

    /** A message object composed from a template (already checked and rendered), as LINE's JSON. */
    record Composed(JsonLike json) implements LineMessage {
        public Composed {
            Objects.requireNonNull(json, "json");
        }

        /** Each object of a template's (or its rendering's) messages array, ready to send. */
        public static List<LineMessage> each(JsonLike messages) {
            return ((JsonLike.JArray) messages)
                    .items().stream().<LineMessage>map(Composed::new).toList();
        }
    }
}
