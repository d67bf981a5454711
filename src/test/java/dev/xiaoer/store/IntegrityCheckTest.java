package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integrity check a serving store runs in the background at start. */
class IntegrityCheckTest {
    @TempDir
    Path data;

    static StoreHealth awaitChecked(ConversationStore store) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (store.health().check() == StoreHealth.Check.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return store.health();
    }

    @Test
    void aSoundStorePassesAndSaysHowLongItTook() throws Exception {
        try (SqliteConversationStore store = SqliteConversationStore.open(data, 1, true)) {
            store.commit(FullDiskTest.exchange("c", "m1", 1));
            StoreHealth health = awaitChecked(store);
            assertEquals(StoreHealth.Check.OK, health.check());
            assertNotNull(health.checkTime());
            assertFalse(health.checkFailed());
        }
        try (SqliteConversationStore unchecked = SqliteConversationStore.open(data, 1)) {
            assertEquals(StoreHealth.Check.OFF, unchecked.health().check());
        }
    }

    @Test
    void damageInTheMiddleOfTheFileFailsTheCheck() throws Exception {
        StoreDamage.damagedStore(data, 300, 64);
        try (SqliteConversationStore store = SqliteConversationStore.open(data, 1, true)) {
            StoreHealth health = awaitChecked(store);
            assertEquals(StoreHealth.Check.FAILED, health.check(), String.valueOf(health));
            assertTrue(health.checkFailed());
            assertTrue(health.checkResult() != null && !health.checkResult().isBlank(), String.valueOf(health));
            assertTrue(health.writable(), "the writer is another matter: " + health);
        }
    }
}
