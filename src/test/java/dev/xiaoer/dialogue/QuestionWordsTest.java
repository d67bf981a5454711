package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The question words' patterns are guarded by the characters their matches begin with: every
 * alternative must begin with one of them, and the guarded reading agrees with the patterns alone.
 */
class QuestionWordsTest {
    @Test
    void everyAlternativeBeginsWithAGuardedCharacter() {
        assertBeginWithin(QuestionWords.QUESTION_SOURCE, QuestionWords.QUESTION_STARTS);
        assertBeginWithin(QuestionWords.NOT_ASKING_SOURCE, QuestionWords.NOT_ASKING_STARTS);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} asks: {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        // whether a thing is wanted, told as not yet said, is told; what we said, or 没问题 / 没提供, still asks
        "快递有没有要求还没讲     | false",
        "快递要不要指定还没谈     | false",
        "这样是否就没问题了       | true",
        "会不会是我没说清楚       | true",
        "有没有可能是我没讲清楚   | true",
        "要不要提前跟他说没提供的 | true",
        // "…or not?" after what was done, and "is it A or B"; none told with 都/也/其他, and what the seller cannot tell
        "超过30天了没             | true",
        "过了30天没有             | true",
        "超过三十日未             | true",
        "超过30天是自然日还是工作日 | true",
        "之后一单都没有           | false",
        "订单都完结了投诉也没有   | false",
        "结案了其他没有           | false",
        "不知道是填错了还是压根没填上 | false",
        // a vent at the tool asks nothing; damage asked of does
        "一直关不掉 什么破系统     | false",
        "啥垃圾平台 又失败了       | false",
        "货有什么破损要怎么处理    | true",
    })
    void whetherNotYetToldIsNoQuestion(String text, boolean asks) {
        assertEquals(asks, QuestionWords.asks(text), text);
    }

    /** How long something takes is asked by 多久, 多长时间 and 几天 asked of a wait — not by days told (前几天, 三天前). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "投诉要多久才结案          | true",
        "一般多长的时间能处理完    | true",
        "结案要几天                | true",
        "几天能到账                | true",
        "前几天刚结案              | false",
        "三天前就处理完了          | false",
        "最后一单是几天前的事了    | false",
    })
    void howLongIsAsked(String text, boolean asks) {
        assertEquals(asks, QuestionWords.asksHowLong(text), text);
    }

    @Test
    void agreesWithThePatternsUnguarded() {
        Pattern question = Pattern.compile(QuestionWords.QUESTION_SOURCE);
        Pattern notAsking = Pattern.compile(QuestionWords.NOT_ASKING_SOURCE);
        Pattern orNot = Pattern.compile(QuestionWords.OR_NOT_SOURCE);
        Pattern whetherUntold = Pattern.compile(QuestionWords.WHETHER_UNTOLD_SOURCE);
        for (String text : List.of("超过30天了没", "之后一单都没有", "快递有没有要求还没讲", "这样是否就没问题了", "是自然日还是工作日","", "是", "还没有", "2", "都关好了", "保证金怎么退回来", "亲～不做了，保证金能退给我吗？？",
                "什么投诉都没有", "怎么也关不掉", "哪个都关了", "地址没啥问题", "不知道因为啥", "要么这样", "过几天再说",
                "几天能到", "多少有点问题", "确认一下是不是发了", "哪种我记不太清了", "可不可以", "是哪种我记不太清了，能查吗", "地址啥的都确认好了", "这是干啥的", "还没跟他说什么时候寄回", "没定用哪家快递", "怎么才算都关好了", "待收货的算不算", "这才算完", "运费一般谁出啊", "下一步干嘛", "怪我干嘛", "具体怎么付还没定", "怎么查是不是都完结了", "谁都行", "哪里看是不是都关了", "谁知道昨天又来了一单", "怎么还没定下来", "要多长时间才会结案", "多长的时间")) {
            String read = notAsking.matcher(whetherUntold.matcher(text).replaceAll("，")).replaceAll("，");
            boolean unguarded = question.matcher(read).find() || orNot.matcher(read).find();
            assertEquals(unguarded, QuestionWords.asks(text), text);
            assertEquals(question.matcher(text).find() || orNot.matcher(text).find(), QuestionWords.hasQuestionWord(text), text);
        }
        assertTrue(QuestionWords.asks("保证金怎么退"));
        assertFalse(QuestionWords.asks("什么投诉都没有"));
        // the 也 of "done in vain" (交了也白交) is no "whatever … also"
        assertTrue(QuestionWords.asks("什么样的申诉交了也白交"));
        assertFalse(QuestionWords.asks("怎么关也关不掉"));
        // 啥的 lists ("and so on"), but 干啥的 asks what it is for
        assertFalse(QuestionWords.asks("地址啥的都确认好了"));
        assertTrue(QuestionWords.asks("这是干啥的"));
        // what was not yet told (还没跟他说什么时候寄回) asks nothing
        assertFalse(QuestionWords.asks("还没跟他说什么时候寄回"));
        assertTrue(QuestionWords.asks("什么时候寄回"));
        // …with the verb of the choice before the question word (快递还没说用哪家: forty-first session, it had asked)
        assertFalse(QuestionWords.asks("运费说好了买家出 快递还没说用哪家"));
        assertTrue(QuestionWords.asks("快递用哪家"));
        // "and the … one, how?" follows up on the case just answered (那填错的要怎么改), as 那填错的呢 does; 那我的 does not name a case
        assertTrue(QuestionWords.asksFollowingUp("那填错的要怎么改"));
        assertTrue(QuestionWords.asksFollowingUp("那补发的咋弄"));
        assertFalse(QuestionWords.asksFollowingUp("那我要怎么改"));
        // a cause suspected in a yes/no question, not a difference asked
        assertTrue(QuestionWords.suspects("是不是快递的问题也有"));
        assertFalse(QuestionWords.suspects("线上下单的是不是不一样"));
        // what counts as the answer asks it, though 怎么…都 is "however" (怎么也关不掉)
        assertTrue(QuestionWords.asks("怎么才算都关好了"));
        assertTrue(QuestionWords.asks("待收货的算不算"));
        assertFalse(QuestionWords.asks("这才算完"));
        // who and what for ask; blame refused and how it is to be done, not settled, tell
        assertTrue(QuestionWords.asks("运费一般谁出啊"));
        // how long, said 多长时间 (平台介入要多长时间才会结案啊: its 结案 had been read as the step's 'done')
        assertTrue(QuestionWords.asks("平台介入要多长时间才会结案啊"));
        assertTrue(QuestionWords.asks("退回来要多长的时间"));
        assertTrue(QuestionWords.asks("投诉都处理完了的话下一步干嘛"));
        assertFalse(QuestionWords.asks("买家地址写错了 怪我干嘛"));
        assertFalse(QuestionWords.asks("运费说好一人一半 具体怎么付还没定"));
        assertFalse(QuestionWords.asks("谁都行"));
        // how to tell whether all is so asks, though 怎么…都 is "however"
        assertTrue(QuestionWords.asks("怎么查是不是都完结了"));
        assertTrue(QuestionWords.asks("哪里看是不是都关了"));
        assertFalse(QuestionWords.asks("谁知道昨天又来了一单"));
        assertTrue(QuestionWords.asks("怎么还没定下来"));
    }

    /** Asserts that every top-level alternative of {@code regex} can begin only with a character of {@code starts}. */
    private static void assertBeginWithin(String regex, String starts) {
        for (String alternative : alternatives(regex)) {
            String rest = alternative;
            while (rest.startsWith("(?<!") || rest.startsWith("(?<=")) {
                rest = rest.substring(groupEnd(rest, 0) + 1); // a lookbehind matches nothing itself
            }
            if (rest.startsWith("(?:")) {
                int end = groupEnd(rest, 0);
                assertTrue(end + 1 >= rest.length() || "?*{".indexOf(rest.charAt(end + 1)) < 0, alternative);
                assertBeginWithin(rest.substring(3, end), starts);
            } else if (rest.startsWith("[")) {
                String chars = rest.substring(1, rest.indexOf(']'));
                assertFalse(chars.startsWith("^") || chars.contains("\\") || chars.contains("-"), alternative);
                chars.chars().forEach(c -> assertTrue(starts.indexOf(c) >= 0, alternative));
            } else {
                assertFalse(rest.isEmpty() || "\\.(".indexOf(rest.charAt(0)) >= 0, alternative);
                assertTrue(starts.indexOf(rest.charAt(0)) >= 0, alternative);
                assertFalse(rest.length() > 1 && "?*{".indexOf(rest.charAt(1)) >= 0, alternative);
            }
        }
    }

    /** The alternatives of {@code regex} at its top level (not those inside groups or classes). */
    private static List<String> alternatives(String regex) {
        int[] depth = depths(regex);
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    /** The index of the ')' that closes the group opened at {@code open}. */
    private static int groupEnd(String regex, int open) {
        int[] depth = depths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == depth[open] + 1) {
                return i;
            }
        }
        throw new AssertionError("no end to the group at " + open + " of " + regex);
    }

    /**
     * The group depth before each character of {@code regex}; -1 for a character that is escaped or
     * inside a class, which neither opens, closes nor splits anything.
     */
    private static int[] depths(String regex) {
        int[] out = new int[regex.length()];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            out[i] = inClass ? -1 : depth;
            if (c == '\\') {
                if (++i < regex.length()) {
                    out[i] = -1;
                }
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return out;
    }
}
