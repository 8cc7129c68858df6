package io.lineengage.adapters.line.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where LINE is and how long to wait for it. {@code apiBaseUrl} serves the Messaging API, tokens and insight;
 * {@code dataApiBaseUrl} content and file uploads. Both point at the sandbox in tests, the demo and benchmarks.
 */
public record LineSettings(
        URI apiBaseUrl, URI dataApiBaseUrl, Duration connectTimeout, Duration readTimeout, int maxConcurrentCalls) {
    public static final URI LINE_API = URI.create("https://api.line.me");
    public static final URI LINE_DATA_API = URI.create("https://api-data.line.me");

    public LineSettings {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(dataApiBaseUrl, "dataApiBaseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
        }
    }

    /** Real LINE, with timeouts that leave LINE time to answer large multicasts. */
    public static LineSettings realLine() {
        return at(LINE_API, LINE_DATA_API);
    }

    public static LineSettings at(URI apiBaseUrl, URI dataApiBaseUrl) {
        return new LineSettings(apiBaseUrl, dataApiBaseUrl, Duration.ofSeconds(5), Duration.ofSeconds(20), 256);
    }

    public LineSettings withReadTimeout(Duration timeout) {
        return new LineSettings(apiBaseUrl, dataApiBaseUrl, connectTimeout, timeout, maxConcurrentCalls);
    }

    /** {@code path} under the API base URL, whatever slashes the configured URL ends with. */
    URI api(String path) {
        String base = apiBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
