package io.lineengage.benchmarks;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line: {@code --name value} pairs and the bare flags it names. Each benchmark reads what it
 * takes, with its default, and then calls {@link #done()}: an option it did not read is refused before any work, as a
 * typo should be.
 */
final class Options {
    private final Map<String, String> given = new HashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    Options(String[] args, String... flags) {
        Set<String> bare = Set.of(flags);
        for (int i = 0; i < args.length; i++) {
            if (bare.contains(args[i])) {
                given.put(args[i], "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                given.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    String text(String name, String fallback) {
        read.add(name);
        return given.getOrDefault(name, fallback);
    }

    int number(String name, int fallback) {
        String value = text(name, null);
        return value == null ? fallback : Integer.parseInt(value);
    }

    long longNumber(String name, long fallback) {
        String value = text(name, null);
        return value == null ? fallback : Long.parseLong(value);
    }

    boolean flag(String name) {
        return text(name, null) != null;
    }

    /** {@code --service}: the line-engage service, by default the one the suite starts here. */
    String service() {
        return text("--service", "http://127.0.0.1:8080");
    }

    /** {@code --sandbox}: the LINE sandbox, by default the one the suite starts here. */
    String sandbox() {
        return text("--sandbox", "http://127.0.0.1:9090");
    }

    /** {@code --admin-token}, by default the service's {@code LINE_ENGAGE_ADMIN_TOKEN}. */
    String adminToken() {
        return text("--admin-token", System.getenv("LINE_ENGAGE_ADMIN_TOKEN"));
    }

    /** Refuses any option given that the benchmark did not read. */
    void done() {
        for (String name : given.keySet()) {
            if (!read.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
        }
    }
}
