package io.lineengage.adapters.line.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.AudioMessage;
import com.linecorp.bot.messaging.model.ImageMessage;
import com.linecorp.bot.messaging.model.LocationMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.StickerMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.VideoMessage;
import io.lineengage.adapters.json.JsonLikeJackson;
import io.lineengage.domain.message.LineMessage;
import java.net.URI;
import java.util.List;

/** Our message objects as the SDK's models. */
final class SdkMessages {
    private static final ObjectMapper MODELS = ModelObjectMapper.createNewObjectMapper();

    private SdkMessages() {}

    static List<Message> of(List<LineMessage> messages) {
        return messages.stream().map(SdkMessages::of).toList();
    }

    static Message of(LineMessage message) {
        if (message instanceof LineMessage.Text text) {
            return new TextMessage(text.text());
        } else if (message instanceof LineMessage.Sticker sticker) {
            return new StickerMessage(sticker.packageId(), sticker.stickerId());
        } else if (message instanceof LineMessage.Image image) {
            return new ImageMessage(URI.create(image.originalContentUrl()), URI.create(image.previewImageUrl()));
        } else if (message instanceof LineMessage.Video video) {
            return new VideoMessage(URI.create(video.originalContentUrl()), URI.create(video.previewImageUrl()), null);
        } else if (message instanceof LineMessage.Audio audio) {
            return new AudioMessage(URI.create(audio.originalContentUrl()), audio.durationMillis());
        } else if (message instanceof LineMessage.Location location) {
            return new LocationMessage(location.title(), location.address(), location.latitude(), location.longitude());
        } else if (message instanceof LineMessage.Composed composed) {
            // The SDK's own mapper reads LINE's JSON into its models: every type LINE has, as LINE spells it.
            try {
                return MODELS.readValue(JsonLikeJackson.write(composed.json()), Message.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not a LINE message object: " + e.getOriginalMessage(), e);
            }
        }
        throw new IllegalArgumentException(
                "no SDK model for " + message.getClass().getSimpleName());
    }
}
