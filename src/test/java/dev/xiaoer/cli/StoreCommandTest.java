package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.Exchange;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.StoreDamage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code store check} and {@code store backup}, beside a store that is being written. */
class StoreCommandTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private static int run(StringWriter out, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private static Exchange exchange(String cid, int turn) {
        Session session = new Session(cid, null, List.of(), turn, 0, List.of(), null, T0.plusSeconds(turn), false);
        return new Exchange(cid, "m" + turn, null, "问 " + turn, T0.plusSeconds(turn), session,
                new Reply(cid, "m" + turn, Kind.FAQ, "答 " + turn, "a.b", 0.9, List.of(), null, List.of()),
                T0.plusSeconds(turn));
    }

    @Test
    void checkSaysOkForASoundStoreAndNamesTheDamageOfABrokenOne() throws Exception {
        Path data = dir.resolve("data");
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            store.commit(exchange("c", 1));
            StringWriter out = new StringWriter();
            assertEquals(0, run(out, "store", "check", "--data", data.toString()), out.toString());
            assertTrue(out.toString().contains(": ok (quick_check"), out.toString());
            StringWriter full = new StringWriter();
            assertEquals(0, run(full, "store", "check", "--full", "--data", data.toString()), full.toString());
            assertTrue(full.toString().contains(": ok (integrity_check"), full.toString());
        }
        Path broken = dir.resolve("broken");
        StoreDamage.damagedStore(broken, 300, 64);
        StringWriter out = new StringWriter();
        assertEquals(1, run(out, "store", "check", "--data", broken.toString()), out.toString());
        assertTrue(out.toString().contains("damaged"), out.toString());
    }

    @Test
    void checkOfNoStoreIsOneLine() {
        StringWriter out = new StringWriter();
        assertEquals(1, run(out, "store", "check", "--data", dir.resolve("none").toString()));
        assertEquals(1, out.toString().strip().lines().count(), out.toString());
        assertTrue(out.toString().startsWith("store check: no conversation store in"), out.toString());
    }

    @Test
    void backupCopiesAConsistentSnapshotWhileTheStoreIsWritten() throws Exception {
        Path data = dir.resolve("data");
        Path copy = dir.resolve("backup.db");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            for (int i = 1; i <= 200; i++) {
                store.commit(exchange("before", i));
            }
            Thread writer = new Thread(() -> {
                int turn = 0;
                while (writing.get()) {
                    store.commit(exchange("during", ++turn));
                    written.set(turn);
                }
            });
            writer.start();
            StringWriter out = new StringWriter();
            try {
                assertEquals(0, run(out, "store", "backup", "--data", data.toString(), "--to", copy.toString()),
                        out.toString());
            } finally {
                writing.set(false);
                writer.join();
            }
            assertTrue(out.toString().contains("quick_check of the copy: ok"), out.toString());
            StringWriter again = new StringWriter();
            assertEquals(1, run(again, "store", "backup", "--data", data.toString(), "--to", copy.toString()));
            assertTrue(again.toString().contains("exists"), again.toString());
        }
        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(copy, restored.resolve("xiaoer.db"));
        try (SqliteConversationStore store = SqliteConversationStore.open(restored)) {
            assertEquals(400, store.transcript("before").size());
            int during = store.transcript("during").size();
            assertEquals(0, during % 2, "whole exchanges only");
            assertTrue(during / 2 <= written.get());
            if (during > 0) {
                assertEquals(during / 2, store.session("during").orElseThrow().unreadable(), "session and lines agree");
            }
        }
        assertTrue(Files.notExists(dir.resolve("backup.db.partial")));
    }
}
