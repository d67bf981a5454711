package dev.xiaoer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.it.Shipped.Result;
import dev.xiaoer.it.Shipped.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as shipped, run as a user runs it from the repository root: {@code java -jar
 * target/xiaoer.jar validate | ask | chat | serve | report}, and {@code bin/xiaoer} with its
 * class-data archive. Each check reads what the process printed and its exit code.
 */
class ShippedJarIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void validateSaysTheKnowledgeIsGood() throws Exception {
        Result r = Shipped.run(Shipped.jar("validate"), Map.of(), null, ROOT);
        assertEquals(0, r.exit(), r.err());
        assertTrue(Pattern.matches("knowledge: ok — \\d+ FAQ entries, \\d+ flows, \\d+ synonym rules \\(version [0-9a-f]{12}\\)",
                r.out().strip()), r.out());
    }

    @Test
    void validatePointsAtTheLineOfABadFlowField(@TempDir Path dir) throws Exception {
        Path kb = copyKnowledge(dir);
        Path faq = kb.resolve("faq/deposit.yaml");
        List<String> lines = Files.readAllLines(faq);
        int line = 0;
        for (int i = 0; i < lines.size() && line == 0; i++) {
            if (lines.get(i).strip().equals("flow: deposit-refund")) {
                lines.set(i, lines.get(i).replace("deposit-refund", "deposit-refnd"));
                line = i + 1;
            }
        }
        assumeTrue(line > 0, "deposit.yaml names no flow any more");
        Files.write(faq, lines);
        Result r = Shipped.run(Shipped.jar("validate", "--knowledge", kb.toString()), Map.of(), null, ROOT);
        assertEquals(1, r.exit());
        assertEquals(kb + "/faq/deposit.yaml:" + line + ": FAQ entry 'deposit.refund': flow 'deposit-refnd' does not exist"
                + " (flows: appeal-check, deposit-refund, return-checklist, waybill-fix)", r.out().strip());
        assertEquals("1 problem(s) in " + kb, r.err().strip());
    }

    @Test
    void askAnswersFromTheArgumentOrStandardInput() throws Exception {
        Result plain = Shipped.run(Shipped.jar("ask", "保证金怎么退"), Map.of(), null, ROOT);
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.outLines().get(0).startsWith("[flow deposit.refund "), plain.out());
        assertEquals("", plain.err(), "nothing on stderr: no JVM notes, no stack traces");

        Result json = Shipped.run(Shipped.jar("ask", "--json", "-"), Map.of(), "保證金怎麼退\n", ROOT);
        assertEquals(0, json.exit(), json.err());
        JsonNode reply = JSON.readTree(json.out());
        assertEquals("flow", reply.path("kind").asText());
        assertEquals("deposit.refund", reply.path("faqId").asText());
        assertTrue(reply.path("text").asText().contains("保證金"), "asked in Traditional, answered in Traditional: " + reply);

        Result blank = Shipped.run(Shipped.jar("ask", "-"), Map.of(), "  \n", ROOT);
        assertEquals(2, blank.exit());
        assertEquals("ask: the question is blank", blank.err().strip());
    }

    @Test
    void chatTakesAConversationOnStandardInput() throws Exception {
        Result r = Shipped.run(Shipped.jar("chat"), Map.of(), "保证金怎么退\n1\n/quit\n", ROOT);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("小二已就绪"), r.out());
        assertTrue(r.out().contains("[flow deposit.refund"), r.out());
        assertTrue(r.out().contains("  (都关好了)"), "quick reply 1 picked: " + r.out());
        assertTrue(r.out().contains("deposit-refund/check-orders"), "the flow moved on: " + r.out());
    }

    @Test
    void serveAnswersReportsAlongsideRefusesASecondAndStopsCleanly(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        int port = Shipped.freePort();
        try (Server serve = new Server(Shipped.jar("serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", data.toString()), Map.of(), ROOT, port).awaitReady()) {
            assertEquals(200, Shipped.get(port, "/healthz").statusCode());
            var answered = Shipped.post(port, "/v1/messages",
                    "{\"conversationId\":\"it-1\",\"text\":\"保证金怎么退\",\"msgId\":\"m-1\"}");
            assertEquals(200, answered.statusCode(), answered.body());
            assertEquals("flow", JSON.readTree(answered.body()).path("kind").asText());
            var missed = Shipped.post(port, "/v1/messages",
                    "{\"conversationId\":\"it-2\",\"text\":\"你们支持跨境物流报关吗\",\"msgId\":\"m-1\"}");
            assertEquals(200, missed.statusCode(), missed.body());

            String metrics = Shipped.get(port, "/metrics").body();
            assertTrue(metrics.contains("xiaoer_messages_total{kind=\"flow\"} 1"), metrics);
            assertTrue(metrics.contains("\njvm_memory_used_bytes{area=\"heap\"} "), metrics);
            assertTrue(metrics.contains("\nprocess_cpu_seconds_total "), metrics);

            Result report = Shipped.run(Shipped.jar("report", "unanswered", "--data", data.toString()), Map.of(), null, ROOT);
            assertEquals(0, report.exit(), report.err());
            assertTrue(report.out().startsWith("unanswered since "), report.out());

            Result second = Shipped.run(Shipped.jar("serve", "--host", "127.0.0.1", "--port", String.valueOf(Shipped.freePort()),
                    "--data", data.toString()), Map.of(), null, ROOT);
            assertEquals(2, second.exit(), second.out() + second.err());
            assertEquals(List.of("serve: the data directory " + data + " is in use by another xiaoer serve; stop it, or use another --data"),
                    second.err().lines().toList());

            int exit = serve.stop();
            assertEquals(143, exit, "SIGTERM: 128 + 15 after the shutdown hook: " + serve.log());
            assertTrue(serve.log().contains("shut down cleanly"), serve.log());
        }
    }

    @Test
    void theLauncherStartsWithTheClassDataArchive() throws Exception {
        Path archive = Path.of(Shipped.JAR.toString().replaceFirst("\\.jar$", ".jsa"));
        assumeTrue(Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(Shipped.JAR)) >= 0,
                "built with -Dcds.skip: no " + archive + " made from this jar");
        // -Xshare:on makes a JVM that cannot map the archive fail instead of starting without it
        Result r = Shipped.run(List.of(Shipped.LAUNCHER.toString(), "validate"), Map.of("JAVA_OPTS", "-Xshare:on"), null, ROOT);
        assertEquals(0, r.exit(), "the archive did not map: " + r.out() + r.err());
        assertTrue(r.out().startsWith("knowledge: ok"), r.out());
        Result ask = Shipped.run(List.of(Shipped.LAUNCHER.toString(), "ask", "保证金怎么退"), Map.of("JAVA_OPTS", "-Xshare:on"), null, ROOT);
        assertEquals(0, ask.exit(), ask.err());
        assertTrue(ask.out().startsWith("[flow deposit.refund "), ask.out());
    }

    private static Path copyKnowledge(Path dir) throws IOException {
        Path kb = dir.resolve("knowledge");
        try (Stream<Path> files = Files.walk(Shipped.KNOWLEDGE)) {
            for (Path f : files.toList()) {
                Path to = kb.resolve(Shipped.KNOWLEDGE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        return kb;
    }
}
