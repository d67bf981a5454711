package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, injected at the JDBC layer (runs everywhere): writes fail while it lasts, nothing is
 * acknowledged that was not committed, and the writer works again by itself once there is room.
 */
class FullDiskTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05.678Z");

    @TempDir
    Path data;

    static Exchange exchange(String cid, String msgId, int turn) {
        return exchange(cid, msgId, turn, "");
    }

    /** Turn {@code turn} of a conversation: the seller asks "问 turn", the bot answers "答 turn", each followed by {@code more}. */
    static Exchange exchange(String cid, String msgId, int turn, String more) {
        Session session = new Session(cid, null, List.of(), turn, 0, List.of(), null, T0.plusSeconds(turn), false);
        Reply reply = new Reply(cid, msgId, Kind.FAQ, "答 " + turn + more, "a.b", 0.9, List.of(), null, List.of());
        return new Exchange(cid, msgId, null, "问 " + turn + more, T0.plusSeconds(turn), session, reply,
                T0.plusSeconds(turn));
    }

    /** Commits until one succeeds or {@code within} has passed; returns whether one did. */
    static boolean commitsWithin(ConversationStore store, Exchange exchange, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                store.commitAsync(exchange).join();
                return true;
            } catch (CompletionException | StoreException notYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    @Test
    void writesFailWhileTheDiskIsFullAndWorkAgainOnceThereIsRoom() throws Exception {
        DiskFaults disk = new DiskFaults();
        try (SqliteConversationStore store = DiskFaults.store(data, disk)) {
            store.commit(exchange("c", "m1", 1));
            assertTrue(store.health().writable());
            disk.full(true);
            assertThrows(StoreException.class, () -> store.commit(exchange("c", "m2", 2)));
            StoreHealth health = store.health();
            assertFalse(health.writable());
            assertEquals("the disk is full (SQLITE_FULL)", health.unwritable());
            assertTrue(health.unwritableSince() != null);
            StoreException fast = assertThrows(StoreException.class, () -> store.commit(exchange("c", "m2", 2)));
            assertTrue(fast.getMessage().contains("the disk is full"), fast.getMessage());
            assertTrue(disk.failedCommits() >= 1);
            assertEquals("问 1", store.transcript("c").get(0).text(), "reads go on while writes cannot");
            disk.full(false);
            assertTrue(commitsWithin(store, exchange("c", "m2", 2), Duration.ofSeconds(10)),
                    "the writer recovers once there is room, with no restart");
            assertTrue(store.health().writable(), store.health().toString());
            store.commit(exchange("c", "m3", 3));
        }
        try (SqliteConversationStore again = SqliteConversationStore.open(data)) {
            List<String> lines = again.transcript("c").stream().map(TranscriptEntry::text).toList();
            assertEquals(List.of("问 1", "答 1", "问 2", "答 2", "问 3", "答 3"), lines,
                    "every exchange whole, once, in order: none committed in part while the disk was full");
            assertEquals(3, again.session("c").orElseThrow().unreadable());
        }
    }

    @Test
    void theWriterProbesByItselfSoAStoreWithNoTrafficBecomesWritableAgain() throws Exception {
        DiskFaults disk = new DiskFaults();
        try (SqliteConversationStore store = DiskFaults.store(data, disk)) {
            disk.full(true);
            assertThrows(StoreException.class, () -> store.commit(exchange("c", "m1", 1)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (disk.failedCommits() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(disk.failedCommits() >= 3, "it keeps trying while full: " + disk.failedCommits());
            disk.full(false);
            deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!store.health().writable() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(store.health().writable(), "writable again with no message sent (a load balancer sends none "
                    + "while /readyz says 503)");
        }
    }

    @Test
    void aReadOnlyDatabaseIsRefusedAtStartInOneLine() {
        SqliteConversationStore.open(data).close();
        DiskFaults disk = new DiskFaults();
        disk.readOnly(true);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DiskFaults.store(data, disk));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().contains(data.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        SqliteConversationStore.open(data).close(); // the directory was let go
    }

    @Test
    void aDatabaseFileThisUserCannotWriteIsRefusedAtStart() throws Exception {
        SqliteConversationStore.open(data).close();
        Path file = data.resolve("xiaoer.db");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            Assumptions.assumeFalse(Files.isWritable(file),
                    "skipped: this user (root?) may write a read-only file; the injected SQLITE_READONLY covers it");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> SqliteConversationStore.open(data));
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void theOutboxRecordsDeliveriesAgainOnceThereIsRoom() throws Exception {
        DiskFaults disk = new DiskFaults();
        try (SqliteConversationStore store = DiskFaults.store(data, disk)) {
            Exchange e = exchange("c", "m1", 1);
            store.commit(new Exchange(e.conversationId(), e.msgId(), null, e.text(), e.receivedAt(), e.session(),
                    e.reply(), e.repliedAt(), new Outbound("test", "somewhere", "robot", null)));
            OutboxItem item = store.outbox().due(T0.plusSeconds(60), 10).get(0);
            disk.full(true);
            assertThrows(StoreException.class, () -> store.outbox().record(
                    List.of(new OutboxUpdate.Retry(item.id(), 1, T0.plusSeconds(61), "timeout"))));
            disk.full(false);
            store.outbox().record(List.of(new OutboxUpdate.Retry(item.id(), 1, T0.plusSeconds(61), "timeout")));
            store.outbox().record(List.of(new OutboxUpdate.Sent(item.id(), T0.plusSeconds(62))));
            assertEquals(1, store.outbox().counts().get(OutboxItem.State.SENT), "recorded once there is room");
        }
    }
}
