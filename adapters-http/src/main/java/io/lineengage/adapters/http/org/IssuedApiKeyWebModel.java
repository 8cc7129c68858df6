package io.lineengage.adapters.http.org;

import io.lineengage.domain.org.IssuedApiKey;
import java.time.Instant;

/** The one answer that carries a key's plaintext. */
record IssuedApiKeyWebModel(String id, String label, String key, Instant createdAt) {
    static IssuedApiKeyWebModel from(IssuedApiKey issued) {
        return new IssuedApiKeyWebModel(
                issued.apiKey().id().value(),
                issued.apiKey().label(),
                issued.plaintextKey(),
                issued.apiKey().createdAt());
    }
}
