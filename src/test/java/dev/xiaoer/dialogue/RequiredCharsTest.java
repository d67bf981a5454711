package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Phrases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A pattern's required characters: every match holds one of them, so a text without any is passed over; a pattern
 * this reading does not know, or one that may match nothing, has none and is always tried.
 */
class RequiredCharsTest {
    @Test
    void readsTheCharactersEveryMatchHolds() {
        assertEquals("快", of("(?<![很尽])快(?:要)?(?:完|好)?"));
        assertEquals("快马", of("(?<![很])快|马上"));
        assertEquals("b", of("a?b"));
        assertEquals("单笔", of("[0-9]{1,3}(?:单|笔)"), "the smaller set of the parts a match needs");
        assertEquals("y", of("[^x]y"));
        assertEquals("z", of(".*z\\s+"));
        assertEquals("在", of("(?<![现已])在(?=[关说])"), "look-arounds require nothing");
        assertEquals("0123", of("[0-3]+"));
        assertEquals("?？", of("[?？]"));
        assertEquals("了", of("^(?:改|弄|办)?了$|[了]"));
        assertEquals(".", of("\\."));
    }

    @Test
    void hasNoneWhenAMatchMayBeEmptyOrThePatternIsNotRead() {
        assertNull(of("a*"));
        assertNull(of("x|"), "an empty alternative");
        assertNull(of("(?=a)"));
        assertNull(of("(?i)a"), "flags");
        assertNull(RequiredChars.of(Pattern.compile("a", Pattern.CASE_INSENSITIVE)));
        assertNull(of("\\p{IsHan}"));
        assertNull(of("\\Qa\\E"));
        assertNull(of("."));
        assertNull(of("a|\\s"), "one alternative may be any character");
        assertNull(of("[\\u4e00-\\u9fff]"), "a wide range");
        assertNull(RequiredChars.of(null));
        assertTrue(RequiredChars.mayMatch(null, ""));
        assertFalse(RequiredChars.mayMatch("快马", "都关好了"));
        assertTrue(RequiredChars.mayMatch("快马", "快关完了"));
    }

    /**
     * Every pattern of the project's phrases.yaml, on every seller's text of the conversation scripts: each match holds
     * a required character, and the text with those characters taken out is not matched.
     */
    @Test
    void agreesWithThePhrasesPatternsOnTheScriptsTexts() throws IOException {
        Phrases phrases = KnowledgeLoader.load(Path.of("knowledge")).knowledge().phrases();
        List<String> texts = scriptTexts();
        assertTrue(texts.size() > 10_000, "texts: " + texts.size());
        assertNotNull(RequiredChars.of(phrases.pattern("under-way")), "under-way is read");
        int matched = 0;
        for (Map.Entry<String, Pattern> e : phrases.patterns().entrySet()) {
            String required = RequiredChars.of(e.getValue());
            if (required == null) {
                continue;
            }
            for (String text : texts) {
                Matcher m = e.getValue().matcher(text);
                while (m.find()) {
                    matched++;
                    assertTrue(RequiredChars.mayMatch(required, m.group()), e.getKey() + " on " + text);
                }
                String without = text.chars().filter(c -> required.indexOf(c) < 0)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                assertFalse(e.getValue().matcher(without).find(), e.getKey() + " on " + without);
                assertEquals(e.getValue().matcher(text).find(), RequiredChars.find(e.getValue(), required, text));
            }
        }
        assertTrue(matched > 1_000, "matches: " + matched);
    }

    private static String of(String regex) {
        return RequiredChars.of(Pattern.compile(regex));
    }

    /** What sellers say in the conversation scripts (not the held-out ones). */
    private static List<String> scriptTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        Pattern say = Pattern.compile("^\\s*-?\\s*say:\\s*\"(.*)\"\\s*$");
        for (String dir : List.of("conversations", "conversations-review", "conversations-review2", "conversations-review3")) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources", dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    for (String line : Files.readAllLines(file)) {
                        Matcher m = say.matcher(line);
                        if (m.matches()) {
                            texts.add(m.group(1));
                        }
                    }
                }
            }
        }
        return texts;
    }
}
