package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and "none" said in so many words, said plainly before a reply is read: a count of none after what it counts
 * (进行中的订单 0 笔, 投诉是0, 待收货0) is "none"; states listed then "none" (待收货 退款中都没有) deny each, the other way round
 * (没有待收货 没有退款中); "not a single one there is" (投诉一单都没有) is said with 都; "none other" after the one it is other than
 * (那单完结了 没有其他投诉) is "none" of the thing. The patterns are {@code phrases.yaml}'s, each optional
 * ({@code zero-count}, {@code states-then-none}, {@code not-one}, {@code none-other}); "none" is the first none-pending word.
 * Part of {@link CorrectedReplies}; immutable and thread-safe.
 */
final class CountsOfNone {
    /** Where a list of states is cut into its states (待收货 退款中, 待付款、待发货). */
    private static final Pattern LIST_BREAK = Pattern.compile("[\\s、和及跟与]+");

    /** "None" itself: the first none-pending word (没有), or empty when the cues name none. */
    private final String noneHead;
    /** A count of none after what it counts, replaced by "none". */
    private final Pattern zeroCount;
    /** States listed then "none" (group 1 the list), each said denied. */
    private final Pattern statesThenNone;
    /** The 一 and its measure word before 都/也 and "none" closing the clause, said as 都. */
    private final Pattern notOne;
    /** "Other" beside "none" of a thing (没有其他投诉, 其他投诉都没有了), taken out: group 1, when there, is the thing kept. */
    private final Pattern noneOther;

    CountsOfNone(Phrases phrases, String noneHead) {
        this.noneHead = noneHead;
        this.zeroCount = phrases.patterns().get("zero-count");
        this.statesThenNone = phrases.patterns().get("states-then-none");
        this.notOne = phrases.patterns().get("not-one");
        this.noneOther = phrases.patterns().get("none-other");
    }

    /** {@code rest}, a reply in its compared form, with its counts of none said plainly. */
    String plain(String rest) {
        if (!noneHead.isEmpty()) {
            if (zeroCount != null && (rest.indexOf('0') >= 0 || rest.indexOf('０') >= 0 || rest.indexOf('零') >= 0)) {
                rest = zeroCount.matcher(rest).replaceAll(noneHead);
            }
            if (statesThenNone != null && rest.contains(noneHead.substring(0, 1))) {
                rest = statesThenNone.matcher(rest).replaceAll(m -> Matcher.quoteReplacement(
                        noneHead + String.join(" " + noneHead, LIST_BREAK.split(m.group(1))) + " "));
            }
        }
        // (有一单还在退款: its 一单 is some; 一单都没有 is none at all)
        if (notOne != null && rest.indexOf('一') >= 0) {
            rest = notOne.matcher(rest).replaceAll("都");
        }
        // (only after a clause of its own, the one the 'other' is other than: 冇其他投訴 alone may leave that one open)
        int second = rest.indexOf(' ');
        if (noneOther != null && second > 0) {
            String after = rest.substring(second);
            if (after.contains("其") || after.contains("别") || after.contains("另")) {
                rest = rest.substring(0, second) + noneOther.matcher(after).replaceAll(m -> Matcher.quoteReplacement(
                        m.groupCount() > 0 && m.group(1) != null ? m.group(1) : ""));
            }
        }
        return rest;
    }
}
