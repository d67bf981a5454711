package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import java.util.List;

/**
 * The things a step asks about together ({@code items}: 退货地址, 收货人, 收货人电话) in the form replies are
 * compared in, and whether a reply tells of only some of them (退货地址已经发给买家了): then it is not yet the
 * step's "all met", unless it has a word for all of them (都, 也, 什么的 — phrases.yaml {@code all-items}; 都 after two of
 * them named is both of those only: {@code all-named}).
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
        if (named < 1 || named >= items.size()) {
            return false;
        }
        // 都 after two things named and nothing else (吊牌包装都说了) is both of them; after one (地址都发了), none, or a
        // list with a word for another thing the step asks that is not one of its names (地址 收货人 电化 都确认了), all
        return onlyNamesBeforeAll(text) ? !lexicon.saysAllItemsBeyondNamed(text) : !lexicon.saysAllItems(text);
    }

    /** Whether what comes before the first 'all' word of {@code text} is two or more of the items' names, and only them. */
    private boolean onlyNamesBeforeAll(String text) {
        int at = lexicon.firstAllNamed(text);
        if (at <= 0) {
            return false;
        }
        String rest = text.substring(0, at);
        long names = 0;
        for (String name : items.stream().flatMap(List::stream).sorted((a, b) -> b.length() - a.length()).toList()) {
            if (rest.contains(name)) {
                names++;
                rest = rest.replace(name, "");
            }
        }
        return names >= 2 && lexicon.onlyStopwords(rest.replaceAll("和|跟|与|及|以及|还有|包括", ""));
    }
}
