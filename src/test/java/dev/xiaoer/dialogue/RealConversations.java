package dev.xiaoer.dialogue;

import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.testing.RealKnowledge;
import java.time.Duration;
import java.time.Instant;

/**
 * The dialogue engine on the project's own knowledge, for tests that hold short conversations with
 * it, on the conversation scripts' clock (10:00 on 2 December 2026 in China).
 */
final class RealConversations {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private final Dialogue dialogue =
            DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30));

    /** The last turn of a new conversation in which the seller says each of {@code said} in turn. */
    Turn say(String... said) {
        Turn turn = null;
        for (String text : said) {
            turn = dialogue.handle(turn == null ? null : turn.session(), "c-test", text, NOW);
        }
        return turn;
    }

    /** The step the flow is at after {@code said}, or null when no flow is active. */
    String stepAfter(String... said) {
        return step(say(said));
    }

    /** The last turn after the seller says each of {@code opening} and then {@code reply}. */
    Turn sayAfter(String[] opening, String reply) {
        String[] said = java.util.Arrays.copyOf(opening, opening.length + 1);
        said[opening.length] = reply;
        return say(said);
    }

    /** The last turn after the seller says each of {@code opening}'s messages, written "a / b / c", and then {@code reply}. */
    Turn sayAfter(String opening, String reply) {
        return sayAfter(messages(opening), reply);
    }

    /** The messages of a conversation written "a / b / c" (none when blank). */
    static String[] messages(String turns) {
        return turns.isBlank() ? new String[0] : turns.split(" / ");
    }

    /** The turn of {@code reply}, said {@code pause} after the seller said each of {@code opening}. */
    Turn sayAfterPause(String[] opening, Duration pause, String reply) {
        Turn before = say(opening);
        return dialogue.handle(before.session(), "c-test", reply, NOW.plus(pause));
    }

    /** The step the flow is at after the seller says each of {@code opening} and then {@code reply}. */
    String stepAfterReply(String[] opening, String reply) {
        return step(sayAfter(opening, reply));
    }

    /** Asserts that after {@code turn} the flow {@code flow} is active at {@code step} ({@code said}: the message, for the failure). */
    static void assertAt(Turn turn, String flow, String step, String said) {
        org.junit.jupiter.api.Assertions.assertEquals(flow, turn.reply().flow().id(), said);
        org.junit.jupiter.api.Assertions.assertEquals(step, step(turn), said);
    }

    /**
     * Where {@code turn} left the seller: flow/step (with " done" when the walk ended there), faq:id when answered outside a
     * walk, or the reply's kind.
     */
    static String where(Turn turn) {
        String kind = turn.reply().kind().name().toLowerCase(java.util.Locale.ROOT);
        if (kind.equals("flow")) {
            return turn.reply().flow().id() + "/" + step(turn) + (turn.reply().flow().done() ? " done" : "");
        }
        return kind.equals("faq") ? "faq:" + turn.reply().faqId() : kind;
    }

    /** The step the flow is at after {@code turn}, or null when no flow is active. */
    static String step(Turn turn) {
        return turn.reply().flow() == null ? null : turn.reply().flow().step();
    }
}
