package dev.xiaoer.dialogue;

/** The outcome of one message: the reply to send and the session to keep. */
public record Turn(Session session, Reply reply) {
}
