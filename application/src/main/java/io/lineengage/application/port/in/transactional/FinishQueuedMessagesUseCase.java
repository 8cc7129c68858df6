package io.lineengage.application.port.in.transactional;

/** Sends the transactional messages whose request could not wait for LINE: due retries, and those a crash left. */
public interface FinishQueuedMessagesUseCase {
    /** One round; answers how many messages it tried, so a worker knows whether to go on at once. */
    int finishDue();
}
