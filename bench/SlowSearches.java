import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the rare slow search is (issue 19: JMH's p99.99 of SearchBenchmark.real): runs
 * Retriever.search over the texts of eval/cases.yaml, ROUNDS times after 300 rounds of warm-up, on
 * one thread, timing each search (System.nanoTime) and the thread's own CPU during it, and sorts
 * every search over 1 ms into: a stop-the-world pause (a safepoint of the JVM's log overlapping it
 * for at least a third of its time: a GC, or a periodic "Cleanup" waiting for every thread to reach
 * it), the search itself (on a CPU most of the time: a cold path), or waiting for a core (neither).
 * The JVM's deoptimizations (a compiled method thrown away at an uncommon trap: the thread goes on in
 * the interpreter until the method is compiled again) are recorded with JFR on the searching thread,
 * and a search on a CPU that follows one within 50 ms is listed with the deoptimized method and why;
 * the searches on a CPU are also sampled (JFR execution samples every 10 ms) to name where they ran.
 * Run from the repository root, with the JVM's safepoint log in System.nanoTime's terms:
 *
 *   java -Xlog:safepoint:file=/tmp/safepoints.log:tn -cp target/xiaoer.jar bench/SlowSearches.java 60 /tmp/safepoints.log
 *
 * Not part of `mvn verify`.
 */
public final class SlowSearches {
    private static final long SLOW_NANOS = 1_000_000;
    private static final Pattern SAFEPOINT = Pattern.compile("\\[(\\d+)ns\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");

    private record Slow(long start, long end, long cpu, String text) {
    }

    private record Pause(long start, long end, String what) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        Retriever retriever = Retriever.build(kb, new TextNormalizer(kb, new ScriptConverter()), RetrievalSettings.defaults());
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("eval/cases.yaml"))) {
            int at = line.indexOf("text:");
            if (at >= 0) {
                texts.add(line.substring(at + 5).trim().replaceAll("^[\"']|[\"']$", ""));
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Recording jfr = new Recording();
        jfr.enable("jdk.Deoptimization").withStackTrace();
        jfr.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
        jfr.start();
        // System.nanoTime in epoch nanoseconds, to match JFR's event times
        long epochOffset = System.currentTimeMillis() * 1_000_000 - System.nanoTime();
        long sink = 0;
        for (int w = 0; w < 300; w++) {
            for (String t : texts) {
                sink += retriever.search(t).hashCode();
            }
        }
        long[] walls = new long[rounds * texts.size()];
        int n = 0;
        List<Slow> slow = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += retriever.search(t).hashCode();
                long t1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                walls[n++] = t1 - t0;
                if (t1 - t0 > SLOW_NANOS) {
                    slow.add(new Slow(t0, t1, c1 - c0, t));
                }
            }
        }
        Arrays.sort(walls);
        Path dump = Files.createTempFile("slowsearches", ".jfr");
        jfr.stop();
        jfr.dump(dump);
        List<RecordedEvent> events = RecordingFile.readAllEvents(dump);
        Files.delete(dump);
        long me = Thread.currentThread().getId();
        events.removeIf(e -> {
            var thread = e.hasField("sampledThread") ? e.getThread("sampledThread") : e.getThread();
            return thread == null || thread.getJavaThreadId() != me;
        });
        System.out.printf("%d searches (%d): p50 %d us, p99 %d, p99.9 %d, p99.99 %d, max %d; %d over 1 ms%n", n, sink & 1,
                walls[n / 2] / 1000, walls[(int) (n * 0.99)] / 1000, walls[(int) (n * 0.999)] / 1000,
                walls[(int) (n * 0.9999)] / 1000, walls[n - 1] / 1000, slow.size());
        List<Pause> pauses = new ArrayList<>();
        if (args.length > 1) {
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                Matcher m = SAFEPOINT.matcher(line);
                if (m.find()) {
                    long end = Long.parseLong(m.group(1));
                    pauses.add(new Pause(end - Long.parseLong(m.group(3)), end, m.group(2)));
                }
            }
        }
        TreeMap<String, List<long[]>> kinds = new TreeMap<>();
        for (Slow s : slow) {
            long wall = s.end() - s.start();
            long paused = 0;
            StringBuilder what = new StringBuilder();
            for (Pause p : pauses) {
                if (p.start() < s.end() && p.end() > s.start()) {
                    paused += Math.min(s.end(), p.end()) - Math.max(s.start(), p.start());
                    what.append(what.length() == 0 ? "" : "+").append(p.what());
                }
            }
            String kind = paused * 3 > wall ? "paused: " + what : s.cpu() * 10 > wall * 7 ? "on a CPU: the search itself"
                    : "waiting for a core";
            kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(new long[] {wall, s.cpu(), paused});
            if (kind.startsWith("on a CPU")) {
                onCpu(s, events, epochOffset);
            }
        }
        kinds.forEach((kind, list) -> {
            list.sort((a, b) -> Long.compare(a[0], b[0]));
            long[] mid = list.get(list.size() / 2);
            System.out.printf("  %-40s %4d  wall median %.2f ms (max %.2f), its CPU median %.2f ms, paused %.2f ms%n", kind,
                    list.size(), mid[0] / 1e6, list.get(list.size() - 1)[0] / 1e6, mid[1] / 1e6, mid[2] / 1e6);
        });
        System.out.println(pauses.size() + " safepoints in the log; "
                + events.stream().filter(e -> e.getEventType().getName().equals("jdk.Deoptimization")).count()
                + " deoptimizations on the searching thread in the measured rounds");
        TreeMap<String, Integer> deopts = new TreeMap<>();
        for (RecordedEvent e : events) {
            if (e.getEventType().getName().equals("jdk.Deoptimization")) {
                deopts.merge(e.getValue("method.type.name") + "." + e.getValue("method.name") + " (" + e.getString("reason")
                        + ", " + e.getString("action") + ")", 1, Integer::sum);
            }
        }
        deopts.forEach((what, count) -> System.out.printf("  %3d  %s%n", count, what));
    }

    /** A search on a CPU: the deoptimizations on this thread in the 50 ms before it ended, and where it was sampled. */
    private static void onCpu(Slow s, List<RecordedEvent> events, long epochOffset) {
        long from = s.start() + epochOffset - 50_000_000;
        long to = s.end() + epochOffset;
        System.out.printf("  on a CPU %.2f ms (CPU %.2f ms): %s%n", (s.end() - s.start()) / 1e6, s.cpu() / 1e6, s.text());
        for (RecordedEvent e : events) {
            long at = e.getStartTime().getEpochSecond() * 1_000_000_000L + e.getStartTime().getNano();
            if (at < from || at > to) {
                continue;
            }
            if (e.getEventType().getName().equals("jdk.Deoptimization")) {
                System.out.printf("    deoptimized %.1f ms before its end: %s.%s line %d (%s, %s)%n", (to - at) / 1e6,
                        e.getValue("method.type.name"), e.getValue("method.name"), e.getInt("lineNumber"),
                        e.getString("reason"), e.getString("action"));
            } else if (at >= s.start() + epochOffset && e.getStackTrace() != null && !e.getStackTrace().getFrames().isEmpty()) {
                RecordedFrame top = e.getStackTrace().getFrames().get(0);
                System.out.printf("    sampled in %s.%s (%s)%n", top.getMethod().getType().getName(), top.getMethod().getName(),
                        top.getType());
            }
        }
    }
}
