package dev.xiaoer.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered migrations and how they are applied, whatever the database: the version is the one row of
 * {@code schema_version} (made when missing); every migration newer than it is applied in order, each
 * in its own transaction with the new version; a database written by a newer xiaoer is refused rather
 * than misread. Each dialect keeps its own list ({@code store.Schema} for SQLite, {@code pg.PgSchema},
 * which also holds a lock around it so that nodes starting together migrate once).
 */
public final class Migrations {
    private final List<List<String>> steps;

    /** @param steps migration {@code n} is {@code steps.get(n - 1)}: its statements, in order */
    public Migrations(List<List<String>> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The latest schema version these migrations make. */
    public int latest() {
        return steps.size();
    }

    /**
     * Brings the database up to {@link #latest()}; returns the version it found. The connection's
     * auto-commit is as it was afterwards.
     *
     * @throws IllegalStateException when the database's version is newer than {@link #latest()}
     */
    public int apply(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        }
        int found = version(connection);
        if (found > latest()) {
            throw new IllegalStateException("the database has schema version " + found
                    + ", newer than this xiaoer knows (" + latest() + "); upgrade xiaoer");
        }
        for (int v = found + 1; v <= latest(); v++) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                for (String sql : steps.get(v - 1)) {
                    st.execute(sql);
                }
                st.execute("DELETE FROM schema_version");
                st.execute("INSERT INTO schema_version(version) VALUES (" + v + ")");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        }
        return found;
    }

    /** The version in {@code schema_version}, 0 when it has no row; the table must exist. */
    public static int version(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
