package dev.xiaoer.testing;

import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Arrival;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.HandedOff;
import dev.xiaoer.store.Miss;
import dev.xiaoer.store.OutboxStore;
import dev.xiaoer.store.Page;
import dev.xiaoer.store.StoreHealth;
import dev.xiaoer.store.TranscriptEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A store that hands every call to a real one: tests override the calls they want slow or broken.
 * {@link #close} leaves the real store open (its owner closes it).
 */
public class ForwardingStore implements ConversationStore {
    protected final ConversationStore real;

    public ForwardingStore(ConversationStore real) {
        this.real = real;
    }

    @Override
    public Optional<Session> session(String conversationId) {
        return real.session(conversationId);
    }

    @Override
    public Optional<Reply> answered(String conversationId, String msgId) {
        return real.answered(conversationId, msgId);
    }

    @Override
    public Arrival arrival(String conversationId, String msgId) {
        return real.arrival(conversationId, msgId);
    }

    @Override
    public Reply commit(Exchange exchange) {
        return real.commit(exchange);
    }

    @Override
    public CompletableFuture<Reply> commitAsync(Exchange exchange) {
        return real.commitAsync(exchange);
    }

    @Override
    public void saveSession(Session session) {
        real.saveSession(session);
    }

    @Override
    public void saveStaffLine(dev.xiaoer.store.StaffLine line) {
        real.saveStaffLine(line);
    }

    @Override
    public List<TranscriptEntry> transcript(String conversationId) {
        return real.transcript(conversationId);
    }

    @Override
    public Page<TranscriptEntry> transcript(String conversationId, String after, int limit) {
        return real.transcript(conversationId, after, limit);
    }

    @Override
    public Page<HandedOff> handedOff(String after, int limit) {
        return real.handedOff(after, limit);
    }

    @Override
    public StoreHealth health() {
        return real.health();
    }

    @Override
    public List<TranscriptEntry> recent(String conversationId, int limit) {
        return real.recent(conversationId, limit);
    }

    @Override
    public List<HandedOff> handedOff() {
        return real.handedOff();
    }

    @Override
    public List<Miss> misses(Instant since, double belowConfidence, int limit) {
        return real.misses(since, belowConfidence, limit);
    }

    @Override
    public void close() {
    }

    @Override
    public OutboxStore outbox() {
        return real.outbox();
    }
}
