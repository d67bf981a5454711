import dev.xiaoer.dialogue.FlowPosition;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * What the SQLite store's threads cost per exchange, without HTTP, dialogue or a load generator:
 * queues exchanges shaped like bench/messages.lua's (64 conversations at a time, a question then
 * three flow answers each, a ~200-character reply) through {@code commitAsync} at RATE a second,
 * and prints, per round, the CPU of the writer, completer and checkpointer threads per exchange
 * (ThreadMXBean). On a shared machine these move far less between runs than the service's CPU per
 * message does, and only the store's own work is in them. Not part of `mvn verify`.
 *
 *   java -cp target/xiaoer.jar bench/StoreWriter.java [RATE=3000] [SECONDS per round=6] [ROUNDS=3]
 *
 * With {@code -Dvfs=/path/to/extension.so} it first loads that SQLite extension (bench/walpairvfs.c:
 * a VFS that registers itself as the default), so the store's connections use it.
 */
public final class StoreWriter {
    private static final int CONVERSATIONS = 64;
    private static final String REPLY = ("保证金退回需要先关闭店铺的所有保障服务，包括买家保障和官方直送等子服务；"
            + "关闭后系统会在7个工作日内完成审核，审核通过后保证金会解冻，您可以在保障服务中心申请转出到绑定的支付宝账户。").repeat(2);

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String vfs = System.getProperty("vfs");
        if (vfs != null) { // the extension registers its VFS as the default: every connection opened after uses it
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.enableLoadExtension(true);
            try (java.sql.Connection boot = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:", config.toProperties());
                 java.sql.Statement st = boot.createStatement()) {
                st.execute("SELECT load_extension('" + vfs.replace("'", "''") + "')");
            }
        }
        Path dir = Files.createTempDirectory("store-writer");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long n = 0;
        try (SqliteConversationStore store = SqliteConversationStore.open(dir)) {
            Semaphore inFlight = new Semaphore(CONVERSATIONS);
            for (int round = 0; round < rounds; round++) {
                long[] before = cpu(threads);
                long start = System.nanoTime();
                long first = n;
                long next = start;
                while (System.nanoTime() - start < seconds * 1_000_000_000L) {
                    inFlight.acquire();
                    store.commitAsync(exchange(n++, round)).whenComplete((stored, failure) -> {
                        inFlight.release();
                        if (failure != null) {
                            failure.printStackTrace();
                        }
                    });
                    next += 1_000_000_000L / rate;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                inFlight.acquire(CONVERSATIONS);
                inFlight.release(CONVERSATIONS);
                long[] after = cpu(threads);
                double exchanges = n - first;
                System.out.printf("round %d: %d exchanges, us per exchange: writer %.1f completer %.1f checkpointer %.1f%n",
                        round, n - first, (after[0] - before[0]) / 1e3 / exchanges,
                        (after[1] - before[1]) / 1e3 / exchanges, (after[2] - before[2]) / 1e3 / exchanges);
            }
        }
    }

    /** The i-th exchange: conversation slot i % 64, a question then three flow answers, as bench/messages.lua. */
    private static Exchange exchange(long i, int round) {
        long slot = i % CONVERSATIONS;
        long conversation = i / (CONVERSATIONS * 4L);
        String step = "s" + (i / CONVERSATIONS) % 4;
        String cid = "w1-" + slot + "-" + conversation + "r" + round;
        String msgId = "m" + i;
        Instant now = Instant.now();
        Session session = Session.fresh(cid, now).atStep("deposit", step);
        Reply reply = new Reply(cid, msgId, Kind.FLOW, REPLY, "faq-deposit", 0.87, List.of("是", "还没"),
                new FlowPosition("deposit", step, false, List.of()), List.of());
        return new Exchange(cid, msgId, null, "保证金怎么退回来", now, session, reply, now, null);
    }

    /** CPU so far of the writer, completer and checkpointer threads, ns. */
    private static long[] cpu(ThreadMXBean threads) {
        long[] cpu = new long[3];
        for (ThreadInfo t : threads.dumpAllThreads(false, false)) {
            int k = switch (t.getThreadName()) {
                case "store-writer" -> 0;
                case "store-completer" -> 1;
                case "store-checkpointer" -> 2;
                default -> -1;
            };
            if (k >= 0) {
                cpu[k] += threads.getThreadCpuTime(t.getThreadId());
            }
        }
        return cpu;
    }
}
