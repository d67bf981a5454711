package dev.xiaoer.server;

/**
 * A validated {@code POST /v1/messages} body.
 *
 * @param msgId    the client's message id, or null
 * @param senderId who wrote, or null
 */
public record MessageRequest(String conversationId, String text, String msgId, String senderId) {
}
