package dev.xiaoer.store;

import java.nio.file.Path;

/** A data directory another store writes (another {@code serve}, or this process): it is not opened. */
public final class DataDirectoryInUse extends IllegalStateException {
    public DataDirectoryInUse(Path dataDir) {
        super("the data directory " + dataDir + " is in use by another xiaoer serve; stop it, or use another --data");
    }
}
