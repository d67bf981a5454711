package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatCommandTest {
    @Test
    void runsAConversationAndPicksQuickRepliesByNumber() {
        DialogueEngine engine = DialogueEngine.create(KnowledgeLoader.load(Path.of("knowledge")).knowledge(),
                RetrievalSettings.defaults(), Duration.ofMinutes(30));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = ChatCommand.run(engine, new BufferedReader(new StringReader("保证金怎么退\n1\n/quit\n没读到这里\n")), out);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(0, code);
        assertTrue(printed.contains("deposit-refund/close-services"), printed);
        assertTrue(printed.contains("1) 都关好了"), printed);
        assertTrue(printed.contains("deposit-refund/check-orders"), printed);
        assertTrue(!printed.contains("没读到这里"), printed);
    }
}
