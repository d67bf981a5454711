import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two builds' dialogue in one JVM, alternating block by block on one thread: each jar in a class loader of its own,
 * bench/messages.lua's conversations as bench/DialogueCpu.java runs them, the thread's CPU per message of each block,
 * and the ratio of each pair of blocks (B / A; the order within a pair alternates). A machine whose load drifts moves
 * both blocks of a pair alike. Also the bytes each build allocates a message (the thread's allocation counter, median
 * over the blocks), which the load does not move. Run from the repository root (knowledge/, bench/messages.lua).
 *
 *   java bench/DialogueAb.java A.jar B.jar [BLOCKS=30] [PASSES per block=3]
 */
public final class DialogueAb {
    private static final int SLOTS = 64, TURNS = 4, CONVERSATIONS_PER_SLOT = 8;

    /** One build: its engine and the methods a turn is run with. */
    private record Build(String name, Object engine, Method handle, Method session, Method reply) {
        static Build load(String jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> loaderClass = loader.loadClass("dev.xiaoer.knowledge.KnowledgeLoader");
            Object result = loaderClass.getMethod("load", Path.class).invoke(null, Path.of("knowledge"));
            Object kb = result.getClass().getMethod("knowledge").invoke(result);
            Class<?> settingsClass = loader.loadClass("dev.xiaoer.retrieval.RetrievalSettings");
            Object settings = settingsClass.getMethod("defaults").invoke(null);
            Class<?> engineClass = loader.loadClass("dev.xiaoer.dialogue.DialogueEngine");
            Class<?> kbClass = loader.loadClass("dev.xiaoer.knowledge.KnowledgeBase");
            Object engine = engineClass.getMethod("create", kbClass, settingsClass, Duration.class)
                    .invoke(null, kb, settings, Duration.ofMinutes(30));
            Class<?> sessionClass = loader.loadClass("dev.xiaoer.dialogue.Session");
            Class<?> turnClass = loader.loadClass("dev.xiaoer.dialogue.Turn");
            return new Build(jar, engine, engineClass.getMethod("handle", sessionClass, String.class, String.class, Instant.class),
                    turnClass.getMethod("session"), turnClass.getMethod("reply"));
        }

        String pass(List<String[]> messages, boolean digest) throws Exception {
            Map<String, Object> sessions = new HashMap<>();
            Instant now = Instant.parse("2026-12-02T12:00:00Z");
            StringBuilder d = digest ? new StringBuilder() : null;
            for (String[] m : messages) {
                Object turn = handle.invoke(engine, sessions.get(m[0]), m[0], m[1], now);
                Object s = session.invoke(turn);
                sessions.put(m[0], s);
                if (d != null) {
                    d.append(reply.invoke(turn)).append(s).append('\n');
                }
            }
            return d == null ? null : String.format("%08x", d.toString().hashCode());
        }
    }

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
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
        Build[] builds = {Build.load(args[0]), Build.load(args[1])};
        for (Build b : builds) {
            System.out.printf("%s: replies' digest %s%n", b.name(), b.pass(messages, true));
        }
        for (int w = 0; w < 3 * passes; w++) {
            for (Build b : builds) {
                b.pass(messages, false);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long thread = Thread.currentThread().getId();
        double[][] us = new double[2][blocks];
        double[][] bytes = new double[2][blocks];
        double[] ratio = new double[blocks];
        for (int k = 0; k < blocks; k++) {
            for (int i = 0; i < 2; i++) {
                int which = k % 2 == 0 ? i : 1 - i;
                long allocated = alloc.getThreadAllocatedBytes(thread);
                long cpu = mx.getCurrentThreadCpuTime();
                for (int p = 0; p < passes; p++) {
                    builds[which].pass(messages, false);
                }
                us[which][k] = (mx.getCurrentThreadCpuTime() - cpu) / 1e3 / ((double) passes * messages.size());
                bytes[which][k] = (alloc.getThreadAllocatedBytes(thread) - allocated) / ((double) passes * messages.size());
            }
            ratio[k] = us[1][k] / us[0][k];
            System.out.printf("block %2d: A %.1f  B %.1f  B/A %.3f%n", k, us[0][k], us[1][k], ratio[k]);
        }
        System.out.printf("median us a message: A %.1f  B %.1f; median B/A %.3f (blocks %d x %d passes)%n",
                median(us[0]), median(us[1]), median(ratio), blocks, passes);
        System.out.printf("median KB allocated a message: A %.2f  B %.2f%n", median(bytes[0]) / 1024, median(bytes[1]) / 1024);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
