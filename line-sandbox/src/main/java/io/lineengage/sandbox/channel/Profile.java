package io.lineengage.sandbox.channel;

/** A simulated LINE user as a channel sees them. User IDs are per provider, so one person may follow several channels. */
public record Profile(String userId, String displayName, String pictureUrl, String language, String statusMessage) {}
