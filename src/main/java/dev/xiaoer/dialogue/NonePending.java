package dev.xiaoer.dialogue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "There is none that is still…" in a reply (没有处理中的, 没完结的单子没有了): a none-pending head and the state it denies,
 * read as complete and taken out, so that its 没 and its 'still' say nothing more; and a single state denied (没在途的,
 * 没有在途订单), taken out without telling any "all". Part of {@link AnswerLexicon}, over its cue words (phrases.yaml
 * {@code cues}); immutable and thread-safe.
 */
final class NonePending {
    /** The cue kind of the heads (没有, 不存在, 一个都没有). */
    private static final String NONE_PENDING = "none-pending";
    /** How far from its head the 的 of "there is none that is still…" may stand. */
    private static final int NONE_PENDING_REACH = 20;
    /** What may follow the 的 of a denied state to its clause's end: the thing it is of, particles. */
    private static final Pattern CLAUSE_REST = Pattern.compile("(?:单子|订单|单|交易|件|货)?[了啦呢啊哦吧]*");
    /** "Not a single one" before a 'not' (一个都没, 一单也没): none at all, which is all. */
    private static final Pattern NONE_AT_ALL = Pattern.compile("一[个单笔件条项]?[都也]$");
    /** How long a state and its thing may be when no 的 closes them (没有在途订单, 没退款中的单子). */
    private static final int STATE_SPAN_REACH = 8;
    /** What right after a none-pending head makes it the answer "no" (没有啦, 没有呢). */
    static final String ANSWER_NO = "啦呢吧呀啊哦喔嘛 ";

    /** Each cue kind's words, in the compared form, longest first (AnswerLexicon's). */
    private final Map<String, List<String>> cues;

    NonePending(Map<String, List<String>> cues) {
        this.cues = cues;
    }

    /**
     * {@code text} without its "there is none that is still…" spans: a none-pending head (没有, 不存在),
     * then up to the next 的, in the same clause, a 'still' or a 'not' (没有还在进行中的, 不存在没处理完的), or a
     * second 'not' right after the head (没有未完成订单). A head that is the answer "no" is none: one
     * followed by a particle or another head (没有啦, 没有没有), or a span that says more than a state —
     * a number of days, fewer or more, a 有 of its own (没有还有两单在途的: "no, two still are"), a 我
     * (没有我还在查的), a part or a guess.
     */
    String without(String text) {
        for (String head : cues.getOrDefault(NONE_PENDING, List.of())) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int from = at + head.length();
                if (from >= text.length() || ANSWER_NO.indexOf(text.charAt(from)) >= 0 || text.charAt(from) == '了') {
                    // the same said the other way round: what is still pending, then "none" (没完结的单子没有了)
                    int of = text.lastIndexOf('的', at);
                    int start = text.lastIndexOf(' ', at) + 1;
                    // (or with no 的 between, as in 進行中訂單0筆: a state and a thing, never a lone 还 of 还没有)
                    if (of > start ? pendingOnly(text.substring(start, of))
                            : at - start >= 4 && pendingOnly(text.substring(start, at))) {
                        return without(text.substring(0, start) + " " + text.substring(from));
                    }
                    continue;
                }
                if (text.startsWith(head, from)) {
                    continue;
                }
                int end = text.indexOf('的', from);
                String span = end < 0 ? "" : text.substring(from, end);
                if (end < 0 || end - at > NONE_PENDING_REACH || span.indexOf(' ') >= 0) {
                    if (has(text.substring(from, from + 1), "negation") && !text.startsWith("有", from + 1)) {
                        return without(text.substring(0, at) + " " + text.substring(from + 1));
                    }
                    continue;
                }
                if (pendingOnly(span)) {
                    return without(text.substring(0, at) + " " + text.substring(end + 1));
                }
            }
        }
        return text;
    }

    /**
     * {@code text} without "none in this one state" said right before the state, with no 的 to close it or with a bare
     * 没 or 无 (没有在途订单, 没在途的, 无退款中订单), to the next 的 or the clause's end, and the 都/也/全 before it: the
     * state is denied, not asserted — and nothing is said of the other states, so unlike {@link #without}
     * it tells no "all" (都没在途了 says no order is in transit, not that all are completed). Not after 还 (还没在途: not
     * yet sent), nor before a state that begins with 还, 仍 or 正.
     */
    String withoutDeniedStates(String text) {
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            int head = text.startsWith("没有", at) ? 2 : c == '没' || c == '无' ? 1 : 0;
            if (head == 0 || at > 0 && (text.charAt(at - 1) == '还' || has(text.substring(at - 1, at), "negation"))
                    || !startsWithState(text, at + head) || NONE_AT_ALL.matcher(text.substring(0, at)).find()) {
                continue; // (一个都没开着了 is "none at all": read as the 19th session reads it)
            }
            int stop = clauseEnd(text, at + head);
            int of = text.indexOf('的', at + head);
            int end = of >= 0 && of < stop ? of : stop;
            // (a 的 that goes on in its clause is of a relative, 没在途的都交易成功了: "those not in transit", not "none")
            // (its thing after it, 没退款中的单子, is no relative: the clause ends there)
            boolean relative = end == of && !CLAUSE_REST.matcher(text.substring(of + 1, stop)).matches();
            if (!relative && end - at - head <= STATE_SPAN_REACH && pendingOnly(text.substring(at + head, end))) {
                int from = at > 0 && "都也全".indexOf(text.charAt(at - 1)) >= 0 ? at - 1 : at;
                return withoutDeniedStates(text.substring(0, from) + " " + text.substring(end == of ? end + 1 : end));
            }
        }
        return text;
    }

    /** Whether a 'still' state that is a state of its own (在途, 退款中; not 还, 仍, 正) begins at {@code from}. */
    private boolean startsWithState(String text, int from) {
        for (String state : cues.getOrDefault("ongoing", List.of())) {
            if (text.startsWith(state, from) && !state.startsWith("还") && !state.startsWith("仍") && !state.startsWith("正")) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding {@code from} ends: the next space, or the text's end. */
    private static int clauseEnd(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? text.length() : space;
    }

    /** Whether {@code span} names only a state still pending (处理中, 没完结, 还在退款): no number, part or guess. */
    private boolean pendingOnly(String span) {
        boolean state = has(span, "still") || has(span, "negation");
        boolean more = span.chars().anyMatch(Character::isDigit) || span.indexOf('有') >= 0
                || span.indexOf('我') >= 0 || has(span, "under") || has(span, "over") || has(span, "partial") || has(span, "others")
                || has(span, "unsure") || has(span, "guess");
        return state && !more;
    }

    private boolean has(String text, String kind) {
        return cues.getOrDefault(kind, List.of()).stream().anyMatch(text::contains);
    }
}
