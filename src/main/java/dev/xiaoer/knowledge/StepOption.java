package dev.xiaoer.knowledge;

import java.util.List;

/**
 * One answer a flow step expects: the quick reply {@code label}, the ways sellers say it
 * ({@code alternates}, like an FAQ's), and what taking it does: go to step {@code next}, say
 * {@code say} (then stay when there is no {@code next}), or answer FAQ entry {@code faq} and stay.
 * {@code days}, when set, is a condition on a number of days ({@code <30}, {@code >=30}) that a
 * reply stating a duration (上周, 才二十天, 两个月前) meets. {@code catchAll} marks the option for a reply
 * that is none of the others (其他): it does not stand against another option the reply says something
 * of its own of (是快递那边的原因 is the courier's reason, though 原因 is said of "another reason" too).
 * {@code signs}, at a choice step, are the facts a story tells when it is this option (丢了, 重新寄 of a
 * reship; 敲反, 贴错 of a wrong number): a reply the phrasings cannot decide that names the signs of
 * this option and of no other means it. {@code needsSign} marks an option a reply's words may not give by a faint likeness
 * alone (a verdict: 买家一直不回消息 没法和解 is no custom-link case by 没法): only a sign told, or words close to its phrasings.
 * {@code clears}, on the catch-all, are signs that tell it only by clearing another option's cause (快递说不是他们的问题,
 * 揽收都正常): read as its signs, but they say nothing of what the cause was, so they never stand for the seller's own.
 */
public record StepOption(String label, List<String> alternates, String next, String say, String faq,
                         DayCondition days, boolean catchAll, List<String> signs, List<String> clears, boolean needsSign,
                         Source source) {

    public StepOption {
        alternates = List.copyOf(alternates);
        signs = List.copyOf(signs);
        clears = List.copyOf(clears);
    }

    /** Every sign of this option: its own facts, then those that clear another option's cause. */
    public List<String> allSigns() {
        return java.util.stream.Stream.concat(signs.stream(), clears.stream()).toList();
    }

    /** True when taking this option keeps the flow on the same step. */
    public boolean stays() {
        return next == null;
    }

    /** The label, then every alternate: all the ways this option is said. */
    public List<String> phrasings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), alternates.stream()).toList();
    }
}
