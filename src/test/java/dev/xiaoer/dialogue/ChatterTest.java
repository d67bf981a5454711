package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chatter is taken out longest first, as taking out every word in turn would, looking only for words the text can hold. */
class ChatterTest {
    private final Chatter chatter = new Chatter(List.of("嗯", "好的", "谢谢", "好", "的", "哈哈哈", "👌", "ok"));

    @Test
    void takesOutEveryWordLongestFirst() {
        assertEquals("", chatter.takenOutOf("好的谢谢"));
        assertEquals("保证金", chatter.takenOutOf("嗯保证金好的"));
        assertEquals("", chatter.takenOutOf("👌ok"));
        assertEquals("运单号", chatter.takenOutOf("运单号"));
    }

    @Test
    void aWordJoinedByTakingOutAShorterOneStaysAsItWouldHave() {
        // 嗯 goes after 好的 was looked for: the 好的 it joins is then taken out as 好 and 的, one by one
        assertEquals(chatter.everyWordTakenOutOf("好嗯的"), chatter.takenOutOf("好嗯的"));
        assertEquals(chatter.everyWordTakenOutOf("谢嗯谢呀"), chatter.takenOutOf("谢嗯谢呀"));
        assertEquals("谢谢呀".replace("谢谢", ""), new Chatter(List.of("谢谢", "嗯")).takenOutOf("谢谢呀"));
        assertEquals("谢谢呀", new Chatter(List.of("谢谢", "嗯")).takenOutOf("谢嗯谢呀"));
    }

    @Test
    void agreesWithTakingOutEveryWordOnMixedTexts() {
        for (String text : List.of("", "哈哈哈哈", "好的好的，保证金怎么退", "ok 好的👌谢谢", "嗯嗯嗯", "的的好")) {
            assertEquals(chatter.everyWordTakenOutOf(text), chatter.takenOutOf(text), text);
        }
    }
}
