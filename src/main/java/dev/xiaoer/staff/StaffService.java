package dev.xiaoer.staff;

import dev.xiaoer.conversation.ConversationOrder;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.HandedOff;
import dev.xiaoer.store.Outbound;
import dev.xiaoer.store.Page;
import dev.xiaoer.store.StaffLine;
import dev.xiaoer.store.TranscriptEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What support staff do next to the bot: ask for reply suggestions, see the conversations handed to
 * a person, read a transcript, take a conversation over, reply to the seller (through the
 * conversation's channel, by the outbox), and hand a conversation back to the bot. Thread-safe; reads the
 * dialogue current at each call, so a knowledge reload shows at once.
 */
public final class StaffService {
    /** The most suggestions one request may ask for. */
    public static final int MAX_SUGGESTIONS = 10;

    private final ConversationStore store;
    private final Supplier<Optional<Dialogue>> dialogue;
    private final ConversationOrder order;
    private final Clock clock;
    private final ReplyRoute route;
    private final Runnable outboxWake;

    /** Without a way to push replies: staff replies are kept in the transcript only. */
    public StaffService(ConversationStore store, Supplier<Optional<Dialogue>> dialogue, ConversationOrder order,
                        Clock clock) {
        this(store, dialogue, order, clock, id -> Optional.empty(), () -> { });
    }

    /**
     * @param route      where a conversation's staff replies are pushed
     * @param outboxWake tells the outbox a reply to push was stored
     */
    public StaffService(ConversationStore store, Supplier<Optional<Dialogue>> dialogue, ConversationOrder order,
                        Clock clock, ReplyRoute route, Runnable outboxWake) {
        this.store = store;
        this.dialogue = dialogue;
        this.order = order;
        this.clock = clock;
        this.route = route;
        this.outboxWake = outboxWake;
    }

    /**
     * The {@code k} best replies to {@code text}, best first. When {@code conversationId} names a
     * conversation inside a flow, its current step's message comes first (and counts among the k).
     * Empty while no knowledge is loaded.
     */
    public Optional<List<Suggestion>> suggest(String text, String conversationId, int k) {
        if (k < 1 || k > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("k must be 1 to " + MAX_SUGGESTIONS);
        }
        Optional<Dialogue> current = dialogue.get();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Dialogue d = current.get();
        KnowledgeBase kb = d.knowledge();
        List<Suggestion> out = new ArrayList<>(k);
        if (conversationId != null) {
            store.session(conversationId).filter(s -> s.inFlow() && !s.handedOff())
                    .flatMap(s -> step(d, s)).ifPresent(out::add);
        }
        for (Candidate c : d.candidates(text, k)) {
            if (out.size() >= k) {
                break;
            }
            kb.faq(c.faqId()).ifPresent(e -> out.add(new Suggestion(Suggestion.FAQ, e.id(), e.question(),
                    e.answer().strip(), c.score(), c.matchedWords(), null)));
        }
        return Optional.of(out);
    }

    private static Optional<Suggestion> step(Dialogue d, Session s) {
        KnowledgeBase kb = d.knowledge();
        return d.prompt(s.flowId(), s.stepId()).map(prompt -> {
            String title = kb.flow(s.flowId()).map(f -> f.title()).orElse(s.flowId());
            String faqId = kb.faqs().stream().filter(e -> s.flowId().equals(e.flow())).map(FaqEntry::id)
                    .findFirst().orElse(null);
            return new Suggestion(Suggestion.FLOW_STEP, faqId, title, prompt, 1.0, List.of(),
                    new FlowPosition(s.flowId(), s.stepId(), false));
        });
    }

    /**
     * A page of the conversations with a person, the longest waiting first, each with its last
     * {@code lines} lines: at most {@code limit}, from the head of the queue ({@code after} null) or
     * after a previous page's {@link Page#next}.
     */
    public Page<Handoff> handoffs(String after, int limit, int lines) {
        Page<HandedOff> page = store.handedOff(after, limit);
        List<Handoff> out = new ArrayList<>(page.items().size());
        for (HandedOff h : page.items()) {
            out.add(new Handoff(h.conversationId(), h.reason(), h.since(), h.lastActivity(),
                    store.recent(h.conversationId(), lines)));
        }
        return new Page<>(out, page.next());
    }

    /**
     * The conversation's session and a page of its transcript (at most {@code limit} lines, oldest
     * first, from the start or after a previous page's {@link Transcript#next}); empty for a
     * conversation never seen.
     */
    public Optional<Transcript> transcript(String conversationId, String after, int limit) {
        Optional<Session> session = store.session(conversationId);
        Page<TranscriptEntry> page = store.transcript(conversationId, after, limit);
        if (session.isEmpty() && page.items().isEmpty() && after == null) {
            return Optional.empty();
        }
        return Optional.of(new Transcript(conversationId, session.orElse(null), page.items(), page.next()));
    }

    /**
     * A person takes the conversation over, in order with its messages: the bot stays silent until it
     * is handed back ({@link #resolve}). Completes empty for a conversation never seen; a conversation
     * already with a person keeps its reason and place in the queue.
     *
     * @return whether it was with the bot until now
     */
    public CompletableFuture<Optional<Boolean>> takeOver(String conversationId) {
        return order.inOrder(conversationId, () -> store.session(conversationId).map(s -> {
            if (s.handedOff()) {
                return false;
            }
            store.saveSession(s.handedOff(HandoffReason.TAKEN_OVER).at(now(s)));
            return true;
        }));
    }

    /**
     * Sends a staff member's reply, in order with the conversation's messages: stored in the transcript
     * and, where the conversation's channel pushes replies, in the outbox in the same transaction (the
     * outbox delivers it). A conversation still with the bot is taken over first, so the bot does not
     * answer over the person. Completes empty for a conversation never seen.
     */
    public CompletableFuture<Optional<StaffReply>> reply(String conversationId, String text, String staffId) {
        return order.inOrder(conversationId, () -> {
            Optional<Session> found = store.session(conversationId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Session s = found.get();
            Instant at = now(s);
            boolean tookOver = !s.handedOff();
            if (tookOver) {
                store.saveSession(s.handedOff(HandoffReason.TAKEN_OVER).at(at));
            }
            Outbound outbound = route.outbound(conversationId).orElse(null);
            String lineId = "staff-" + UUID.randomUUID();
            // a person's words, as the contract's reply shape (kind human) for the couriers to render
            Reply reply = new Reply(conversationId, lineId, Kind.HUMAN, text, null, 1.0, List.of(), null, List.of());
            store.saveStaffLine(new StaffLine(conversationId, lineId, staffId, reply, at, outbound));
            if (outbound != null) {
                outboxWake.run();
            }
            return Optional.of(new StaffReply(conversationId, lineId, at,
                    outbound == null ? null : outbound.channel(), tookOver));
        });
    }

    /** Now, or just after the conversation's last activity should the clock be behind it. */
    private Instant now(Session s) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return s.lastActivity() != null && s.lastActivity().isAfter(now) ? s.lastActivity() : now;
    }

    /**
     * The conversation's session and its last {@code lines} lines, oldest first (what a seller's own
     * page shows again); empty for a conversation never seen.
     */
    public Optional<Transcript> recent(String conversationId, int lines) {
        Optional<Session> session = store.session(conversationId);
        List<TranscriptEntry> entries = store.recent(conversationId, lines);
        if (session.isEmpty() && entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Transcript(conversationId, session.orElse(null), entries, null));
    }

    /**
     * Hands the conversation back to the bot, in order with its messages: the next message is answered
     * again. Completes empty for a conversation never seen; not resolved when it was not handed off.
     */
    public CompletableFuture<Optional<Resolution>> resolve(String conversationId) {
        return order.inOrder(conversationId, () -> {
            Optional<Session> found = store.session(conversationId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Session s = found.get();
            if (!s.handedOff()) {
                return Optional.of(new Resolution(conversationId, false, null));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            Instant at = s.lastActivity() != null && s.lastActivity().isAfter(now) ? s.lastActivity() : now;
            store.saveSession(s.resolved(at));
            return Optional.of(new Resolution(conversationId, true, s.handoffReason().wire()));
        });
    }
}
