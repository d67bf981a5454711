package dev.xiaoer.store;

import dev.xiaoer.dialogue.Session;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of the conversations written most recently, as committed, with each one's last
 * msgId: what the next message of a conversation needs, without a read of the database. Kept
 * small on purpose (no replies, a few thousand conversations): whatever it holds outlives several
 * young garbage collections, and with the replies in it each collection took four times as long.
 *
 * <p>Only the store's writer thread adds to it, right after a commit and before anyone waiting for
 * that commit is told, so an entry never holds anything uncommitted and a conversation's next
 * message (which waits for the previous one's commit) finds it current. Any thread may look up.
 * Dropping an entry is always safe: the database has the same data.
 */
final class CommittedSessions {

    /** A conversation's session as committed, and the msgId of its last committed exchange (null when none). */
    record Latest(Session session, String msgId) {
    }

    private final int capacity;
    private final Map<String, Latest> byConversation = new ConcurrentHashMap<>();
    /** Conversations in the order they were last written, the oldest first; the writer thread's only. */
    private final LinkedHashSet<String> writeOrder = new LinkedHashSet<>();

    CommittedSessions(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** The conversation's entry, or null when it has not been written recently. */
    Latest get(String conversationId) {
        return byConversation.get(conversationId);
    }

    /** After a commit that stored an exchange: its session and msgId. Writer thread only. */
    void exchangeCommitted(Exchange exchange) {
        put(exchange.conversationId(), new Latest(exchange.session(), exchange.msgId()));
    }

    /**
     * After a commit that stored a session on its own: the conversation keeps its last msgId, so a
     * retried last message is still recognised. Writer thread only.
     */
    void sessionCommitted(Session session) {
        String cid = session.conversationId();
        Latest before = byConversation.get(cid);
        put(cid, new Latest(session, before == null ? null : before.msgId()));
    }

    /** Drops the conversation: after a write whose outcome is unknown. Writer thread only. */
    void forget(String conversationId) {
        byConversation.remove(conversationId);
        writeOrder.remove(conversationId);
    }

    private void put(String conversationId, Latest latest) {
        byConversation.put(conversationId, latest);
        writeOrder.remove(conversationId);
        writeOrder.add(conversationId);
        if (writeOrder.size() > capacity) {
            Iterator<String> eldest = writeOrder.iterator();
            byConversation.remove(eldest.next());
            eldest.remove();
        }
    }
}
