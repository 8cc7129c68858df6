package io.lineengage.sandbox.channel;

import java.time.Instant;

/** A narrowcast as GET /v2/bot/message/progress/narrowcast reports it; the sandbox completes them at once. */
public record NarrowcastProgress(long targetCount, long successCount, Instant acceptedTime, Instant completedTime) {}
