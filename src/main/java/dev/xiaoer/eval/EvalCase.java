package dev.xiaoer.eval;

import java.util.List;

/** One labelled question: what a seller wrote and the FAQ id that answers it (null: out of scope). */
public record EvalCase(String text, String expect, List<String> tags, int line) {
    public EvalCase {
        tags = List.copyOf(tags);
    }

    public boolean inScope() {
        return expect != null;
    }
}
