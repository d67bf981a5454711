package dev.xiaoer.staff;

import dev.xiaoer.store.Outbound;
import java.util.Optional;

/**
 * Where a staff reply to a conversation must be pushed: the channel the conversation came over, or
 * empty when its transport does not push (a {@code POST /v1/messages} integration without a callback:
 * the reply is then in the transcript only).
 */
@FunctionalInterface
public interface ReplyRoute {

    Optional<Outbound> outbound(String conversationId);

    /** The first of {@code this} and {@code other} that knows a way. */
    default ReplyRoute orElse(ReplyRoute other) {
        return id -> outbound(id).or(() -> other.outbound(id));
    }
}
