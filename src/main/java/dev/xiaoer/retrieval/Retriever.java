package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.List;

/**
 * Finds the FAQ entries that answer a seller's message: the retrieval package's one entry point.
 * {@link #build} indexes a knowledge base ({@link IndexBuilder}); a search cuts the message into
 * features ({@link Features}), scores the entries against it ({@link Scorer}) and decides what to
 * do: answer, clarify, or fall back ({@link Decider}). docs/retrieval.md says why it works this way.
 *
 * <p>Immutable and thread-safe once built; a knowledge reload builds a new one.
 */
public final class Retriever {
    private final TextNormalizer normalizer;
    private final RetrievalSettings settings;
    private final Scorer scorer;
    private final Decider decider;

    private Retriever(TextNormalizer normalizer, RetrievalSettings settings, FaqIndex index) {
        this.normalizer = normalizer;
        this.settings = settings;
        this.scorer = new Scorer(index, settings);
        this.decider = new Decider(settings);
    }

    /** Builds the index over {@code knowledge}'s FAQ entries; messages are read with {@code normalizer}. */
    public static Retriever build(KnowledgeBase knowledge, TextNormalizer normalizer, RetrievalSettings settings) {
        return new Retriever(normalizer, settings, new IndexBuilder(normalizer, settings).build(knowledge));
    }

    /**
     * Matches one message and decides what to do with it. For a caller that has no {@link Utterance}
     * of the message: only the form retrieval reads is made.
     */
    public Retrieval search(String message) {
        return decider.decide(score(normalized(message), decisionKeep()));
    }

    /**
     * Matches one message, already normalised by the normaliser this retriever was built with, and
     * decides what to do with it. Reads its {@link Utterance#normalized} form.
     */
    public Retrieval search(Utterance message) {
        return decider.decide(score(normalized(message), decisionKeep()));
    }

    /**
     * The best {@code limit} entries for a message, best first, whatever the decision would be: what
     * staff are offered as suggestions, and the closest entry to a question the bot missed.
     */
    public List<Candidate> rank(String message, int limit) {
        return score(normalized(message), limit).ranked();
    }

    /** {@link #rank(String, int)} for a message already normalised. */
    public List<Candidate> rank(Utterance message, int limit) {
        return score(normalized(message), limit).ranked();
    }

    /** The ranked candidates of a message before any decision (for calibration and the developer tools). */
    Scored score(String message) {
        return score(normalized(message), decisionKeep());
    }

    /** How many candidates a decision looks at: enough for the options of a clarify. */
    private int decisionKeep() {
        return Math.max(5, settings.maxOptions());
    }

    private Scored score(String normalized, int keep) {
        return scorer.score(prefix(normalized, settings.maxQueryChars()), keep);
    }

    /**
     * What retrieval reads of a message: the normalised form of its beginning. A question is short:
     * what lies beyond a few times the matched length is not read at all, so a long message costs
     * no more than a short one.
     */
    private String normalized(String message) {
        return normalizer.normalize(prefix(message, readLimit()));
    }

    /** The same for an utterance: a longer message's beginning is normalised on its own, so that both ways of asking agree. */
    private String normalized(Utterance message) {
        return message.raw().length() <= readLimit() ? message.normalized() : normalized(message.raw());
    }

    private int readLimit() {
        return 4 * settings.maxQueryChars();
    }

    /** At most {@code max} characters of {@code text}, never cutting a surrogate pair. */
    private static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
