package io.lineengage.application.port.in.transactional;

/**
 * Sends one message to one customer now. The same key with the same request answers the first answer again and
 * never reaches LINE twice; with a different request it is refused, naming the key.
 */
public interface SendMessageUseCase {
    MessageReceipt send(SendMessageCommand command);
}
