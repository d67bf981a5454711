package dev.xiaoer.knowledge;

import java.util.List;

/** A numbered option of a flow step: its label, other words that pick it, and where it leads. */
public record Choice(String label, List<String> words, Branch branch) {
    public Choice {
        words = List.copyOf(words);
    }
}
