package dev.xiaoer.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fewer of a count told than the count (3单里成功了2单, 两个投诉，处理完一个): a part, for {@link AnswerLexicon#cuesIn}. */
final class CountsTold {
    /**
     * A count, then a few words, then fewer of the same: "of them" said (5单里4单超过30天了), or the fewer ending the
     * clause (5笔订单完成了4笔, 两个投诉处理完一个) — not two counts each with its state (5单成功3单关闭).
     */
    private static final Pattern COUNT_THEN_FEWER = Pattern.compile(
            "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:单|笔|个|件|条)(?:订单|交易|投诉)?([^0-9一二两三四五六七八九十]{0,6}?)"
                    + "([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:单|笔|个|件|条)([了吧啊呀]*$)?");
    /** The characters one of which every match holds ({@link RequiredChars}: the counter words, 单笔个件条). */
    private static final String COUNT_THEN_FEWER_CHARS = RequiredChars.of(COUNT_THEN_FEWER);

    private CountsTold() {
    }

    static boolean fewerOfACount(String text) {
        if (!RequiredChars.mayMatch(COUNT_THEN_FEWER_CHARS, text)) {
            return false; // no counter word (单, 笔, 个…): no count
        }
        Matcher m = COUNT_THEN_FEWER.matcher(text);
        while (m.find()) {
            int all = AnswerLexicon.number(m.group(1));
            int some = AnswerLexicon.number(m.group(3));
            boolean ofThem = m.group(2).contains("里") || m.group(2).contains("中") || m.group(4) != null;
            if (ofThem && all > 0 && some >= 0 && some < all) {
                return true;
            }
        }
        return false;
    }
}
