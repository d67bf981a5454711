package dev.xiaoer.knowledge;

import java.util.List;

/**
 * One line of {@code synonyms.txt}: every form in {@code from} is read as {@code to}, and {@code to}
 * is a domain word that word segmentation keeps whole ({@code from} is empty on a one-word line).
 */
public record SynonymRule(List<String> from, String to, Source source) {
    public SynonymRule {
        from = List.copyOf(from);
    }
}
