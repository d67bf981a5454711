package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's lists by page: the handoff queue and a transcript, each holding its place. */
class PagingTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @TempDir
    Path data;

    private static Exchange handoff(String cid, int second) {
        Instant at = T0.plusSeconds(second);
        Session s = new Session(cid, null, List.of(), 1, 0, List.of(), HandoffReason.REQUESTED, at, false);
        return new Exchange(cid, "m", null, "转人工", at, s,
                new Reply(cid, "m", Kind.HANDOFF, "正在转接", null, 1.0, List.of(), null, List.of()), at);
    }

    @Test
    void theHandoffQueueByPagesIsTheWholeQueueInOrder() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            int[] seconds = {50, 10, 30, 30, 30, 20, 40}; // ties at 30 s: ordered by id
            for (int i = 0; i < seconds.length; i++) {
                store.commit(handoff("h-" + i, seconds[i]));
            }
            List<HandedOff> paged = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String after = null;
            do {
                Page<HandedOff> page = store.handedOff(after, 3);
                paged.addAll(page.items());
                sizes.add(page.items().size());
                after = page.next();
            } while (after != null);
            assertEquals(List.of(3, 3, 1), sizes);
            assertEquals(store.handedOff(), paged);

            Page<HandedOff> first = store.handedOff(null, 3);
            store.commit(handoff("h-early", 0)); // joins the queue before the first page's end
            store.saveSession(store.session("h-1").orElseThrow().resolved(T0.plusSeconds(60)));
            Page<HandedOff> second = store.handedOff(first.next(), 3);
            assertEquals(paged.subList(3, 6), second.items(), "the next page holds its place");
            assertThrows(IllegalArgumentException.class, () -> store.handedOff("nonsense", 3));
        }
    }

    @Test
    void aTranscriptByPagesIsTheWholeTranscript() {
        try (SqliteConversationStore store = SqliteConversationStore.open(data)) {
            for (int turn = 1; turn <= 10; turn++) {
                store.commit(FullDiskTest.exchange("c", "m" + turn, turn));
            }
            List<TranscriptEntry> paged = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String after = null;
            do {
                Page<TranscriptEntry> page = store.transcript("c", after, 6);
                paged.addAll(page.items());
                sizes.add(page.items().size());
                after = page.next();
            } while (after != null);
            assertEquals(List.of(6, 6, 6, 2), sizes);
            assertEquals(store.transcript("c"), paged);
            Page<TranscriptEntry> exact = store.transcript("c", null, 20);
            assertEquals(20, exact.items().size());
            assertNull(exact.next(), "no empty page after an exact fit");
            assertEquals(0, store.transcript("nobody", null, 5).items().size());
            assertThrows(IllegalArgumentException.class, () -> store.transcript("c", "x", 5));
        }
    }
}
