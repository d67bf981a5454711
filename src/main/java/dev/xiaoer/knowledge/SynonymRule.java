package dev.xiaoer.knowledge;

import java.util.List;

/** One line of {@code synonyms.txt}: every form in {@code from} is read as {@code to}. */
public record SynonymRule(List<String> from, String to, Source source) {
    public SynonymRule {
        from = List.copyOf(from);
    }
}
