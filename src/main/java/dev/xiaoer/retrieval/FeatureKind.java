package dev.xiaoer.retrieval;

/**
 * The kinds of feature matching works on. Each has its weight in {@link RetrievalSettings}, and a
 * prefix that keeps its terms apart from the other kinds' in the one Lucene field.
 */
enum FeatureKind {
    /** A whole word: smartcn's, or a domain word kept whole; function words dropped. */
    WORD("w:"),
    /** Two neighbouring characters of the words kept, so that a word cut differently on the two sides still meets. */
    BIGRAM("b:"),
    /** The toneless, fuzzy-folded pinyin of two neighbouring characters, so that a homophone typed by mistake still meets. */
    PINYIN("p:");

    private final String prefix;

    FeatureKind(String prefix) {
        this.prefix = prefix;
    }

    /** The feature of this kind with {@code value}. */
    Feature of(String value) {
        return new Feature(this, prefix + value);
    }

    /** The value of a feature of this kind: its term without the prefix. */
    String value(String term) {
        return term.substring(prefix.length());
    }

    /** The weight a feature of this kind with {@code idf}, counted {@code count} times in a text, has in that text. */
    double weight(RetrievalSettings settings, double idf, int count) {
        return weight(settings, idf, (double) count);
    }

    /**
     * The same for a weighted count: a feature in the part of a message that only gives context
     * counts for less than one ({@link Features#weighted}).
     */
    double weight(RetrievalSettings settings, double idf, double count) {
        double kind = switch (this) {
            case WORD -> settings.wordWeight();
            case BIGRAM -> settings.bigramWeight();
            case PINYIN -> settings.pinyinWeight();
        };
        return kind * idf * Math.sqrt(count);
    }
}
