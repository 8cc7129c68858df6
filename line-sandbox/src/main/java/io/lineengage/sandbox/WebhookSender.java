package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lineengage.sandbox.channel.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Delivers webhook bodies to a channel's webhook URL, signed as LINE signs them (webhook.yml). */
final class WebhookSender {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;

    WebhookSender(ObjectMapper json) {
        this.json = json;
    }

    /** Sends {@code events} in one body; answers the status the target gave. */
    int send(Channel channel, ArrayNode events, boolean badSignature) throws IOException, InterruptedException {
        if (channel.webhookUrl() == null) {
            throw new IllegalStateException("channel " + channel.channelId() + " has no webhookUrl");
        }
        ObjectNode body = json.createObjectNode().put("destination", channel.botUserId());
        body.set("events", events);
        byte[] bytes = json.writeValueAsBytes(body);
        String signature = signature(badSignature ? "not-the-secret" : channel.channelSecret(), bytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(channel.webhookUrl()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Line-Signature", signature)
                .header("User-Agent", "LineBotWebhook/2.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Base64(HMAC-SHA256(channel secret, raw body)), the X-Line-Signature header. */
    static String signature(String channelSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** A new webhook event ID: a ULID (48-bit time, 80 random bits, Crockford base32), as LINE's are. */
    static String newEventId(long epochMillis) {
        char[] id = new char[26];
        long time = epochMillis;
        for (int i = 9; i >= 0; i--) {
            id[i] = CROCKFORD[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            id[i] = CROCKFORD[RANDOM.nextInt(32)];
        }
        return new String(id);
    }
}
