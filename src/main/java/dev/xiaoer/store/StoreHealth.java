package dev.xiaoer.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the store can serve, for readiness and metrics: whether its writer can write (a full
 * disk, a read-only file or an I/O error stop it until they pass; it retries by itself), and what
 * the integrity check at start found.
 *
 * @param unwritable      why writes fail now ("the disk is full (SQLITE_FULL)"), or null while they work
 * @param unwritableSince when writes began to fail, or null
 * @param check           the integrity check's state
 * @param checkResult     what the check found when it failed ("*** in database main *** Page 7: ..."), or null
 * @param checkTime       how long the check took, or null until it is done
 */
public record StoreHealth(String unwritable, Instant unwritableSince, Check check, String checkResult,
                          Duration checkTime) {

    /** The integrity check at start ({@code PRAGMA quick_check}), run in the background. */
    public enum Check { OFF, RUNNING, OK, FAILED }

    /** A store that writes and has not been checked: what stores without these concerns report. */
    public static final StoreHealth WRITABLE = new StoreHealth(null, null, Check.OFF, null, null);

    public boolean writable() {
        return unwritable == null;
    }

    public boolean checkFailed() {
        return check == Check.FAILED;
    }
}
