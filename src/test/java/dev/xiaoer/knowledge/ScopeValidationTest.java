package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        assertTrue(scope.aspects().stream().anyMatch(a -> a.told().contains("不肯给")), "an aspect's told words are read");
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

    /** An edit of scope.yaml (the text to find, what it becomes) and the problem it must make. */
    static Stream<Arguments> badScopes() {
        return Stream.of(
                Arguments.of("a name declared for two platforms", "  京东: [京东, jd,", "  京东: [京东, 淘宝, jd,",
                        "platform name '淘宝' is declared for both"),
                Arguments.of("a not-platform naming no platform", "not-platforms: [", "not-platforms: [顺丰快递, ",
                        "not-platform '顺丰快递' holds no platform's name"),
                Arguments.of("a topic whose entry does not exist", "    entry: alipay.change", "    entry: alipay.nothing",
                        "no FAQ entry 'alipay.nothing'"),
                Arguments.of("an entry in two topics", "    entries: [alipay.*]", "    entries: [alipay.*, waybill.modify]",
                        "entry 'waybill.modify' is in more than one topic"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScopes")
    void aBadScopeIsReported(String what, String find, String replace, String expected, @TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replace(find, replace)), expected);
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
    void anEntryInNoTopicIsNotAProblem(@TempDir Path tmp) throws Exception {
        List<Problem> none = problems(tmp, s -> s.replace("    entries: [anxingou.*]", "    entries: [anxingou.exit]"));
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void aReplyMustNameWhatItIsAbout(@TempDir Path tmp) throws Exception {
        assertProblem(problems(tmp, s -> s.replaceAll("(?m)^  other-platform: .*$", "  other-platform: 只能回答1688的问题")),
                "'other-platform' must name the platform asked about");
    }
}
