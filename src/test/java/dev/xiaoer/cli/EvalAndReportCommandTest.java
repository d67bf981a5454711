package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval} gates on its thresholds; {@code report unanswered} reads a store that serve has open. */
class EvalAndReportCommandTest {

    /** Runs the command line as {@code java -jar} would; returns the exit code, output in {@code out}. */
    private static int run(StringWriter out, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void evalExitsNonZeroBelowAThreshold() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "eval", "--cases", "eval/cases.yaml", "--quiet", "--min-top1", "0.5",
                "--min-top1-or-clarify", "0.5", "--max-wrong", "0.5", "--min-declined", "0.5"), out.toString());
        assertTrue(out.toString().contains("top-1"), out.toString());
        String[][] failing = {
                {"--min-top1", "0.999"},
                {"--min-top1-or-clarify", "1.01"},
                {"--max-wrong", "-0.01"},
                {"--min-declined", "1.01"},
        };
        for (String[] bar : failing) {
            StringWriter o = new StringWriter();
            assertEquals(1, run(o, "eval", "--cases", "eval/cases.yaml", "--quiet", bar[0], bar[1]), o.toString());
            assertTrue(o.toString().contains("FAIL"), o.toString());
        }
        assertEquals(2, run(new StringWriter(), "eval", "--cases", "eval/cases.yaml", "--knowledge",
                "src/test/resources/bad-knowledge/no-end"));
    }

    @Test
    void reportUnansweredGroupsMissesWhileTheStoreIsOpen(@TempDir Path data) throws Exception {
        DialogueEngine engine = DialogueEngine.create(KnowledgeLoader.load(Path.of("knowledge")).knowledge(),
                RetrievalSettings.defaults(), Duration.ofMinutes(30));
        String[] asked = {"今天天气怎么样", "今天天气怎样", "今天的天气怎么样啊", "明天天气怎么样", "怎么开发票给买家",
                "今天天气怎么样", "小二会唱歌吗"};
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // serve's store stays open (WAL) while the report reads
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            int n = 0;
            for (String text : asked) {
                String cid = "c-" + n++;
                Turn t = engine.handle((Session) null, cid, text, now);
                store.commit(new Exchange(cid, null, null, text, now, t.session(), t.reply(), now));
            }
            StringWriter out = new StringWriter();
            assertEquals(0, run(out, "report", "unanswered", "--since", "1d", "--data", data.toString(), "--json"),
                    out.toString());
            JsonNode report = new ObjectMapper().readTree(out.toString());
            JsonNode first = report.path("groups").get(0);
            assertEquals("今天天气怎么样", first.path("question").asText(), report.toPrettyString());
            assertTrue(first.path("count").asInt() >= 4, first.toString());
            assertTrue(first.path("variants").size() >= 3, first.toString());

            StringWriter text = new StringWriter();
            assertEquals(0, run(text, "report", "unanswered", "--data", data.toString()));
            assertTrue(text.toString().contains(" 1. 今天天气怎么样"), text.toString());
            assertTrue(text.toString().contains("closest entry"), text.toString());
        }
        StringWriter bad = new StringWriter();
        assertEquals(2, run(bad, "report", "unanswered", "--since", "soon", "--data", data.toString()));
        assertEquals(1, run(bad, "report", "unanswered", "--data", data.resolve("missing").toString()));
        assertTrue(bad.toString().contains("missing"), bad.toString());
    }
}
