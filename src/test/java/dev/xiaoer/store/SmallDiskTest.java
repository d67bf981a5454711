package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.cli.ServeCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The store on a real small file system (a tmpfs), filled for real: writes fail while it is full,
 * nothing is acknowledged that was not committed, the writer works again once space is freed (no
 * restart), every acknowledged exchange is there afterwards; and read-only files are refused at start.
 */
@SuppressWarnings("try") // SmallDisk's close may be interrupted
class SmallDiskTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskStopsWritesUntilSpaceIsFreedAndLosesNothingAcknowledged() throws Exception {
        String text = "运单号填错了怎么改".repeat(120); // ~3 KB a line: the disk fills in a few hundred exchanges
        Map<String, Integer> acknowledged = new LinkedHashMap<>(); // msgId -> turn
        Path data;
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 3)) {
            data = disk.mountPoint.resolve("data");
            try (SqliteConversationStore store = SqliteConversationStore.open(data, 2)) {
                int turn = 0;
                List<String> failures = new ArrayList<>();
                while (failures.size() < 5 && turn < 5_000) {
                    turn++;
                    try {
                        // a success after a failure is possible: a checkpoint may let the log start over
                        // in the space it already has
                        store.commitAsync(FullDiskTest.exchange("c", "m" + turn, turn, text)).join();
                        acknowledged.put("m" + turn, turn);
                    } catch (CompletionException | StoreException full) {
                        failures.add(String.valueOf((full.getCause() != null ? full.getCause() : full).getMessage()));
                    }
                }
                assertFalse(failures.isEmpty(), "the disk filled after " + turn + " exchanges");
                for (String failure : failures) {
                    assertTrue(failure.startsWith("the store cannot write: the disk is full (SQLITE_FULL)"), failure);
                }

                disk.resize(16); // space freed
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (!store.health().writable() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(store.health().writable(), "writable again by itself: " + store.health());
                turn++;
                store.commit(FullDiskTest.exchange("c", "m" + turn, turn, "又能写了"));
                acknowledged.put("m" + turn, turn);
            }
            try (SqliteConversationStore again = SqliteConversationStore.open(data, 1)) {
                List<TranscriptEntry> lines = again.transcript("c");
                Map<String, List<TranscriptEntry>> byMsg = new LinkedHashMap<>();
                lines.forEach(l -> byMsg.computeIfAbsent(l.msgId(), k -> new ArrayList<>()).add(l));
                for (String msgId : acknowledged.keySet()) {
                    assertTrue(byMsg.containsKey(msgId), "acknowledged and lost: " + msgId);
                }
                byMsg.forEach((msgId, pair) -> assertEquals(2, pair.size(), "an exchange stored whole: " + msgId));
                int last = acknowledged.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
                assertEquals(last, again.session("c").orElseThrow().unreadable());
                assertEquals("ok", quickCheck(data));
            }
        }
    }

    @Test
    void aReadOnlyFileSystemIsRefusedAtStartInOneLine() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(tmp.resolve("disk"), 8)) {
            Path data = disk.mountPoint.resolve("data");
            SqliteConversationStore.open(data, 1).close();
            disk.readOnly(true);
            try {
                RuntimeException e = assertThrows(RuntimeException.class, () -> SqliteConversationStore.open(data, 1));
                assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("read-only"), e.getMessage());
                StringWriter err = new StringWriter();
                CommandLine serve = new CommandLine(new ServeCommand((kb, ttl) -> null));
                serve.setErr(new PrintWriter(err));
                assertEquals(1, serve.execute("--host", "127.0.0.1", "--port", "0", "--data", data.toString()));
                assertEquals(1, err.toString().strip().lines().count(), err.toString());
                assertTrue(err.toString().startsWith("serve: ")
                        && err.toString().toLowerCase(Locale.ROOT).contains("read-only"), err.toString());
            } finally {
                disk.readOnly(false);
            }
        }
    }

    private static String quickCheck(Path data) throws Exception {
        try (Connection c = SqliteConnections.readOnly(data.resolve(SqliteConversationReader.FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
