package dev.xiaoer.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three nodes' reloaders sharing a generation number (the shared store's row): an admin reload on
 * one reaches the others, each reading its own files; a node whose files are invalid keeps its old
 * version and says why.
 */
class KnowledgeSyncTest {

    private static KnowledgeReloader node(Path knowledge) {
        KnowledgeReloader r = new KnowledgeReloader(knowledge.toString(), () -> KnowledgeLoader.load(knowledge), kb -> { },
                false, Clock.systemUTC());
        assertTrue(r.reload("startup").ok());
        return r;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void anAdminReloadOnOneNodeReachesTheOthersAndAnInvalidNodeKeepsItsVersion(@TempDir Path tmp) throws Exception {
        Path[] dirs = new Path[3];
        KnowledgeReloader[] nodes = new KnowledgeReloader[3];
        for (int i = 0; i < 3; i++) {
            dirs[i] = TestFiles.copyTree(Path.of("knowledge"), tmp.resolve("node" + i));
            nodes[i] = node(dirs[i]);
        }
        String before = nodes[0].version();
        AtomicLong generation = new AtomicLong(); // the store's row
        KnowledgeSync[] syncs = new KnowledgeSync[3];
        for (int i = 0; i < 3; i++) {
            syncs[i] = KnowledgeSync.start(generation::get, generation::incrementAndGet, nodes[i], Duration.ofMillis(50));
        }
        try {
            for (int i = 0; i < 2; i++) { // the new files reach nodes 0 and 1; node 2 gets broken ones
                Files.writeString(dirs[i].resolve("synonyms.txt"), "\n# edited\n", StandardOpenOption.APPEND);
            }
            Files.writeString(dirs[2].resolve("faq").resolve("zz-broken.yaml"), "- id: [\n");
            assertEquals(before, nodes[1].version(), "nothing reloads before it is asked to");

            ReloadAttempt asked = nodes[0].reload("admin");
            assertTrue(asked.changed());
            assertEquals(1, generation.get());
            await(() -> asked.version().equals(nodes[1].version()), "node 1 reloaded after node 0's admin reload");
            await(() -> nodes[2].failures() == 1, "node 2 tried and refused its files");
            assertEquals(before, nodes[2].version(), "node 2 keeps serving its old version");
            assertNotEquals(before, nodes[1].version());
            assertTrue(nodes[2].status().toString().contains("zz-broken.yaml"), nodes[2].status().toString());
            Thread.sleep(200);
            assertEquals(0, nodes[1].reloads() - 1, "one reload per admin reload, not one per poll");
            assertEquals(1, generation.get(), "a node reloading for a peer does not raise the generation again");
        } finally {
            for (KnowledgeSync s : syncs) {
                s.close();
            }
        }
    }
}
