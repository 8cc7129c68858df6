package io.lineengage.application.port.in.customer;

/** Fetches and keeps the LINE profiles of followers nobody has fetched yet, a few at a time, in the background. */
public interface KeepProfilesUseCase {
    /** Fetches up to {@code max} missing profiles; answers how many LINE was asked for. */
    int fillGaps(int max);
}
