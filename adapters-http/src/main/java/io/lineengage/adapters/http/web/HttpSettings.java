package io.lineengage.adapters.http.web;

import java.util.Objects;

/** What the HTTP adapter needs from configuration: the admin token that guards {@code /api/v1/admin}. */
public record HttpSettings(String adminToken) {
    public HttpSettings {
        Objects.requireNonNull(adminToken, "adminToken");
        if (adminToken.length() < 16) {
            throw new IllegalArgumentException("the admin token must have at least 16 characters");
        }
    }

    @Override
    public String toString() {
        return "HttpSettings[adminToken hidden]";
    }
}
