package dev.xiaoer.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the dialogue remembers of one conversation between two messages. Immutable: each
 * turn returns the next session, which the store commits before the reply goes out. Its
 * {@link #state()} is one of four; the {@code with…}/transition methods are the only way the
 * engine changes it, and the constructor refuses combinations no state allows.
 *
 * @param flow           the active flow and its step, or null
 * @param suspended      flows paused under the active one (or, once it ended, waiting to be resumed),
 *                       most recent first; at most {@link #MAX_SUSPENDED}
 * @param unreadable     answers in a row that the current step could not read
 * @param fallbacks      fallbacks in a row
 * @param clarifyOptions the FAQ ids offered by the last clarify, which a reply of 1, 2… picks
 * @param handoffReason  why the conversation is with a person, or null while the bot answers
 * @param lastActivity   when the last message came in
 * @param traditional    the seller writes in Traditional script: replies to script-neutral messages
 *                       (2, ok, 👌) stay in it
 * @param lastEntry      the FAQ entry the bot last answered with, or null: what a follow-up that names no topic of its
 *                       own (那退出要在哪里操作) is about
 * @param endedFrom      the end step a flow reached in the turn before on the seller's answer, or null: a correction
 *                       right after (三个条件都满足了 → 不对，是11月20号，记错了) is read again at the step answered, and a
 *                       question about what the end step said is answered with its entry; the engine keeps it one turn
 *                       (a frame stored by an older version holds the step answered instead: read as that)
 */
public record Session(String conversationId, FlowFrame flow, List<FlowFrame> suspended, int unreadable,
                      int fallbacks, List<String> clarifyOptions, HandoffReason handoffReason, Instant lastActivity,
                      boolean traditional, String lastEntry, FlowFrame endedFrom) {

    /** Flows kept paused at most; a deeper one forgets the oldest. */
    public static final int MAX_SUSPENDED = 3;

    /** Where a conversation is. */
    public enum State {
        /** The bot answers questions; no flow is active (some may be suspended, waiting for 继续). */
        IDLE,
        /** A flow is active and waits for the answer to its step. */
        IN_FLOW,
        /** The bot offered numbered options and waits for a pick (inside a flow or not). */
        CLARIFYING,
        /** A person holds the conversation; the bot stays silent. */
        WITH_PERSON
    }

    public Session {
        if (conversationId == null) {
            throw new IllegalArgumentException("a session needs a conversation id");
        }
        suspended = List.copyOf(suspended);
        clarifyOptions = List.copyOf(clarifyOptions);
        if (suspended.size() > MAX_SUSPENDED) {
            suspended = suspended.subList(0, MAX_SUSPENDED);
        }
        if (endedFrom != null && (flow != null || handoffReason != null)) {
            throw new IllegalArgumentException("a flow just ended leaves no active flow and no person");
        }
        if (handoffReason != null && (flow != null || !suspended.isEmpty() || !clarifyOptions.isEmpty())) {
            throw new IllegalArgumentException("a conversation with a person has no flow and no pending clarify");
        }
    }

    /** A session with no entry answered yet. */
    public Session(String conversationId, FlowFrame flow, List<FlowFrame> suspended, int unreadable, int fallbacks,
                   List<String> clarifyOptions, HandoffReason handoffReason, Instant lastActivity, boolean traditional) {
        this(conversationId, flow, suspended, unreadable, fallbacks, clarifyOptions, handoffReason, lastActivity,
                traditional, null);
    }

    /** A session with no flow just ended. */
    public Session(String conversationId, FlowFrame flow, List<FlowFrame> suspended, int unreadable, int fallbacks,
                   List<String> clarifyOptions, HandoffReason handoffReason, Instant lastActivity, boolean traditional,
                   String lastEntry) {
        this(conversationId, flow, suspended, unreadable, fallbacks, clarifyOptions, handoffReason, lastActivity,
                traditional, lastEntry, null);
    }

    /** A conversation nobody has written in yet. */
    public static Session fresh(String conversationId, Instant now) {
        return new Session(conversationId, null, List.of(), 0, 0, List.of(), null, now, false);
    }

    public State state() {
        if (handoffReason != null) {
            return State.WITH_PERSON;
        }
        if (!clarifyOptions.isEmpty()) {
            return State.CLARIFYING;
        }
        return flow != null ? State.IN_FLOW : State.IDLE;
    }

    /** The active flow's id, or null. */
    public String flowId() {
        return flow == null ? null : flow.flowId();
    }

    /** The active flow's step, or null. */
    public String stepId() {
        return flow == null ? null : flow.stepId();
    }

    public boolean inFlow() {
        return flow != null;
    }

    public boolean handedOff() {
        return handoffReason != null;
    }

    // ---------------------------------------------------------------- transitions

    /** This session, touched by a message at {@code now}. */
    public Session at(Instant now) {
        return new Session(conversationId, flow, suspended, unreadable, fallbacks, clarifyOptions, handoffReason, now,
                traditional, lastEntry, endedFrom);
    }

    /** This session, with the seller's script. */
    public Session withTraditional(boolean isTraditional) {
        return isTraditional == traditional ? this : new Session(conversationId, flow, suspended, unreadable,
                fallbacks, clarifyOptions, handoffReason, lastActivity, isTraditional, lastEntry, endedFrom);
    }

    /**
     * At step {@code stepId} of flow {@code flowId}; counters and pending clarify cleared, paused flows kept; what was told
     * of the steps ahead in this flow kept, but for the step reached, now asked.
     */
    public Session atStep(String flowId, String stepId) {
        Map<String, String> ahead = flow == null || !flow.flowId().equals(flowId) || flow.toldAhead().isEmpty() ? Map.of()
                : flow.toldAhead().entrySet().stream().filter(e -> !e.getKey().equals(stepId))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Session(conversationId, new FlowFrame(flowId, stepId, 0, ahead), suspended, 0, 0, List.of(), null,
                lastActivity, traditional, lastEntry);
    }

    /**
     * Back at step {@code stepId}, an earlier step of the active flow whose condition turned out unmet: what was told of the
     * steps ahead is forgotten, as what follows may change it (the last sale's date, once an order still open ends).
     */
    public Session backAt(String stepId) {
        return new Session(conversationId, new FlowFrame(flow.flowId(), stepId), suspended, 0, 0, List.of(), null,
                lastActivity, traditional, lastEntry);
    }

    /** The same step, nothing told of the steps ahead kept. */
    public Session forgettingAhead() {
        return flow == null || flow.toldAhead().isEmpty() ? this : new Session(conversationId,
                new FlowFrame(flow.flowId(), flow.stepId(), flow.toldItems()), suspended, unreadable, fallbacks, clarifyOptions,
                handoffReason, lastActivity, traditional, lastEntry, endedFrom);
    }

    /** The same step, with {@code told} (step id → option label) told of the steps ahead of it. */
    public Session tellingAhead(Map<String, String> told) {
        return flow == null || told.isEmpty() ? this : new Session(conversationId, flow.tellingAhead(told), suspended,
                unreadable, fallbacks, clarifyOptions, handoffReason, lastActivity, traditional, lastEntry, endedFrom);
    }

    /**
     * Starts flow {@code flowId} at {@code stepId} over the active one, which is paused (most recent
     * first) to be resumed later; the same flow is never paused under itself.
     */
    public Session suspendingFor(String flowId, String stepId) {
        List<FlowFrame> paused = new ArrayList<>();
        if (flow != null && !flow.flowId().equals(flowId)) {
            paused.add(new FlowFrame(flow.flowId(), flow.stepId())); // (what its step was told is not kept while paused)
        }
        suspended.stream().filter(f -> !f.flowId().equals(flowId)).forEach(paused::add);
        return new Session(conversationId, new FlowFrame(flowId, stepId), paused, 0, 0, List.of(), null,
                lastActivity, traditional, lastEntry);
    }

    /** This session with only the paused flows {@code keep} accepts (those a knowledge reload left). */
    public Session keepingSuspended(java.util.function.Predicate<FlowFrame> keep) {
        return new Session(conversationId, flow, suspended.stream().filter(keep).toList(), unreadable, fallbacks,
                clarifyOptions, handoffReason, lastActivity, traditional, lastEntry, endedFrom);
    }

    /** The most recently paused flow active again, at the step where it was. */
    public Session resumingSuspended() {
        if (suspended.isEmpty()) {
            throw new IllegalStateException("no suspended flow to resume");
        }
        return new Session(conversationId, suspended.get(0), suspended.subList(1, suspended.size()), 0, 0, List.of(),
                null, lastActivity, traditional, lastEntry);
    }

    /**
     * Paused flow {@code flowId} active again at the step where it was (回到退押金 asked while it is
     * paused); the active one, if any, is left, as the seller left it (回到刚才保证金那个吧 in the middle of the
     * return checklist goes back, nothing of the checklist kept paused: three blind writers of 2026-12-04 each
     * expected it so, none the other way).
     */
    public Session resumingSuspended(String flowId) {
        FlowFrame frame = suspended.stream().filter(f -> f.flowId().equals(flowId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("flow " + flowId + " is not paused"));
        List<FlowFrame> paused = new ArrayList<>();
        suspended.stream().filter(f -> f != frame).forEach(paused::add);
        return new Session(conversationId, frame, paused, 0, 0, List.of(), null, lastActivity, traditional, lastEntry);
    }

    /** The active flow ended (done or cancelled); paused flows stay for 继续. */
    public Session flowEnded() {
        return new Session(conversationId, null, suspended, 0, 0, List.of(), null, lastActivity, traditional, lastEntry);
    }

    /**
     * The active flow ended at its end step {@code stepId}, reached on the seller's answer: a correction next turn goes
     * back to the step answered, a question about what the end said is answered with its entry.
     */
    public Session flowEndedAt(String flowId, String stepId) {
        return new Session(conversationId, null, suspended, 0, 0, List.of(), null, lastActivity, traditional, lastEntry,
                new FlowFrame(flowId, stepId));
    }

    /** This session without the flow ended in the turn before: what it kept lasts one turn. */
    public Session withoutEnded() {
        return endedFrom == null ? this : new Session(conversationId, flow, suspended, unreadable, fallbacks,
                clarifyOptions, handoffReason, lastActivity, traditional, lastEntry, null);
    }

    /**
     * This session, idle, still keeping {@code ended} as the flow ended in the turn before: small talk said after a walk's
     * end (好的 谢谢) leaves what the walk found standing for the question after it (转出之后钱到哪). Unchanged when a flow is
     * active, a person has the conversation, or {@code ended} is null.
     */
    public Session keepingEnded(FlowFrame ended) {
        return ended == null || flow != null || handoffReason != null || endedFrom != null ? this
                : new Session(conversationId, flow, suspended, unreadable, fallbacks, clarifyOptions, handoffReason,
                        lastActivity, traditional, lastEntry, ended);
    }

    /** Out of every flow, the paused ones too; counters and pending clarify cleared. */
    public Session idle() {
        return new Session(conversationId, null, List.of(), 0, 0, List.of(), null, lastActivity, traditional, lastEntry);
    }

    /** Same flow position, nothing pending: a turn that was understood. */
    public Session understood() {
        return new Session(conversationId, flow, suspended, 0, 0, List.of(), null, lastActivity, traditional, lastEntry);
    }

    /** The same step with none of its things told: only replies telling parts one after another add up. */
    public Session untold() {
        return flow == null || flow.toldItems() == 0 ? this : new Session(conversationId,
                new FlowFrame(flow.flowId(), flow.stepId(), 0, flow.toldAhead()), suspended, unreadable, fallbacks, clarifyOptions,
                handoffReason, lastActivity, traditional, lastEntry);
    }

    /** The same step, with the step's items {@code told} (bits) by a reply that told only some of them. */
    public Session telling(int told) {
        if (flow == null || told == 0) {
            return this;
        }
        return new Session(conversationId, flow.telling(told), suspended, unreadable, fallbacks, clarifyOptions,
                handoffReason, lastActivity, traditional, lastEntry);
    }

    /** One more answer the current step could not read. */
    public Session unreadableAnswer() {
        return new Session(conversationId, flow, suspended, unreadable + 1, 0, List.of(), null, lastActivity,
                traditional, lastEntry);
    }

    /** One more fallback in a row. */
    public Session fellBack() {
        return new Session(conversationId, flow, suspended, 0, fallbacks + 1, List.of(), null, lastActivity,
                traditional, lastEntry);
    }

    /** Waiting for a pick among {@code faqIds}. */
    public Session clarifying(List<String> faqIds) {
        return new Session(conversationId, flow, suspended, 0, 0, faqIds, null, lastActivity, traditional, lastEntry);
    }

    /** Having answered with entry {@code faqId}: what a follow-up naming no topic is about. */
    public Session answeredWith(String faqId) {
        return Objects.equals(faqId, lastEntry) ? this : new Session(conversationId, flow, suspended,
                unreadable, fallbacks, clarifyOptions, handoffReason, lastActivity, traditional, faqId, endedFrom);
    }

    /** With a person now, for {@code reason}: out of every flow, and what was last answered forgotten. */
    public Session handedOff(HandoffReason reason) {
        return new Session(conversationId, null, List.of(), 0, 0, List.of(), reason, lastActivity, traditional, null);
    }

    /** Back with the bot after staff resolved it at {@code at}; the seller's script is kept. */
    public Session resolved(Instant at) {
        return new Session(conversationId, null, List.of(), 0, 0, List.of(), null, at, traditional, null);
    }
}
