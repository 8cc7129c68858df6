package io.lineengage.bootstrap.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the demo keeps beside its database between runs: the org, its API key (shown once by the service, so kept
 * here) and the sandbox channels' credentials, to make the in-process sandbox the same LINE again.
 */
public record DemoState(String orgId, String apiKey, List<Channel> channels) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "demo.json";

    public record Channel(String name, String accountId, String channelId, String channelSecret, String accessToken) {}

    public static Optional<DemoState> read(Path directory) throws IOException {
        Path file = directory.resolve(FILE);
        return Files.exists(file) ? Optional.of(JSON.readValue(file.toFile(), DemoState.class)) : Optional.empty();
    }

    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        JSON.writerWithDefaultPrettyPrinter().writeValue(directory.resolve(FILE).toFile(), this);
    }
}
