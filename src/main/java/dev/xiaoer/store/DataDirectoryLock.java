package dev.xiaoer.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock on {@value #FILE} in a data directory, held by the one store that writes the directory
 * for as long as it is open: conversations are ordered, and sessions kept in memory, by the one
 * store that writes them. Readers ({@link SqliteConversationReader}) take no lock.
 */
final class DataDirectoryLock implements AutoCloseable {
    static final String FILE = "xiaoer.lock";
    private static final Logger log = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final FileChannel channel;

    private DataDirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the directory's lock; refuses a directory another store holds, in this process or another. */
    static DataDirectoryLock acquire(Path dataDir) throws IOException {
        FileChannel channel = FileChannel.open(dataDir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        boolean held;
        try {
            held = channel.tryLock() != null;
        } catch (OverlappingFileLockException e) { // this process holds it already
            held = false;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (!held) {
            channel.close();
            throw new DataDirectoryInUse(dataDir);
        }
        return new DataDirectoryLock(channel);
    }

    /** Releases the directory: the next store may open it. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            log.warn("store: releasing the data directory lock failed: {}", e.toString());
        }
    }
}
