package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cue kind is passed over only when none of its words can be in the text: none begins with a character of it. */
class CueFirstsTest {
    @Test
    void aKindIsPossibleExactlyWhenTheTextHasAFirstCharacterOfItsWords() {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        cues.put("negation", List.of("不", "没", "dont"));
        cues.put("still", List.of("还", "处理中"));
        cues.put("unsure", List.of("不太确定"));
        CueFirsts firsts = new CueFirsts(cues);
        assertEquals(List.of("negation", "still", "unsure"), firsts.kinds().stream().map(Map.Entry::getKey).toList());
        for (String text : List.of("", "是的", "还没处理完", "不太确定", "i dont know", "处理中", "都好了")) {
            long possible = firsts.possibleIn(text);
            for (int i = 0; i < firsts.kinds().size(); i++) {
                boolean contained = firsts.kinds().get(i).getValue().stream().anyMatch(text::contains);
                assertTrue(!contained || CueFirsts.mayHold(possible, i), text + " " + i);
            }
        }
        assertFalse(CueFirsts.mayHold(firsts.possibleIn("是的"), 0));
        assertTrue(CueFirsts.mayHold(firsts.possibleIn("还行"), 1));
        assertTrue(CueFirsts.mayHold(0, 64));
    }
}
