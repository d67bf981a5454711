package dev.xiaoer.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** A store damaged in the middle of its file, as a disk or a copy gone wrong leaves it: for tests. */
public final class StoreDamage {
    private StoreDamage() {
    }

    /**
     * Writes {@code conversations} conversations of a few exchanges to a store in {@code data}, closes it,
     * then overwrites {@code pages} pages in the middle of the file with garbage.
     */
    public static void damagedStore(Path data, int conversations, int pages) throws IOException {
        try (SqliteConversationStore store = SqliteConversationStore.open(data, 1)) {
            for (int c = 0; c < conversations; c++) {
                for (int turn = 1; turn <= 3; turn++) {
                    store.commit(FullDiskTest.exchange("c-" + c, "m" + turn, turn, "退货运费谁出".repeat(20)));
                }
            }
        }
        Path file = data.resolve(SqliteConversationReader.FILE);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            int pageSize = 4096;
            long middle = raf.length() / pageSize / 2 * pageSize;
            byte[] garbage = new byte[pageSize * pages];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.seek(middle);
            raf.write(garbage);
        }
    }
}
