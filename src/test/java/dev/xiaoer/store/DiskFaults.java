package dev.xiaoer.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Disk faults injected at the JDBC layer, so that they run everywhere (no file system to fill): the
 * store's writer connection is wrapped, and while the disk is "full" every commit fails as SQLite's
 * does when the log cannot grow: {@code SQLITE_FULL}, with the transaction rolled back underneath
 * (SQLite may do that on its own), which is what left the old writer out of step with its connection.
 * While "read-only" every write statement fails with {@code SQLITE_READONLY}.
 */
public final class DiskFaults {
    private volatile boolean full;
    private volatile boolean readOnly;
    private final AtomicInteger failedCommits = new AtomicInteger();

    /** A store in {@code dataDir} whose writer's connections suffer these faults. */
    public static SqliteConversationStore store(Path dataDir, DiskFaults faults) {
        return SqliteConversationStore.open(dataDir, 2, false, faults::wrap);
    }

    public void full(boolean on) {
        full = on;
    }

    public void readOnly(boolean on) {
        readOnly = on;
    }

    /** Commits failed for a full disk so far. */
    public int failedCommits() {
        return failedCommits.get();
    }

    Connection wrap(Connection real) {
        return proxy(Connection.class, real, (proxy, method, args) -> {
            switch (method.getName()) {
                case "createStatement" -> {
                    return statement(Statement.class, (Statement) invoke(real, method, args), real, null);
                }
                case "prepareStatement" -> {
                    return statement(PreparedStatement.class, (PreparedStatement) invoke(real, method, args), real,
                            (String) args[0]);
                }
                case "commit" -> {
                    if (full) {
                        fullCommit(real);
                    }
                }
                default -> {
                }
            }
            return invoke(real, method, args);
        });
    }

    private <T extends Statement> T statement(Class<T> type, T real, Connection connection, String preparedSql) {
        return proxy(type, real, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") || name.equals("addBatch")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String given ? given : preparedSql;
                String verb = sql == null ? "" : sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
                if (full && (verb.equals("COMMIT") || verb.equals("END"))) {
                    fullCommit(connection);
                }
                if (readOnly && (verb.equals("INSERT") || verb.equals("UPDATE") || verb.equals("DELETE")
                        || verb.equals("CREATE") || verb.equals("ALTER") || verb.equals("DROP") || verb.equals("REPLACE"))) {
                    throw new SQLiteException("[SQLITE_READONLY] Attempt to write a readonly database "
                            + "(attempt to write a readonly database)", SQLiteErrorCode.SQLITE_READONLY);
                }
            }
            return invoke(real, method, args);
        });
    }

    /** As SQLite does when the log cannot grow at commit: the transaction is gone, and SQLITE_FULL. */
    private void fullCommit(Connection real) throws SQLException {
        failedCommits.incrementAndGet();
        try (Statement st = real.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // nothing was open
        }
        throw new SQLiteException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)",
                SQLiteErrorCode.SQLITE_FULL);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T real, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(DiskFaults.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
