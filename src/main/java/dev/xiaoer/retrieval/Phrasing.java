package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;

/**
 * One indexed phrasing: a question or alternate of an FAQ entry, or a question known to be out of
 * scope ({@code entry} null), with its weighted features as parallel arrays sorted by feature id
 * (never written after the index is built) and the norm of those weights. {@code own}, of an out-of-scope
 * question: its features no entry's phrasings or answer have (好处 of 交保证金有什么好处), sorted — what it asks
 * that the knowledge does not; empty for an entry's phrasing.
 */
record Phrasing(FaqEntry entry, String text, int[] ids, double[] weights, double norm, int[] own) {

    Phrasing(FaqEntry entry, String text, int[] ids, double[] weights, double norm) {
        this(entry, text, ids, weights, norm, new int[0]);
    }

    /** True for a question of {@code phrases.yaml: out-of-scope}: a match means the bot should decline. */
    boolean outOfScope() {
        return entry == null;
    }
}
