package dev.xiaoer.retrieval;

/**
 * One feature of a text: its kind, and its term (the kind's prefix and its value), which is what
 * the index stores and looks up. Equal when the terms are: a term names its kind.
 */
record Feature(FeatureKind kind, String term) {

    /** The word, character pair or pinyin pair itself. */
    String value() {
        return kind.value(term);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Feature f && term.equals(f.term);
    }

    @Override
    public int hashCode() {
        return term.hashCode();
    }
}
