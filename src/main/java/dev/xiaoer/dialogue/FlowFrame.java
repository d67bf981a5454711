package dev.xiaoer.dialogue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A flow and the step it is at: the active one, or one paused under it; with the step's things (its {@code items})
 * the seller has told of so far in replies that told only some of them (地址发了 …, then 电话也给了), as bits by the
 * items' order: a step asking about several things may be answered over several turns; and what the seller told of the
 * steps not yet reached ({@code toldAhead}: step id → the label of the option told there; 运费我们出 让他到付 in an opening
 * the walk asks the address first), taken when the walk gets there, so that nothing told is asked again.
 */
public record FlowFrame(String flowId, String stepId, int toldItems, Map<String, String> toldAhead) {
    /**
     * The bit of {@link #toldItems} saying the seller told that what is left is only what the step exempts (24h发货那个关不掉):
     * "the others are done" (其他的都关了) in the next reply is then all met. Apart from the items' bits (a step has far fewer).
     */
    public static final int EXEMPT_LEFT = 1 << 30;
    /**
     * The bit of {@link #toldItems} saying the flow was begun as an aside beside a paused one (对了顺便问下保证金怎么退) and
     * nothing of it answered yet: a bare 继续 next goes back to the paused flow. Like every told bit, it lasts one turn.
     */
    public static final int BEGUN_ASIDE = 1 << 29;
    /**
     * The bit of {@link #toldItems} saying the bot's last reply at the step was not its question but something said beside it —
     * the advice on its 'not yet' (请先等这些交易完结…都完结了再告诉我), the step kept while the seller goes off, a side
     * entry's answer or small talk: a bare ok, 嗯 or 可以 next takes that in, and says nothing is done. Like every told bit,
     * it lasts one turn.
     */
    public static final int ADVISED = 1 << 28;
    /**
     * The bit of {@link #toldItems} saying the side answer just given was one of the step's own things (官方直送怎么关？ at the
     * services step, an option's entry): "the rest are done" next (别的都关了) leaves that thing open. One turn.
     */
    public static final int THING_ANSWERED = 1 << 27;

    public FlowFrame {
        if (flowId == null || stepId == null) {
            throw new IllegalArgumentException("a flow frame needs a flow and a step");
        }
        if (toldItems < 0) {
            throw new IllegalArgumentException("told items are bits of a step's items");
        }
        toldAhead = toldAhead == null ? Map.of() : Map.copyOf(toldAhead);
    }

    /** At {@code stepId} with the items {@code toldItems} told, nothing told of the steps ahead. */
    public FlowFrame(String flowId, String stepId, int toldItems) {
        this(flowId, stepId, toldItems, Map.of());
    }

    /** At {@code stepId}, nothing of its things told yet. */
    public FlowFrame(String flowId, String stepId) {
        this(flowId, stepId, 0);
    }

    /** The same step, with the items {@code told} (bits) told besides those told before. */
    public FlowFrame telling(int told) {
        return (toldItems | told) == toldItems ? this : new FlowFrame(flowId, stepId, toldItems | told, toldAhead);
    }

    /** The same step, with {@code told} (step id → option label) told of the steps ahead besides, the latest winning. */
    public FlowFrame tellingAhead(Map<String, String> told) {
        if (told.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(toldAhead);
        all.putAll(told);
        return new FlowFrame(flowId, stepId, toldItems, all);
    }
}
