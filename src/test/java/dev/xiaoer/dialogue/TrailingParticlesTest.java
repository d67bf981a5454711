package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The particles after a reply's last word are taken off by a loop, as the pattern they were taken off with does. */
class TrailingParticlesTest {
    private static final Pattern PATTERN = Pattern.compile("[\\s啊哈呀哦啦嘛吧呢]+$");

    @Test
    void agreesWithThePattern() {
        for (String text : List.of("", "啊", "记错了啊", "说错了哈 ", "是10月20号，记错了", "11月20号 说错了呢吧", "哈哈", " ",
                "好的\n", "好的啊\r\n", "好的啊\u2028", "好的\u0085", "啊\u2029", "吧x", "\t呢\u000B", "不对啊 呀", "还没")) {
            assertEquals(PATTERN.matcher(text).replaceFirst(""), CorrectedReplies.withoutTrailingParticles(text), text);
        }
        assertEquals("记错了", CorrectedReplies.withoutTrailingParticles("记错了啊 "));
    }
}
