package io.lineengage.adapters.persistence.postgres;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A PostgreSQL address as JDBC wants it, read from the forms operators write. */
record JdbcUrl(String url, String user, String password) {

    static JdbcUrl parse(String text) {
        if (text.startsWith("jdbc:postgresql:")) {
            return new JdbcUrl(text, null, null);
        }
        if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql:");
        }
        URI uri = URI.create(text);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new JdbcUrl("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "JdbcUrl[" + url + ", user=" + user + ", password hidden]";
    }
}
