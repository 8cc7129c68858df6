package io.lineengage.domain.webhook;

/** LINE's channel mode: in STANDBY another module owns the chat, so events are recorded but trigger nothing. */
public enum EventMode {
    ACTIVE,
    STANDBY
}
