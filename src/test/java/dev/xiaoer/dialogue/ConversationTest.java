package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every conversation of {@code src/test/resources/conversations/*.yaml} against the real
 * knowledge base. Each turn says something and checks what it names of the reply:
 * {@code kind}, {@code faqId}, {@code flow} (an id, or null for no flow object), {@code step},
 * {@code done}, {@code contains} (text fragments), {@code options} (count), {@code handedOff},
 * {@code related} (count), {@code unreadable}, {@code traditional} (reply text in Traditional script);
 * {@code advance: 31m} moves the clock before the turn.
 */
class ConversationTest {
    private static final Path DIR = Path.of("src/test/resources/conversations");
    private static DialogueEngine engine;
    private static final ScriptConverter SCRIPT = new ScriptConverter();

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> "knowledge problems: " + result.problems());
        engine = DialogueEngine.create(result.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    static Stream<Path> conversations() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    @SuppressWarnings("unchecked")
    void conversation(Path file) throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(file));
        List<Map<String, Object>> turns = (List<Map<String, Object>>) doc.get("turns");
        assertNotNull(turns, file + ": no turns");
        Session session = null;
        Instant now = Instant.parse("2024-05-01T09:00:00Z");
        int n = 0;
        for (Map<String, Object> t : turns) {
            n++;
            now = now.plusSeconds(10);
            if (t.containsKey("advance")) {
                now = now.plus(duration(String.valueOf(t.get("advance"))));
            }
            String said = String.valueOf(t.get("say"));
            Turn turn = engine.handle(session, "c-test", said, now);
            session = turn.session();
            Reply reply = turn.reply();
            String where = file.getFileName() + " turn " + n + " (" + said + ") -> " + describe(reply);
            check(t, reply, session, where);
        }
    }

    private static void check(Map<String, Object> t, Reply reply, Session session, String where) {
        assertNotNull(reply.text(), where);
        assertTrue(reply.confidence() >= 0 && reply.confidence() <= 1, where + ": confidence out of range");
        if (t.containsKey("kind")) {
            assertEquals(t.get("kind"), reply.kind().wire(), where + ": kind");
        }
        if (t.containsKey("faqId")) {
            assertEquals(t.get("faqId"), reply.faqId(), where + ": faqId");
        }
        if (t.containsKey("flow")) {
            if (t.get("flow") == null) {
                assertNull(reply.flow(), where + ": flow should be null");
            } else {
                assertNotNull(reply.flow(), where + ": flow missing");
                assertEquals(t.get("flow"), reply.flow().id(), where + ": flow id");
            }
        }
        if (t.containsKey("step")) {
            assertNotNull(reply.flow(), where + ": flow missing");
            assertEquals(t.get("step"), reply.flow().step(), where + ": step");
        }
        if (t.containsKey("done")) {
            assertNotNull(reply.flow(), where + ": flow missing");
            assertEquals(t.get("done"), reply.flow().done(), where + ": done");
        } else if (reply.flow() != null && t.containsKey("step")) {
            assertFalse(reply.flow().done(), where + ": flow unexpectedly done");
        }
        if (t.containsKey("contains")) {
            Object c = t.get("contains");
            for (Object fragment : c instanceof List<?> list ? list : List.of(c)) {
                assertTrue(reply.text().contains(String.valueOf(fragment)), where + ": text lacks '" + fragment + "'");
            }
        }
        if (t.containsKey("options")) {
            assertEquals(((Number) t.get("options")).intValue(), reply.options().size(), where + ": options");
        }
        if (t.containsKey("related")) {
            assertEquals(((Number) t.get("related")).intValue(), reply.related().size(), where + ": related");
            reply.related().forEach(r -> assertTrue(r.question() != null && !r.question().isBlank(), where));
        }
        if (t.containsKey("handedOff")) {
            assertEquals(t.get("handedOff"), session.handedOff(), where + ": handedOff");
        }
        if (t.containsKey("unreadable")) {
            assertEquals(((Number) t.get("unreadable")).intValue(), session.unreadable(), where + ": unreadable");
        }
        if (t.containsKey("traditional")) {
            boolean trad = SCRIPT.isTraditional(reply.text());
            assertEquals(t.get("traditional"), trad, where + ": script");
            if (trad) {
                for (Object o : reply.options()) {
                    String s = o instanceof Related r ? r.question() : String.valueOf(o);
                    assertEquals(SCRIPT.toTraditional(s), s, where + ": option not in Traditional: " + s);
                }
            }
        }
        if (reply.kind() == Kind.CLARIFY) {
            assertTrue(reply.options().size() >= 2, where + ": clarify needs options");
            reply.options().forEach(o -> assertTrue(o instanceof Related, where + ": clarify option " + o));
        } else {
            reply.options().forEach(o -> assertTrue(o instanceof String, where + ": quick reply " + o));
        }
        if (reply.kind() == Kind.HUMAN) {
            assertEquals("", reply.text(), where + ": human replies are silent");
        }
        if (reply.kind() == Kind.FALLBACK) {
            assertNull(reply.faqId(), where + ": fallback has no faqId");
        }
    }

    private static String describe(Reply r) {
        return r.kind().wire() + " faq=" + r.faqId() + " flow=" + r.flow() + " text=" + r.text().replace("\n", " / ");
    }

    private static Duration duration(String s) {
        char unit = s.charAt(s.length() - 1);
        long v = Long.parseLong(s.substring(0, s.length() - 1));
        return switch (unit) {
            case 's' -> Duration.ofSeconds(v);
            case 'm' -> Duration.ofMinutes(v);
            case 'h' -> Duration.ofHours(v);
            default -> {
                fail("bad duration " + s);
                yield Duration.ZERO;
            }
        };
    }
}
