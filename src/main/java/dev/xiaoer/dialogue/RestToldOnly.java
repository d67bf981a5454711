package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.List;

/**
 * "The rest are done" (别的都关了, 剩下的全关完了) right after the bot answered one of a step's own things (官方直送怎么关？, an
 * option's entry: {@link FlowFrame#THING_ANSWERED}): it leaves that thing open, so it is no "all met" — unless the reply also
 * names the thing (官方直送也关了) or tells the step met in a clause of its own (已经关掉了 其他的之前就关了). Built once per
 * knowledge version; immutable and thread-safe.
 */
final class RestToldOnly {
    /** How an option's label asks about its thing (怎么关？ of 官方直送怎么关？). */
    private static final java.util.regex.Pattern ASKING_TAIL = java.util.regex.Pattern.compile("(?:怎么|怎样|如何|咋|在哪|哪里).*$");

    private final AnswerLexicon lexicon;
    private final TextNormalizer normalizer;

    RestToldOnly(AnswerLexicon lexicon, TextNormalizer normalizer) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
    }

    /** Whether {@code reading}, the step's "all met", rests on the rest told done only ({@code rest} in phrases.yaml). */
    boolean leavesTheThingOpen(FlowStep step, StepReader reader, StepReader.Reading reading, Utterance u, LocalDate today) {
        return reading.clear() && step.affirmativeOption().filter(reading.option()::equals).isPresent()
                && lexicon.namesTheRest(u.normalized()) && !namesAThingAsked(step, u) && !toldDoneApart(reader, u, today);
    }

    /** Whether {@code u} names what an option of {@code step} asks about (官方直送 of 官方直送怎么关？): that thing told of too. */
    private static boolean namesAThingAsked(FlowStep step, Utterance u) {
        return step.options().stream().filter(o -> o.faq() != null).map(o -> ASKING_TAIL.matcher(o.label()).replaceAll(""))
                .anyMatch(thing -> thing.length() >= 2 && u.normalized().contains(thing));
    }

    /** Whether a clause of {@code u} naming no rest tells the step met on its own (关掉了 beside 其他的之前就关了: the thing asked too). */
    private boolean toldDoneApart(StepReader reader, Utterance u, LocalDate today) {
        List<String> clauses = MessageClauses.of(u);
        return clauses.size() > 1 && clauses.stream().filter(c -> !lexicon.namesTheRest(c)).anyMatch(c -> {
            StepReader.Reading alone = reader.read(normalizer.utterance(c), today, true);
            return alone.clear() && !alone.option().stays() && alone.option().faq() == null;
        });
    }
}
