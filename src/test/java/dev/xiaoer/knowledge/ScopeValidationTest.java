package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scope.yaml is knowledge: an editor declares a platform or an aspect there, and validate checks it. */
class ScopeValidationTest {

    /** The real knowledge with scope.yaml's text edited by {@code edit}; the problems of loading it. */
    private static List<Problem> problems(Path tmp, java.util.function.UnaryOperator<String> edit) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        Path scope = kb.resolve("scope.yaml");
        Files.writeString(scope, edit.apply(Files.readString(scope)));
        return KnowledgeLoader.load(kb).problems();
    }

    private static void assertProblem(List<Problem> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.path().endsWith(".yaml") && p.message().contains(expected)),
                () -> "expected a problem with «" + expected + "», got " + problems);
    }

    @Test
    void theRealScopeLoads() {
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        Scope scope = loaded.knowledge().scope();
        assertTrue(scope.platform().contains("1688"));
        assertTrue(scope.otherPlatforms().containsKey("京东"));
        assertTrue(scope.otherPlatforms().get("京东").contains("jd"), "names are lower case");
        assertTrue(scope.aspects().stream().anyMatch(a -> a.name().equals("fee")));
        assertEquals(Scope.REPLIES.size(), scope.replies().size());
    }

    @Test
    void anEditorAddsAPlatformWithoutCode(@TempDir Path tmp) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        Path scope = kb.resolve("scope.yaml");
        Files.writeString(scope, Files.readString(scope).replace("other-platforms:\n", "other-platforms:\n  蘑菇街: [蘑菇街, mogujie]\n"));
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(kb);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        assertEquals(List.of("蘑菇街", "mogujie"), loaded.knowledge().scope().otherPlatforms().get("蘑菇街"));
    }

    @Test
    void aNameDeclaredForTwoPlatformsIsAProblem(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replace("  京东: [京东, jd,", "  京东: [京东, 淘宝, jd,")),
                "platform name '淘宝' is declared for both");
    }

    @Test
    void aNotPlatformThatNamesNoPlatformIsAProblem(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replace("not-platforms: [", "not-platforms: [顺丰快递, ")),
                "not-platform '顺丰快递' holds no platform's name");
    }

    @Test
    void aPhrasingAskingAnAspectItsAnswerNeverSpeaksOfIsAProblem(@TempDir Path tmp) throws Exception {
        Path kb = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("knowledge"));
        Path faq = kb.resolve("faq/alipay.yaml");
        Files.writeString(faq, Files.readString(faq).replace("    - 更换支付宝\n", "    - 更换支付宝\n    - 换支付宝要手续费吗\n"));
        List<Problem> problems = KnowledgeLoader.load(kb).problems();
        assertProblem(problems, "'换支付宝要手续费吗' asks 费用 ('手续费'), which its answer never speaks of");
    }

    @Test
    void anEntryInTwoTopicsIsAProblemButAnEntryInNoneIsNot(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replace("    entries: [alipay.*]", "    entries: [alipay.*, waybill.modify]")),
                "entry 'waybill.modify' is in more than one topic");
        List<Problem> none = problems(tmp.resolve("b"), s -> s.replace("    entries: [anxingou.*]", "    entries: [anxingou.exit]"));
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void aReplyMustNameWhatItIsAbout(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replaceAll("(?m)^  other-platform: .*$", "  other-platform: 只能回答1688的问题")),
                "'other-platform' must name the platform asked about");
    }

    @Test
    void aTopicWithAnEntryThatDoesNotExistIsAProblem(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replace("    entry: alipay.change", "    entry: alipay.nothing")),
                "no FAQ entry 'alipay.nothing'");
    }
}
