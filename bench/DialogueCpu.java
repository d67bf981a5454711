import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the workers' dialogue costs per message, without HTTP, the store or a load generator: runs
 * bench/messages.lua's conversations (its questions and flow answers, 64 conversations at a time, a
 * question then three answers each, the same texts in the same order) through DialogueEngine.handle
 * on one thread, sessions kept in memory, and prints per round the thread's CPU per message, and once
 * a digest of every reply of one pass with how many of each kind (the same digest before and after a
 * change: the same replies). Run from the repository root; not part of `mvn verify`.
 *
 *   java -cp target/xiaoer.jar bench/DialogueCpu.java [ROUNDS=10] [PASSES per round=20]
 */
public final class DialogueCpu {
    private static final int SLOTS = 64;
    private static final int TURNS = 4;
    private static final int CONVERSATIONS_PER_SLOT = 8;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String lua = Files.readString(Path.of("bench/messages.lua"));
        List<String> questions = new ArrayList<>();
        Matcher q = Pattern.compile("\\[=\\[(.*?)]=]").matcher(lua);
        while (q.find()) {
            questions.add(q.group(1));
        }
        Matcher a = Pattern.compile("local answers = \\{(.*?)}").matcher(lua);
        if (!a.find()) {
            throw new IllegalStateException("no answers in bench/messages.lua");
        }
        List<String> answers = new ArrayList<>();
        Matcher s = Pattern.compile("\"([^\"]*)\"").matcher(a.group(1));
        while (s.find()) {
            answers.add(s.group(1));
        }
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        DialogueEngine engine = DialogueEngine.create(kb, RetrievalSettings.defaults(), Duration.ofMinutes(30));
        // messages.lua's order: slot by slot, turn by turn (lua's 1-based lists, as there)
        List<String[]> messages = new ArrayList<>();
        for (int conversation = 0; conversation < CONVERSATIONS_PER_SLOT; conversation++) {
            for (int step = 0; step < TURNS; step++) {
                for (int slot = 0; slot < SLOTS; slot++) {
                    String text = step == 0 ? questions.get((slot * 7 + conversation * 13) % questions.size())
                            : answers.get((slot + conversation + step) % answers.size());
                    messages.add(new String[] {"w-" + slot + "-" + conversation, text});
                }
            }
        }
        Map<dev.xiaoer.dialogue.Kind, Integer> kinds = new EnumMap<>(dev.xiaoer.dialogue.Kind.class);
        StringBuilder digest = new StringBuilder();
        pass(engine, messages, kinds, digest);
        System.out.printf("%d messages a pass (%d questions, %d answers); kinds %s; replies' digest %08x%n",
                messages.size(), questions.size(), answers.size(), kinds, digest.toString().hashCode());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int w = 0; w < 3 * passes; w++) {
            pass(engine, messages, null, null);
        }
        double[] perRound = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long cpu = mx.getCurrentThreadCpuTime();
            for (int p = 0; p < passes; p++) {
                pass(engine, messages, null, null);
            }
            perRound[r] = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / ((double) passes * messages.size());
            System.out.printf("round %d: %.1f us of CPU per message%n", r, perRound[r]);
        }
        Arrays.sort(perRound);
        System.out.printf("median %.1f us per message%n", perRound[rounds / 2]);
    }

    private static void pass(DialogueEngine engine, List<String[]> messages, Map<dev.xiaoer.dialogue.Kind, Integer> kinds,
                             StringBuilder digest) {
        Map<String, Session> sessions = new java.util.HashMap<>();
        Instant now = Instant.parse("2026-12-02T12:00:00Z");
        for (String[] m : messages) {
            Turn turn = engine.handle(sessions.get(m[0]), m[0], m[1], now);
            sessions.put(m[0], turn.session());
            if (digest != null) {
                Reply r = turn.reply();
                kinds.merge(r.kind(), 1, Integer::sum);
                digest.append(r).append(turn.session()).append('\n');
            }
        }
    }
}
