package io.lineengage.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a LINE API call answers: status, JSON body, extra headers. */
record Answer(int status, JsonNode body, Map<String, String> headers) {
    Answer(int status, JsonNode body) {
        this(status, body, Map.of());
    }
}
