package dev.xiaoer.dialogue;

import dev.xiaoer.testing.TestFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversation inside a flow whose step vanished in a knowledge reload ends the flow politely. */
class ReloadedKnowledgeTest {

    static DialogueEngine engine(Path dir) {
        KnowledgeLoader.Result r = KnowledgeLoader.load(dir);
        assertTrue(r.ok(), () -> r.problems().toString());
        return DialogueEngine.create(r.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    @Test
    void aVanishedStepEndsTheFlowAndSaysSo(@TempDir Path tmp) throws IOException {
        DialogueEngine before = engine(Path.of("knowledge"));
        Path edited = tmp.resolve("knowledge");
        TestFiles.copyTree(Path.of("knowledge"), edited);
        Path flow = edited.resolve("flows/deposit-refund.yaml");
        Files.writeString(flow, Files.readString(flow).replace("close-services", "close-protection"));
        DialogueEngine after = engine(edited);

        Instant now = Instant.parse("2024-05-01T09:00:00Z");
        Turn started = before.handle(null, "c", "保证金怎么退", now);
        assertEquals("close-services", started.session().stepId());

        Turn next = after.handle(started.session(), "c", "都关好了", now.plusSeconds(5));
        Reply reply = next.reply();
        assertTrue(reply.text().startsWith("抱歉，刚才的引导内容已更新"), reply.text());
        assertNotNull(reply.flow());
        assertEquals("deposit-refund", reply.flow().id());
        assertEquals("close-services", reply.flow().step());
        assertTrue(reply.flow().done());
        assertFalse(next.session().inFlow());
        assertFalse(next.session().handedOff());

        // and the conversation goes on normally: the flow can be started again, at its new first step
        Turn again = after.handle(next.session(), "c", "保证金怎么退", now.plusSeconds(10));
        assertEquals(Kind.FLOW, again.reply().kind());
        assertEquals("close-protection", again.reply().flow().step());
    }

    @Test
    void candidatesAndPromptsForStaff() {
        DialogueEngine engine = engine(Path.of("knowledge"));
        var candidates = engine.candidates("保证金怎么退", 10);
        assertEquals("deposit.refund", candidates.get(0).faqId());
        assertTrue(candidates.size() >= 3 && candidates.size() <= 10, "candidates: " + candidates.size());
        assertEquals(2, engine.candidates("保证金怎么退", 2).size());
        assertFalse(candidates.get(0).matchedWords().isEmpty());
        assertTrue(engine.prompt("deposit-refund", "close-services").orElseThrow().contains("保证金退回需完成"));
        assertTrue(engine.prompt("deposit-refund", "nope").isEmpty());
        assertTrue(engine.prompt(null, null).isEmpty());
    }
}
