package io.lineengage.domain.org;

import java.util.Objects;

/** A freshly issued key together with its plaintext, which is never stored and never shown again. */
public record IssuedApiKey(ApiKey apiKey, String plaintextKey) {
    public IssuedApiKey {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(plaintextKey, "plaintextKey");
    }

    @Override
    public String toString() {
        return "IssuedApiKey[" + apiKey.id() + ", plaintext hidden]";
    }
}
