package io.lineengage.adapters.http.web;

import java.net.URI;
import java.util.Objects;

/**
 * What the HTTP adapter needs from configuration: the admin token that guards {@code /api/v1/admin}, and the URL at
 * which LINE and users reach the service (webhook URLs are built from it).
 */
public record HttpSettings(String adminToken, URI publicUrl) {
    public HttpSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (adminToken.length() < 16) {
            throw new IllegalArgumentException("the admin token must have at least 16 characters");
        }
    }

    /** {@code path} under the public URL. */
    public String publicUrl(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    @Override
    public String toString() {
        return "HttpSettings[publicUrl=" + publicUrl + ", adminToken hidden]";
    }
}
