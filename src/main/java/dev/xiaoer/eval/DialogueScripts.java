package dev.xiaoer.eval;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.text.Durations;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs conversation scripts ({@code *.yaml}: a list of turns, each what the seller says and what of
 * the reply it checks) through a {@link Dialogue} and reports every turn that got something else.
 * A turn checks any of: {@code kind}, {@code faqId}, {@code flow} (an id, or null for no flow object),
 * {@code step}, {@code notStep}, {@code done}, {@code suspended} (flow ids or {@code {id, step}}, most recent first),
 * {@code contains} (text fragments), {@code options} (a count), {@code handedOff},
 * {@code unreadable}, {@code related} (a count), {@code traditional}; {@code advance: 31m} moves the
 * clock before the turn. Every script starts on the same clock, {@link #START}: dates sellers write
 * (11月20号) are read against it, as the scripts' writers did.
 */
public final class DialogueScripts {
    /** 10:00 on 2 December 2026 in China, the day the scripts with dates in them were written for. */
    static final Instant START = Instant.parse("2026-12-02T02:00:00Z");

    /** What one script did: its misses (none when it passed), one line each. */
    public record Result(String script, int turns, List<String> misses) {
        public Result {
            misses = List.copyOf(misses);
        }

        public boolean passed() {
            return misses.isEmpty();
        }
    }

    private final Dialogue dialogue;
    private final ScriptConverter script = new ScriptConverter();

    public DialogueScripts(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    /** Every {@code *.yaml} script in {@code dir}, by name. */
    public List<Result> runAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<Result> results = new ArrayList<>();
        for (Path f : files) {
            results.add(run(f));
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    public Result run(Path file) throws IOException {
        Map<String, Object> doc;
        try {
            doc = new Yaml(new LoaderOptions()).load(Files.readString(file));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a conversation script: " + e.getMessage(), e);
        }
        List<Map<String, Object>> turns = doc == null ? null : (List<Map<String, Object>>) doc.get("turns");
        if (turns == null) {
            throw new IOException(file + ": a conversation script needs 'turns'");
        }
        String name = file.getFileName().toString();
        List<String> misses = new ArrayList<>();
        Session session = null;
        Instant now = START;
        int n = 0;
        for (Map<String, Object> t : turns) {
            n++;
            now = now.plusSeconds(10);
            if (t.containsKey("advance")) {
                now = now.plus(Durations.parse(String.valueOf(t.get("advance"))));
            }
            String said = String.valueOf(t.get("say"));
            Turn turn = dialogue.handle(session, "c-script", said, now);
            session = turn.session();
            for (String miss : check(t, turn.reply(), session)) {
                misses.add(name + " turn " + n + " (" + said + "): " + miss + " — got " + describe(turn.reply()));
            }
        }
        return new Result(name, n, misses);
    }

    private List<String> check(Map<String, Object> t, Reply reply, Session session) {
        List<String> misses = new ArrayList<>();
        if (t.containsKey("kind") && !Objects.equals(t.get("kind"), reply.kind().wire())) {
            misses.add("kind " + t.get("kind"));
        }
        if (t.containsKey("faqId") && !Objects.equals(t.get("faqId"), reply.faqId())) {
            misses.add("faqId " + t.get("faqId"));
        }
        if (t.containsKey("flow")) {
            String flow = reply.flow() == null ? null : reply.flow().id();
            if (!Objects.equals(t.get("flow"), flow)) {
                misses.add("flow " + t.get("flow"));
            }
        }
        if (t.containsKey("step") && (reply.flow() == null || !Objects.equals(t.get("step"), reply.flow().step()))) {
            misses.add("step " + t.get("step"));
        }
        if (t.containsKey("notStep") && reply.flow() != null && Objects.equals(t.get("notStep"), reply.flow().step())) {
            misses.add("not step " + t.get("notStep"));
        }
        if (t.containsKey("done")) {
            if (reply.flow() == null || !Objects.equals(t.get("done"), reply.flow().done())) {
                misses.add("done " + t.get("done"));
            }
        } else if (t.containsKey("step") && reply.flow() != null && reply.flow().done()) {
            misses.add("flow unexpectedly done");
        }
        if (t.containsKey("suspended") && !pausedAsExpected(t.get("suspended"), reply)) {
            misses.add("suspended " + t.get("suspended"));
        }
        if (t.containsKey("contains")) {
            Object c = t.get("contains");
            // in either script: a reply to a Traditional writer says 轉出 where the script wrote 转出 (the
            // script itself is what "traditional" checks)
            String said = script.toSimplified(reply.text());
            for (Object fragment : c instanceof List<?> list ? list : List.of(c)) {
                if (!said.contains(script.toSimplified(String.valueOf(fragment)))) {
                    misses.add("text lacks '" + fragment + "'");
                }
            }
        }
        count(t, "options", reply.options().size(), misses);
        count(t, "related", reply.related().size(), misses);
        count(t, "unreadable", session.unreadable(), misses);
        if (t.containsKey("handedOff") && !Objects.equals(t.get("handedOff"), session.handedOff())) {
            misses.add("handedOff " + t.get("handedOff"));
        }
        if (t.containsKey("traditional") && !Objects.equals(t.get("traditional"), isTraditional(reply))) {
            misses.add("traditional " + t.get("traditional"));
        }
        misses.addAll(contractMisses(reply));
        return misses;
    }

    /** What the contract asks of every reply, whatever the script checks. */
    private static List<String> contractMisses(Reply reply) {
        List<String> misses = new ArrayList<>();
        if (reply.text() == null || reply.confidence() < 0 || reply.confidence() > 1) {
            misses.add("text or confidence out of contract");
        }
        boolean clarify = reply.kind() == Kind.CLARIFY;
        if (clarify && (reply.options().size() < 2 || !reply.options().stream().allMatch(o -> o instanceof Related))) {
            misses.add("a clarify needs two or more entry options");
        }
        if (!clarify && !reply.options().stream().allMatch(o -> o instanceof String)) {
            misses.add("quick replies are strings");
        }
        if (reply.kind() == Kind.HUMAN && !reply.text().isEmpty()) {
            misses.add("a human reply is silent");
        }
        if (reply.kind() == Kind.FALLBACK && reply.faqId() != null) {
            misses.add("a fallback has no faqId");
        }
        return misses;
    }

    private boolean isTraditional(Reply reply) {
        if (!script.isTraditional(reply.text())) {
            return false;
        }
        for (Object o : reply.options()) {
            String s = o instanceof Related r ? r.question() : String.valueOf(o);
            if (!script.toTraditional(s).equals(s)) {
                return false;
            }
        }
        return true;
    }

    private static void count(Map<String, Object> t, String key, int actual, List<String> misses) {
        if (t.containsKey(key) && ((Number) t.get(key)).intValue() != actual) {
            misses.add(key + " " + t.get(key));
        }
    }

    private static String describe(Reply r) {
        return r.kind().wire() + " faq=" + r.faqId() + " flow=" + (r.flow() == null ? null
                : r.flow().id() + "/" + r.flow().step() + (r.flow().done() ? " done" : "")
                + (r.flow().suspended().isEmpty() ? "" : " over " + r.flow().suspended()))
                + " text=" + r.text().replace("\n", " / ");
    }

    /**
     * Whether the flows {@code reply} keeps paused are {@code expected}: flow ids, or the contract's {@code {id, step}}
     * (most recent first); a {@code {id, step}} item checks the step the flow waits at too.
     */
    private static boolean pausedAsExpected(Object expected, Reply reply) {
        List<FlowFrame> paused = reply.flow() == null ? List.of() : reply.flow().suspended();
        if (!(expected instanceof List<?> items) || items.size() != paused.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            FlowFrame frame = paused.get(i);
            boolean same = items.get(i) instanceof Map<?, ?> item
                    ? Objects.equals(item.get("id"), frame.flowId()) && Objects.equals(item.get("step"), frame.stepId())
                    : Objects.equals(items.get(i), frame.flowId());
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
