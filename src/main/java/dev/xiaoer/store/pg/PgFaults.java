package dev.xiaoer.store.pg;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Which PostgreSQL failures are the database's, not one statement's: the server is gone, starting,
 * shutting down or out of connections, or the pool got no connection in time. No write succeeds
 * until they pass; the store reports itself unavailable (503 store_unavailable) and probes until
 * the database answers again.
 */
final class PgFaults {
    private PgFaults() {
    }

    /** Why the database cannot be used, in words for an operator; null when {@code e} is one statement's failure. */
    static String of(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException se) {
                String state = se.getSQLState() == null ? "" : se.getSQLState();
                if (state.startsWith("08")) {
                    return "the database connection failed (" + state + ": " + firstLine(se) + ")";
                }
                switch (state) {
                    case "57P01", "57P02", "57P03" -> {
                        return "the database is shutting down or starting (" + state + ")";
                    }
                    case "53300", "53100", "53200" -> {
                        return "the database is out of connections, disk or memory (" + state + ")";
                    }
                    case "25006" -> {
                        return "the database is read-only (" + state + "): a standby, not the primary";
                    }
                    default -> {
                        // look further down the causes
                    }
                }
            }
        }
        if (e instanceof SQLTransientConnectionException) {
            return "no database connection within the pool's timeout (" + firstLine(e) + ")";
        }
        return null;
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
