package dev.xiaoer.server;

import dev.xiaoer.cli.DialogueFactory;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.TestPhrases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stand-in dialogue for server tests: counts the conversation's turns in {@link Session#unreadable}
 * and echoes ("turn 3: text"), so order and lost updates show in the replies. "转人工" hands off;
 * "???" falls back; "sleep:N" sleeps N ms before answering; "boom" throws, as a broken dialogue would.
 */
public final class FakeDialogue implements Dialogue {
    private final KnowledgeBase knowledge;
    /** Released each time a "sleep:N" message starts its sleep: a test can wait until one is in flight. */
    private final java.util.concurrent.Semaphore sleeping = new java.util.concurrent.Semaphore(0);

    public FakeDialogue(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public FakeDialogue() {
        this(emptyKnowledge("fake-1"));
    }

    public static DialogueFactory factory() {
        return (kb, ttl) -> new FakeDialogue(kb);
    }

    public static KnowledgeBase emptyKnowledge(String version) {
        Phrases phrases = TestPhrases.withFiller(List.of());
        return new KnowledgeBase(List.of(), Map.of(), List.of(), phrases, version);
    }

    /** Waits until a "sleep:N" message is being handled (in flight in the dialogue), or {@code timeout} passes. */
    public boolean awaitSleeping(java.time.Duration timeout) throws InterruptedException {
        return sleeping.tryAcquire(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public Turn handle(Session session, String conversationId, String text, Instant now) {
        if (text.startsWith("sleep:")) {
            sleeping.release();
            try {
                Thread.sleep(Long.parseLong(text.substring(6).trim()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (text.equals("boom")) {
            throw new IllegalStateException("the fake dialogue was asked to fail");
        }
        Session s = session == null ? Session.fresh(conversationId, now) : session;
        int turn = s.unreadable() + 1;
        if (s.handedOff()) {
            Session next = new Session(conversationId, null, List.of(), turn, s.fallbacks(), List.of(), s.handoffReason(), now, false);
            return new Turn(next, reply(conversationId, Kind.HUMAN, "", null, 1.0, null));
        }
        if (text.equals("转人工")) {
            Session next = new Session(conversationId, null, List.of(), turn, s.fallbacks(), List.of(), HandoffReason.REQUESTED, now, false);
            return new Turn(next, reply(conversationId, Kind.HANDOFF, "turn " + turn + ": 正在为您转接人工", null, 1.0, null));
        }
        if (text.equals("???")) {
            Session next = new Session(conversationId, null, List.of(), turn, s.fallbacks() + 1, List.of(), null, now, false);
            return new Turn(next, reply(conversationId, Kind.FALLBACK, "turn " + turn + ": 不会", null, 0.1, null));
        }
        Session next = new Session(conversationId, new FlowFrame("echo", "step-" + turn), List.of(), turn, 0, List.of("a", "b"), null, now, false);
        return new Turn(next, reply(conversationId, Kind.FLOW, "turn " + turn + ": " + text, "deposit.refund", 0.93,
                new FlowPosition("echo", "step-" + turn, false)));
    }

    private static Reply reply(String cid, Kind kind, String text, String faqId, double confidence, FlowPosition flow) {
        return new Reply(cid, null, kind, text, faqId, confidence, flow == null ? List.of() : List.of("都关好了", "还没有"),
                flow, List.of());
    }

    @Override
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /** The session TTL is not the fake's concern. */
    static Duration ttl() {
        return Duration.ofMinutes(30);
    }
}
