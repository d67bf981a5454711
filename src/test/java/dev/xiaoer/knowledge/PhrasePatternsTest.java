package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The {@code patterns} of phrases.yaml: a bad expression is reported at its line, a missing key at the section. */
class PhrasePatternsTest {
    private static final Path GOOD = Path.of("src/test/resources/good-knowledge");

    @Test
    void theGoodKnowledgesPatternsLoadAsOneEach() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(GOOD);
        assertTrue(result.ok(), () -> "problems: " + result.problems());
        for (String key : Phrases.REQUIRED_PATTERNS) {
            result.knowledge().phrases().pattern(key);
        }
        assertTrue(result.knowledge().phrases().pattern("long-ago").matcher("好久没卖了").find());
        assertTrue(result.knowledge().phrases().pattern("sent-by").matcher("顺丰寄出去的").find());
    }

    @Test
    void aBadExpressionIsAProblemAtItsLine() throws IOException {
        Path dir = copyOfGood(text -> text.replaceFirst("(?m)^  long-ago: \\[很久, ", "  long-ago: [很久, '(好久', "));
        List<String> lines = Files.readAllLines(dir.resolve("phrases.yaml"));
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("  long-ago: ")).findFirst().orElseThrow()) + 1;
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().endsWith("phrases.yaml") && p.line() == line
                        && p.message().contains("patterns: 'long-ago': '(好久' is not a regular expression")),
                () -> "expected phrases.yaml:" + line + ", got " + result.problems());
        assertTrue(result.problems().size() == 1, () -> "only the one problem, got " + result.problems());
    }

    @Test
    void aBareOptionalCharacterInAnIntentPhraseIsAProblemAtItsLine() throws IOException {
        // (the phrase syntax makes only a group optional: 先?插一句 would be read as the text 先, a space, 插一句)
        Path dir = copyOfGood(text -> text.replaceFirst("(?m)^  inside: \\[不办了\\]", "  inside: [不办了, \"先?插一句\"]"));
        List<String> lines = Files.readAllLines(dir.resolve("phrases.yaml"));
        int line = lines.indexOf("  inside: [不办了, \"先?插一句\"]") + 1;
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().endsWith("phrases.yaml") && p.line() == line
                        && p.message().contains("'先?插一句': only a group is made optional by '?' — write (先)? for an optional 先")),
                () -> "expected phrases.yaml:" + line + ", got " + result.problems());
        assertTrue(result.problems().size() == 1, () -> "only the one problem, got " + result.problems());
        // (written as a group, it loads)
        assertTrue(KnowledgeLoader.load(copyOfGood(text -> text.replaceFirst("(?m)^  inside: \\[不办了\\]",
                "  inside: [不办了, \"(先)?插一句\"]"))).ok());
    }

    @Test
    void aMissingPatternIsAProblem() throws IOException {
        Path dir = copyOfGood(text -> text.replaceAll("(?m)^  other-shop:\n    - .*\n", ""));
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().endsWith("phrases.yaml")
                        && p.message().contains("patterns: 'other-shop' is missing")),
                () -> "problems: " + result.problems());
    }

    @Test
    void aPhrasesFileWithoutPatternsIsAProblem() throws IOException {
        Path dir = copyOfGood(text -> text.substring(0, text.indexOf("\npatterns:")));
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("needs 'patterns'")),
                () -> "problems: " + result.problems());
    }

    @Test
    void aDialectFormReadAsNothingIsAProblemAtItsLine() throws IOException {
        Path dir = copyOfGood(text -> text + "\ndialect: {冇: 没有,\n          咗: ''}\n");
        List<String> lines = Files.readAllLines(dir.resolve("phrases.yaml"));
        int line = lines.indexOf("          咗: ''}") + 1;
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.path().endsWith("phrases.yaml") && p.line() == line
                        && p.message().contains("dialect: '咗' must be read as some Mandarin text")),
                () -> "expected phrases.yaml:" + line + ", got " + result.problems());
    }

    /** The good knowledge in a directory of its own, its phrases.yaml edited by {@code edit}. */
    private static Path copyOfGood(UnaryOperator<String> edit) throws IOException {
        Path dir = Files.createTempDirectory("knowledge");
        try (var files = Files.walk(GOOD)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(GOOD.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path phrases = dir.resolve("phrases.yaml");
        String text = Files.readString(phrases);
        String edited = edit.apply(text);
        assertFalse(edited.equals(text), "the edit changed nothing");
        Files.writeString(phrases, edited);
        return dir;
    }
}
