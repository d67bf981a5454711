import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Allocation per message, from a JFR recording of `xiaoer serve` under load: the bytes every thread
 * allocated over the recording (jdk.ThreadAllocationStatistics, last minus first per thread), by
 * thread group, divided by the messages answered in it; and the top allocation sites
 * (jdk.ObjectAllocationSample, by weight: the sampled bytes stand for all allocated since the last
 * sample), each as the allocating frame and the first frame of the service's own code under it.
 *
 *   java bench/Allocations.java RECORDING.jfr MESSAGES [TOP]
 *
 * Record with settings=profile (ObjectAllocationSample at 300/s), as bench/allocations.sh does.
 */
public class Allocations {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java bench/Allocations.java RECORDING.jfr MESSAGES [TOP]");
            System.exit(2);
        }
        double messages = Double.parseDouble(args[1]);
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Map<Long, long[]> byThread = new HashMap<>(); // id -> first, last
        Map<Long, String> names = new HashMap<>();
        Map<String, Long> sites = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        Map<String, Long> classes = new HashMap<>();
        long sampled = 0;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (e.getEventType().getName()) {
                case "jdk.ThreadAllocationStatistics" -> {
                    if (e.getThread("thread") == null) {
                        continue;
                    }
                    long id = e.getThread("thread").getJavaThreadId();
                    names.put(id, e.getThread("thread").getJavaName());
                    long allocated = e.getLong("allocated");
                    long[] fl = byThread.computeIfAbsent(id, k -> new long[] {allocated, allocated});
                    fl[0] = Math.min(fl[0], allocated);
                    fl[1] = Math.max(fl[1], allocated);
                }
                case "jdk.ObjectAllocationSample" -> {
                    // a thread's first sample weighs all it allocated since its last one, before the recording
                    if (e.getThread("eventThread") == null || !seen.add(e.getThread("eventThread").getJavaThreadId())) {
                        if (e.getThread("eventThread") != null) {
                            long weight = e.getLong("weight");
                            sampled += weight;
                            sites.merge(site(e.getStackTrace()), weight, Long::sum);
                            types.merge(e.getClass("objectClass").getName(), weight, Long::sum);
                            classes.merge(ownClass(e.getStackTrace()), weight, Long::sum);
                        }
                    }
                }
                default -> { }
            }
        }
        Map<String, Long> groups = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<Long, long[]> t : byThread.entrySet()) {
            long bytes = t.getValue()[1] - t.getValue()[0];
            total += bytes;
            groups.merge(group(names.get(t.getKey())), bytes, Long::sum);
        }
        System.out.printf("allocated %.1f MB in all, %.1f KB a message (%.0f messages)%n", total / 1e6, total / 1e3 / messages, messages);
        groups.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(g -> System.out.printf("  %-14s %8.2f KB a message%n", g.getKey(), g.getValue() / 1e3 / messages));
        System.out.printf("sampled sites (weights sum to %.1f MB), KB a message:%n", sampled / 1e6);
        print(sites, top, messages);
        System.out.println("by the service's class that allocates (its first frame in the stack), KB a message:");
        print(classes, 20, messages);
        System.out.println("by type, KB a message:");
        print(types, 12, messages);
    }

    private static void print(Map<String, Long> weights, int top, double messages) {
        weights.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(s -> System.out.printf("  %6.2f  %s%n", s.getValue() / 1e3 / messages, s.getKey()));
    }

    /** The allocating frame, and the first frame of the service's own code below it when that is another. */
    private static String site(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        List<RecordedFrame> frames = stack.getFrames();
        String first = name(frames.get(0));
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (n.startsWith("dev.xiaoer.")) {
                return n.equals(first) ? first : first + "  <  " + n;
            }
        }
        return frames.size() > 1 ? first + "  <  " + name(frames.get(1)) : first;
    }

    /** The class of the first frame of the service's own code in the stack, or the first frame's package. */
    private static String ownClass(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            if (type.startsWith("dev.xiaoer.")) {
                int lambda = type.indexOf("$$");
                return lambda > 0 ? type.substring(0, lambda) : type;
            }
        }
        String type = stack.getFrames().get(stack.getFrames().size() - 1).getMethod().getType().getName();
        return "(no service frame; bottom) " + type;
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName() + ":" + f.getLineNumber();
    }

    private static String group(String thread) {
        if (thread == null) {
            return "other";
        }
        if (thread.startsWith("xiaoer-worker")) {
            return "workers";
        }
        if (thread.startsWith("xiaoer-io")) {
            return "event loops";
        }
        if (thread.startsWith("store-")) {
            return thread;
        }
        return "other";
    }
}
