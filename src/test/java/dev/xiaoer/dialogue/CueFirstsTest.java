package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A text holds a cue kind exactly when one of the kind's words is in it; the unread kinds are never held. */
class CueFirstsTest {
    @Test
    void aKindIsHeldExactlyWhenAWordOfItIsInTheText() {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        cues.put("negation", List.of("不", "没", "dont"));
        cues.put("still", List.of("还在", "处理中"));
        cues.put("unsure", List.of("不太确定"));
        cues.put("except", List.of("除了"));
        CueFirsts firsts = new CueFirsts(cues, Set.of("except"));
        assertEquals(List.of("negation", "still", "unsure", "except"), firsts.kinds().stream().map(Map.Entry::getKey).toList());
        for (String text : List.of("", "是的", "还没处理完", "不太确定", "i dont know", "处理中", "都好了", "还行", "还在处理中", "除了顺丰")) {
            long held = firsts.heldIn(text);
            for (int i = 0; i < 3; i++) {
                boolean contained = firsts.kinds().get(i).getValue().stream().anyMatch(text::contains);
                assertEquals(contained, firsts.holds(held, i, text), text + " " + i);
            }
            assertFalse(firsts.holds(held, 3, text), "unread: " + text);
        }
        assertFalse(firsts.holds(firsts.heldIn("还行"), 1, "还行"), "a first character alone is no word");
        assertTrue(firsts.holds(firsts.heldIn("还在弄"), 1, "还在弄"));
    }

    @Test
    void kindsPastTheSixtyFourthAreReadWordByWord() {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            cues.put("kind" + i, List.of("词" + i));
        }
        CueFirsts firsts = new CueFirsts(cues, Set.of());
        long held = firsts.heldIn("词3 词66");
        assertTrue(firsts.holds(held, 3, "词3 词66"));
        assertFalse(firsts.holds(held, 4, "词3 词66"));
        assertTrue(firsts.holds(held, 66, "词3 词66"));
        assertFalse(firsts.holds(held, 67, "词3 词66"));
    }
}
