package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import java.util.List;

/**
 * The things a step asks about together ({@code items}: 退货地址, 收货人, 收货人电话) in the form replies are
 * compared in, and whether a reply tells of only some of them (退货地址已经发给买家了): then it is not yet the
 * step's "all met", unless it has a word for all of them (都, 也, 什么的 — phrases.yaml {@code all-items}).
 * Built by {@link StepReader} once per step; read-only, so thread-safe.
 */
final class StepItems {
    private final List<List<String>> items;
    private final AnswerLexicon lexicon;

    StepItems(FlowStep step, AnswerLexicon lexicon) {
        this.lexicon = lexicon;
        this.items = step.items().stream().map(names -> StepReader.compared(names, lexicon))
                .filter(names -> !names.isEmpty()).toList();
    }

    /** Whether {@code text} (compared form) names some of the items, not all, and no word for all of them. */
    boolean toldInPart(String text) {
        if (items.size() < 2) {
            return false;
        }
        long named = items.stream().filter(names -> names.stream().anyMatch(text::contains)).count();
        return named >= 1 && named < items.size() && !lexicon.saysAllItems(text);
    }
}
