package dev.xiaoer.store.pg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.store.StoreContract;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.testing.TestPostgres;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The database stops and comes back: the store says it cannot write meanwhile, then writes again with no reopening. */
class PgOutageTest {

    @Test
    void aDatabaseRestartMakesTheStoreUnavailableThenWritableWithoutReopening() throws Exception {
        try (TestPostgres pg = TestPostgres.start(false);
             PgConversationStore store = PgConversationStore.open(pg.newDatabase(), 4, 10_000)) {
            store.turn("c", "m-1", k -> StoreContractAccess.exchange("c", "m-1")).join();
            pg.stop();
            CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> store.turn("c", "m-2", k -> StoreContractAccess.exchange("c", "m-2")).join());
            assertInstanceOf(StoreException.class, failed.getCause());
            assertTrue(failed.getCause().getMessage().startsWith("the store cannot write"), failed.getCause().getMessage());
            assertFalse(store.health().writable(), "unwritable while the database is down");
            pg.startServer();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!store.health().writable() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(store.health().writable(), "the probe found the database again");
            store.turn("c", "m-2", k -> StoreContractAccess.exchange("c", "m-2")).join();
            assertTrue(store.answered("c", "m-2").isPresent());
        }
    }

    /** The contract's builders, from this package. */
    private static final class StoreContractAccess extends StoreContract {
        static dev.xiaoer.store.Exchange exchange(String cid, String msgId) {
            return StoreContract.exchange(cid, msgId, "q", session(cid, null, null, T0), reply(cid, msgId, Kind.FAQ, 1));
        }

        @Override
        protected dev.xiaoer.store.ConversationStore open() {
            throw new UnsupportedOperationException();
        }
    }
}
