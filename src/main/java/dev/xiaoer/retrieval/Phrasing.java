package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;

/**
 * One indexed phrasing: a question or alternate of an FAQ entry, or a question known to be out of
 * scope ({@code entry} null), with its weighted features as parallel arrays sorted by feature id
 * (never written after the index is built) and the norm of those weights.
 */
record Phrasing(FaqEntry entry, String text, int[] ids, double[] weights, double norm) {

    /** True for a question of {@code phrases.yaml: out-of-scope}: a match means the bot should decline. */
    boolean outOfScope() {
        return entry == null;
    }
}
