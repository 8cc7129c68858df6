package io.lineengage.bootstrap;

import io.lineengage.adapters.line.messaging.LineSettings;
import io.lineengage.adapters.persistence.postgres.DatabaseSettings;
import io.lineengage.application.port.out.campaign.SendPace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads {@link Settings} from environment variables and command-line flags. Secrets the operator did not give are
 * generated once into the data directory (readable by the owner only), so that a restart keeps them.
 */
final class SettingsReader {
    /** Profile calls a second of the background profile keeper: a 1M-follower backfill is named in under 6 hours. */
    static final int DEFAULT_PROFILE_RATE = 50;

    private static final int LINE_PROFILE_LIMIT = 2_000;

    static final String EPHEMERAL_FLAG = "--ephemeral";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, String> env;
    private final Consumer<String> notices;

    /** {@code notices} receives what the operator must see (a generated token, a warning). */
    SettingsReader(Map<String, String> env, Consumer<String> notices) {
        this.env = env;
        this.notices = notices;
    }

    Settings read(List<String> args) {
        boolean ephemeral = args.contains(EPHEMERAL_FLAG);
        for (String arg : args) {
            if (!arg.equals(EPHEMERAL_FLAG)) {
                throw new IllegalArgumentException("unknown argument " + arg + " (known: " + EPHEMERAL_FLAG + ")");
            }
        }
        int port = port(value("PORT", "8080"));
        String host = value("HOST", "0.0.0.0");
        Path dataDirectory = Path.of(value("LINE_ENGAGE_DATA_DIR", "./data"))
                .toAbsolutePath()
                .normalize();
        String databaseUrl = env.get("DATABASE_URL");
        DatabaseSettings database;
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            database = new DatabaseSettings.External(databaseUrl.strip());
        } else if (ephemeral) {
            database = new DatabaseSettings.Ephemeral();
        } else {
            database = new DatabaseSettings.Embedded(dataDirectory.resolve("postgres"));
        }
        String adminToken = env.get("LINE_ENGAGE_ADMIN_TOKEN");
        if (adminToken == null || adminToken.isBlank()) {
            adminToken = generated(
                    ephemeral,
                    dataDirectory.resolve("admin-token"),
                    () -> HexFormat.of().formatHex(randomBytes(24)),
                    "LINE_ENGAGE_ADMIN_TOKEN",
                    true);
        } else if (adminToken.strip().length() < 16) {
            throw new IllegalArgumentException("LINE_ENGAGE_ADMIN_TOKEN must have at least 16 characters");
        } else if (!ephemeral && Files.exists(dataDirectory.resolve("admin-token"))) {
            notices.accept("LINE_ENGAGE_ADMIN_TOKEN is set: it is used instead of the token kept in "
                    + dataDirectory.resolve("admin-token"));
        }
        String masterKeyText = env.get("LINE_ENGAGE_MASTER_KEY");
        if (masterKeyText == null || masterKeyText.isBlank()) {
            masterKeyText = generated(
                    ephemeral,
                    dataDirectory.resolve("master-key"),
                    () -> Base64.getEncoder().encodeToString(randomBytes(MasterKey.LENGTH_BYTES)),
                    "LINE_ENGAGE_MASTER_KEY",
                    false);
            notices.accept(
                    "WARNING: LINE_ENGAGE_MASTER_KEY is not set; using the key in "
                            + (ephemeral ? "memory (ephemeral run)" : dataDirectory.resolve("master-key"))
                            + ". Set it from a secret store in production: whoever reads that file can decrypt channel secrets.");
        }
        MasterKey masterKey = MasterKey.fromBase64(masterKeyText);
        MarketChoice market = MarketChoice.parse(env.get("LINE_ENGAGE_MARKET"));
        URI lineApi = url("LINE_API_BASE_URL", LineSettings.LINE_API);
        URI lineDataApi = url(
                "LINE_DATA_API_BASE_URL", env.containsKey("LINE_API_BASE_URL") ? lineApi : LineSettings.LINE_DATA_API);
        URI publicUrl = url("LINE_ENGAGE_PUBLIC_URL", URI.create("http://localhost:" + port));
        SendPace.Limits limits = new SendPace.Limits(
                rate("LINE_ENGAGE_MULTICAST_RATE", SendPace.Limits.LINE.multicastPerSecond()),
                rate("LINE_ENGAGE_PUSH_RATE", SendPace.Limits.LINE.pushPerSecond()));
        int profileRate = profileRate();
        Optional<Integer> retention = ledgerRetention();
        return new Settings(
                port,
                host,
                database,
                dataDirectory,
                adminToken.strip(),
                masterKey,
                market,
                LineSettings.at(lineApi, lineDataApi),
                publicUrl,
                limits,
                profileRate,
                retention);
    }

    /**
     * LINE_ENGAGE_LEDGER_RETENTION_MONTHS: the months of per-recipient delivery ledger kept (this one included);
     * unset keeps every month.
     */
    private Optional<Integer> ledgerRetention() {
        String text = env.get("LINE_ENGAGE_LEDGER_RETENTION_MONTHS");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            int months = Integer.parseInt(text.strip());
            if (months < 1 || months > 1200) {
                throw new NumberFormatException();
            }
            return Optional.of(months);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("LINE_ENGAGE_LEDGER_RETENTION_MONTHS must be a whole number of months"
                    + " from 1 to 1200 (unset keeps every month), not " + text);
        }
    }

    /** An http(s) base URL from {@code name}, or the fallback when unset. */
    private URI url(String name, URI fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            URI uri = new URI(text.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an http(s) URL such as https://api.line.me, not " + text);
    }

    private String value(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** Calls per second and LINE channel: a whole number from 1 up to LINE's own limit. */
    /** LINE_ENGAGE_PROFILE_RATE: profile calls a second to fill in followers' missing profiles; 0 turns it off. */
    private int profileRate() {
        return number("LINE_ENGAGE_PROFILE_RATE", DEFAULT_PROFILE_RATE, 0, LINE_PROFILE_LIMIT);
    }

    private int rate(String name, int lineLimit) {
        return number(name, lineLimit, 1, lineLimit);
    }

    /** A whole number of calls a second from {@code name}, within {@code min} and LINE's limit, or the fallback. */
    private int number(String name, int fallback, int min, int lineLimit) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int rate = Integer.parseInt(text.strip());
            if (rate < min || rate > lineLimit) {
                throw new NumberFormatException();
            }
            return rate;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + (min == 0 ? " (off)" : "")
                    + " to " + lineLimit + " (LINE's limit), not " + text);
        }
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number from 0 to 65535, not " + text);
        }
    }

    /** A secret kept in {@code file} (made once), or a fresh one for an ephemeral run. */
    private String generated(boolean ephemeral, Path file, Supplier<String> fresh, String variable, boolean show) {
        try {
            if (!ephemeral && Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String secret = fresh.get();
            if (!ephemeral) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, secret + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            if (show) {
                notices.accept(variable + " was not set; generated one" + (ephemeral ? "" : " (kept in " + file + ")")
                        + ":\n\n    " + variable + "=" + secret + "\n");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + variable + " in " + file, e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
