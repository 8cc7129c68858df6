package io.lineengage.bootstrap;

import io.lineengage.bootstrap.demo.DemoApi;
import io.lineengage.bootstrap.demo.DemoSeed;
import io.lineengage.bootstrap.demo.DemoState;
import io.lineengage.bootstrap.demo.LiveEvents;
import io.lineengage.sandbox.LineSandbox;
import io.lineengage.sandbox.SandboxControl;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code java -jar line-engage.jar demo [--fresh]}: the service on an embedded PostgreSQL kept in {@code ./data/demo}
 * (or {@code $LINE_ENGAGE_DATA_DIR}), in the JP market, with the LINE sandbox in the same process as its LINE, seeded
 * with a believable brand on the first run and kept alive by a slow stream of webhooks.
 */
public final class DemoCommand implements AutoCloseable {
    public static final String NAME = "demo";
    static final String FRESH_FLAG = "--fresh";

    private final LineSandbox sandbox;
    private final LineEngage service;
    private final DemoState state;
    private final LiveEvents live;

    private DemoCommand(LineSandbox sandbox, LineEngage service, DemoState state, LiveEvents live) {
        this.sandbox = sandbox;
        this.service = service;
        this.state = state;
        this.live = live;
    }

    /** Starts the demo; {@code args} after "demo". Answers once it is seeded and serving. */
    public static DemoCommand start(List<String> args, Map<String, String> env, PrintStream out) throws Exception {
        for (String arg : args) {
            if (!arg.equals(FRESH_FLAG)) {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: " + FRESH_FLAG + ")");
            }
        }
        Path directory = Path.of(env.getOrDefault("LINE_ENGAGE_DATA_DIR", "./data/demo"))
                .toAbsolutePath()
                .normalize();
        if (args.contains(FRESH_FLAG)) {
            deleteRecursively(directory);
        }
        LineSandbox sandbox = LineSandbox.start(0);
        LineEngage service = null;
        try {
            Map<String, String> demoEnv = new HashMap<>(env);
            demoEnv.remove("DATABASE_URL"); // the demo's data is its own
            demoEnv.put("LINE_ENGAGE_DATA_DIR", directory.toString());
            demoEnv.put("LINE_ENGAGE_MARKET", "JP");
            demoEnv.put("LINE_API_BASE_URL", sandbox.baseUrl());
            demoEnv.remove("LINE_DATA_API_BASE_URL");
            Settings settings = new SettingsReader(demoEnv, notice -> {}).read(List.of());
            service = LineEngage.start(settings, Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
            String base = "http://127.0.0.1:" + service.port();
            SandboxControl control = new SandboxControl(sandbox.baseUrl());
            DemoSeed seed =
                    new DemoSeed(new DemoApi(base, settings.adminToken()), control, service.port(), out::println);
            Optional<DemoState> kept = DemoState.read(directory);
            DemoState state;
            if (kept.isPresent()) {
                state = kept.get();
                // The sandbox keeps nothing between runs: the same channels and followers again.
                for (DemoState.Channel channel : state.channels()) {
                    control.createChannel(Map.of(
                            "channelId", channel.channelId(),
                            "channelSecret", channel.channelSecret(),
                            "accessToken", channel.accessToken(),
                            "monthlyQuota", 1_000_000,
                            "displayName", channel.name()));
                    seed.pointWebhooks(channel);
                }
                seed.restoreFollowers(state);
            } else {
                state = seed.seed();
                // Thousands of rows arrived at once: planner statistics now, not when autovacuum gets to them,
                // so that the first counts are as fast as the later ones.
                try (Connection connection = service.dataSource().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
                state.write(directory);
            }
            LiveEvents live = new LiveEvents(control, state).start();
            String host = "http://localhost:" + service.port();
            out.println();
            out.println(
                    "line-engage demo is ready (data in " + directory + ", LINE sandbox at " + sandbox.baseUrl() + ")");
            out.println("  console:  " + host + "/console   sign in with the API key below");
            out.println("  API key:  " + state.apiKey());
            out.println("  try:      curl -s " + host + "/api/v1/campaigns -H \"Authorization: Bearer " + state.apiKey()
                    + "\"");
            out.println("  Ctrl-C stops it; `demo` again resumes this data, `demo --fresh` starts over.");
            return new DemoCommand(sandbox, service, state, live);
        } catch (Exception | Error e) {
            if (service != null) {
                service.close();
            }
            sandbox.close();
            throw e;
        }
    }

    public int port() {
        return service.port();
    }

    public String apiKey() {
        return state.apiKey();
    }

    public String sandboxUrl() {
        return sandbox.baseUrl();
    }

    public LineEngage service() {
        return service;
    }

    @Override
    public void close() {
        live.close();
        service.close();
        sandbox.close();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
