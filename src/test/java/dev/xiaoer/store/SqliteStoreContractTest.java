package dev.xiaoer.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite store. */
class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path data;

    @Override
    protected ConversationStore open() {
        return SqliteConversationStore.open(data);
    }
}
