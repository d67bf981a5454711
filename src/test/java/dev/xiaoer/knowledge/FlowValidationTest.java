package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code validate} catches what is wrong with a flow, at the file and line where it is written. */
class FlowValidationTest {
    private static final String BAD = "src/test/resources/bad-knowledge/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { // the messages quote with '
            "unknown-step              | flows/bad.yaml | 8  | goes to unknown step 'nowhere'",
            "unreachable-step          | flows/bad.yaml | 19 | step 'orphan' cannot be reached from 'ask'",
            "no-end                    | flows/bad.yaml | 1  | no end step can be reached",
            "choice-without-transition | flows/bad.yaml | 11 | option '第二种': says nothing and goes nowhere",
            "missing-flow              | faq/a.yaml     | 5  | flow 'no-such-flow' does not exist", // the flow: field's line
            "bare-answer-missing       | flows/bad.yaml | 6  | 'affirmative' is required",
            "bare-answer-unknown       | flows/bad.yaml | 14 | 'affirmative' names '好啦', which is not an option's label",
            "phrasing-twice            | flows/bad.yaml | 11 | '弄好了' is listed under both '好了' and '还没有'",
            "bare-word-elsewhere       | flows/bad.yaml | 8  | '不是' is a bare negative, which this step maps to '还没有'",
            "unknown-faq-option        | flows/bad.yaml | 11 | FAQ entry 'no.such-entry' does not exist",
            "unknown-covered           | flows/bad.yaml | 4  | covers FAQ entry 'a.nothing', which does not exist",
            "unknown-end-entry         | flows/bad.yaml | 17 | entry 'no.such-entry' does not exist",
            "entry-with-options        | flows/bad.yaml | 7  | 'entry' names the FAQ entry an end step says, but this step has options",
            "exempt-unmapped           | flows/bad.yaml | 16 | but this step maps no affirmative",
            "pending-unmapped          | flows/bad.yaml | 16 | 'pending' says what keeps the bare affirmative's option",
            "settled-unmapped          | flows/bad.yaml | 16 | 'settled' says which states add to the bare affirmative",
            "elsewhere-unmapped        | flows/bad.yaml | 16 | 'elsewhere' lists things whose state is not the bare affirmative's",
            "items-unmapped            | flows/bad.yaml | 16 | 'items' lists two or more things the bare affirmative's",
            "asks-first-uncovered      | flows/bad.yaml | 5  | asks-first names 'a.two', which the flow does not cover",
            "premise-at-yes-no         | flows/bad.yaml | 16 | 'premise' lists words that tell none of a choice's options, but this step is a yes/no question",
            "contradicts-unpaired      | flows/bad.yaml | 17 | 'contradicts' lists pairs written 'a + b' (他出 + 到付), not '他出到付'",
            "catch-all-twice           | flows/bad.yaml | 9  | only one option can be the catch-all",
            "catch-all-not-boolean     | flows/bad.yaml | 14 | 'catch-all' is true or false, not 'yes please'",
            "needs-sign-not-boolean    | flows/bad.yaml | 11 | 'needs-sign' is true or false, not 'maybe'",
            "needs-sign-without-signs  | flows/bad.yaml | 11 | 'needs-sign' needs 'signs'",
            "sign-twice                | flows/bad.yaml | 13 | the sign '爆仓' is also a sign of '快递的原因' (a sign tells one option)",
            "sign-at-yes-no            | flows/bad.yaml | 9  | 'signs' are read only at a choice step",
            "sign-one-char             | flows/bad.yaml | 12 | a sign is a fact of two characters or more (丢了, 敲反), not '丢'",
            "sign-inside               | flows/bad.yaml | 9  | the sign '没填' is inside '没填错', a sign of '填错了'",
            "clears-not-catch-all      | flows/bad.yaml | 13 | 'clears' (signs that clear another option's cause) belong on the catch-all option only",
            "clears-shared             | flows/bad.yaml | 13 | the sign '爆仓' is also a sign of '快递的原因' (a sign tells one option)",
    })
    void reportsTheProblemWhereItIs(String dir, String file, int line, String message) {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of(BAD + dir));
        assertFalse(result.ok(), dir + " should not load");
        List<Problem> problems = result.problems();
        String expectedPath = BAD + dir + "/" + file;
        assertTrue(problems.stream().anyMatch(p -> p.path().equals(expectedPath) && p.line() == line
                        && p.message().contains(message)),
                () -> "expected " + expectedPath + ":" + line + ": …" + message + "…, got " + problems);
        assertEquals(1, problems.size(), () -> "only the one problem, got " + problems);
        assertTrue(problems.get(0).toString().startsWith(expectedPath + ":" + line + ": "));
    }

    @Test
    void theSameFilesWithoutTheBadFlowLoad() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("src/test/resources/good-knowledge"));
        assertTrue(result.ok(), () -> "problems: " + result.problems());
        assertEquals(1, result.knowledge().flows().size());
    }

    @Test
    void everyOptionOfTheRealFlowsIsSaidInAtLeastSixWays() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        for (Flow flow : kb.flows().values()) {
            for (FlowStep step : flow.steps().values()) {
                for (StepOption option : step.options()) {
                    if (option.faq() == null) {
                        assertTrue(option.alternates().size() >= 6,
                                () -> flow.id() + "/" + step.id() + " '" + option.label() + "' has too few alternates");
                    }
                }
            }
        }
    }

    @Test
    void aMissingCannedMessageIsAProblem() throws java.io.IOException {
        Path dir = java.nio.file.Files.createTempDirectory("knowledge");
        java.nio.file.Files.createDirectories(dir.resolve("faq"));
        java.nio.file.Files.writeString(dir.resolve("faq/a.yaml"),
                "- id: a.one\n  question: 问题一\n  alternates: [说法]\n  answer: 答案\n");
        String phrases = java.nio.file.Files.readString(Path.of("src/test/resources/good-knowledge/phrases.yaml"));
        java.nio.file.Files.writeString(dir.resolve("phrases.yaml"), phrases.replaceAll("(?m)^  resumed: .*\n", ""));
        KnowledgeLoader.Result result = KnowledgeLoader.load(dir);
        assertFalse(result.ok());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().contains("'resumed' is missing")),
                () -> "problems: " + result.problems());
    }

    @Test
    void theRealKnowledgeIsValidAndHasTheFourFlows() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> "problems: " + result.problems());
        KnowledgeBase kb = result.knowledge();
        assertEquals(java.util.Set.of("deposit-refund", "waybill-fix", "appeal-check", "return-checklist"),
                kb.flows().keySet());
        assertEquals("deposit-refund", kb.faq("deposit.refund").orElseThrow().flow());
        assertEquals("waybill-fix", kb.faq("waybill.modify").orElseThrow().flow());
        assertEquals("appeal-check", kb.faq("appeal.disagree").orElseThrow().flow());
        assertEquals("return-checklist", kb.faq("dispute.return-details").orElseThrow().flow());
        assertEquals(java.util.Set.of("close-services", "check-orders", "check-complaints", "check-aftersales-window",
                "transfer-out"), kb.flow("deposit-refund").orElseThrow().steps().keySet());
        assertEquals(java.util.Set.of("how-shipped", "self-situation", "modify", "fill-missing", "reship", "online"),
                kb.flow("waybill-fix").orElseThrow().steps().keySet());
        assertEquals(java.util.Set.of("reason", "invalid", "valid", "other"),
                kb.flow("appeal-check").orElseThrow().steps().keySet());
        assertEquals(java.util.Set.of("address", "shipping-fee", "deadline-condition", "wangwang"),
                kb.flow("return-checklist").orElseThrow().steps().keySet());
    }
}
