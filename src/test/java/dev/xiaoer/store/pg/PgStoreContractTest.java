package dev.xiaoer.store.pg;

import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.StoreContract;
import dev.xiaoer.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on PostgreSQL: a throwaway cluster for the class, a fresh database per test. */
class PgStoreContractTest extends StoreContract {
    private static TestPostgres pg;

    @BeforeAll
    static void cluster() throws Exception {
        pg = TestPostgres.start(false);
    }

    @AfterAll
    static void stop() {
        if (pg != null) {
            pg.close();
        }
    }

    @Override
    protected ConversationStore open() throws Exception {
        return PgConversationStore.open(pg.newDatabase(), 4, 10_000);
    }
}
