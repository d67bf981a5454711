package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.util.Objects;
import java.util.Optional;

/**
 * What the store knows when a message arrives: the reply its msgId already got (a repeated
 * message; see {@link ConversationStore#arrival} for when this may be left to the commit), and the
 * conversation's session as last committed (empty for a new conversation).
 */
public record Arrival(Optional<Reply> earlier, Optional<Session> session) {
    public Arrival {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(session, "session");
    }
}
