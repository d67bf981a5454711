package dev.xiaoer.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.testing.RealKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script's {@code contains} holds in either script: a Traditional writer is answered 轉出 where the script wrote 转出
 * (whether the reply is Traditional is what {@code traditional} checks); text the reply lacks in both is a miss.
 */
class ScriptContainsTest {
    private final DialogueScripts scripts = new DialogueScripts(
            DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30)));

    @Test
    void aFragmentIsFoundInEitherScript(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                turns:
                  - say: 請問保證金要怎麼退回
                    kind: flow
                    contains: [关闭保障服务, 關閉保障服務]
                """);
        DialogueScripts.Result result = scripts.run(file);
        assertTrue(result.passed(), result.misses()::toString);
    }

    @Test
    void aFragmentInNeitherIsAMiss(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, """
                turns:
                  - say: 請問保證金要怎麼退回
                    kind: flow
                    contains: [支付宝密码]
                """);
        assertFalse(scripts.run(file).passed());
    }
}
