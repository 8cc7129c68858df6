package io.lineengage.domain.transactional;

/**
 * Where a transactional message stands. QUEUED: not with LINE yet (being sent, or waiting for a retry); SENT: LINE
 * accepted it; DELIVERED: LINE reported it reached the user (notification messages by phone number);
 * UNCONFIRMED: a notification message handed to LINE whose answer never came; it is not sent again, as LINE gives
 * that endpoint no retry key, and its delivery event turns it DELIVERED; FAILED: LINE refused it or no gateway could
 * take it; SKIPPED: it was not sent, for the reason given.
 */
public enum MessageStatus {
    QUEUED,
    SENT,
    DELIVERED,
    UNCONFIRMED,
    FAILED,
    SKIPPED;

    public boolean settled() {
        return this != QUEUED;
    }
}
