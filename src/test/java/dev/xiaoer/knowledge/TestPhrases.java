package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Map;

/** Phrases for tests that need few of them. */
public final class TestPhrases {
    private TestPhrases() {
    }

    /** No phrases at all but {@code filler}. */
    public static Phrases withFiller(List<String> filler) {
        return withFillerAndDialect(filler, Map.of());
    }

    /** No phrases at all but {@code filler} and {@code dialect}. */
    public static Phrases withFillerAndDialect(List<String> filler, Map<String, String> dialect) {
        Intent none = new Intent(List.of(), List.of());
        return new Phrases(List.of(), List.of(), none, none, none, none, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of(), filler, List.of(), List.of(), Map.of(), Map.of(), dialect);
    }
}
