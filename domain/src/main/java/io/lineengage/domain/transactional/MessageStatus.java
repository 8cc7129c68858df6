package io.lineengage.domain.transactional;

/**
 * Where a transactional message stands. QUEUED: not with LINE yet (being sent, or waiting for a retry); SENT: LINE
 * accepted it; FAILED: LINE refused it or no gateway could take it; SKIPPED: it was not sent, for the reason given.
 */
public enum MessageStatus {
    QUEUED,
    SENT,
    FAILED,
    SKIPPED;

    public boolean settled() {
        return this != QUEUED;
    }
}
