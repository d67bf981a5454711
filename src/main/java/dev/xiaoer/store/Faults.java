package dev.xiaoer.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Which SQLite failures are the disk's or the file's, not one write's: no write can succeed until
 * they pass (space freed, permissions fixed), so the store stops writing and retries, instead of
 * failing messages one by one.
 */
final class Faults {
    private Faults() {
    }

    /** Why nothing can be written, in words for an operator; null when {@code e} is one write's failure. */
    static String of(SQLException e) {
        int code = e instanceof SQLiteException se && se.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR
                ? se.getResultCode().code : e.getErrorCode();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ((code & 0xFF) == 0xFF || code == 0) { // an extended code the driver does not know: its message says
            code = message.contains("SQLITE_FULL") ? 13 : message.contains("SQLITE_READONLY") ? 8
                    : message.contains("SQLITE_IOERR") ? 10 : message.contains("SQLITE_CANTOPEN") ? 14 : code;
        }
        return switch (code & 0xFF) { // the primary code of an extended one (SQLITE_IOERR_WRITE is an IOERR)
            case 13 -> "the disk is full (SQLITE_FULL)";
            case 8 -> "the database file or its directory is read-only (SQLITE_READONLY)";
            case 10 -> "a disk I/O error (" + name(e, code) + ")";
            case 14 -> "the database file cannot be opened (SQLITE_CANTOPEN)";
            case 7 -> "out of memory (SQLITE_NOMEM)";
            case 5 -> "another process holds the database's write lock (SQLITE_BUSY)";
            default -> null;
        };
    }

    private static String name(SQLException e, int code) {
        if (e instanceof SQLiteException se) {
            return se.getResultCode().name();
        }
        SQLiteErrorCode known = SQLiteErrorCode.getErrorCode(code);
        return known == SQLiteErrorCode.UNKNOWN_ERROR ? "SQLITE_IOERR" : known.name();
    }
}
