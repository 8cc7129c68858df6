package io.lineengage.adapters.persistence.postgres;

import java.nio.file.Path;
import java.util.Objects;

/** Which PostgreSQL the service uses: an external server, or an embedded one (kept on disk, or thrown away). */
public sealed interface DatabaseSettings {
    /** A server the operator runs; {@code url} as {@code postgres://user:pass@host:port/db} or a JDBC URL. */
    record External(String url) implements DatabaseSettings {
        public External {
            Objects.requireNonNull(url, "url");
        }
    }

    /** An embedded server whose data lives in {@code dataDirectory} and survives restarts. */
    record Embedded(Path dataDirectory) implements DatabaseSettings {
        public Embedded {
            Objects.requireNonNull(dataDirectory, "dataDirectory");
        }
    }

    /** An embedded server in a temporary directory, deleted when the service stops. */
    record Ephemeral() implements DatabaseSettings {}
}
