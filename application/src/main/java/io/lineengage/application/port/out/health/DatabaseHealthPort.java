package io.lineengage.application.port.out.health;

/** Tells whether the database answers right now. */
public interface DatabaseHealthPort {
    boolean isReachable();
}
