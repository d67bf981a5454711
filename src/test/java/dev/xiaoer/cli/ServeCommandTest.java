package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.xiaoer.store.SqliteConversationStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

class ServeCommandTest {

    static ServeCommand parse(Map<String, String> env, String... args) {
        ServeCommand serve = new ServeCommand((kb, ttl) -> {
            throw new AssertionError("not started");
        });
        CommandLine cl = new CommandLine(serve);
        cl.setDefaultValueProvider(new EnvDefaults(env));
        cl.parseArgs(args);
        return serve;
    }

    @Test
    void defaultsAsTheContractSays() {
        ServeCommand s = parse(Map.of());
        assertEquals("0.0.0.0", s.host);
        assertEquals(8080, s.port);
        assertEquals(Path.of("data"), s.data);
        assertEquals(null, s.knowledge);
        assertEquals(Duration.ofMinutes(30), s.sessionTtl);
        assertEquals(false, s.logText);
    }

    @Test
    void environmentGivesDefaultsAndTheFlagWins() {
        Map<String, String> env = Map.of("XIAOER_SESSION_TTL", "2h", "XIAOER_PORT", "9000", "XIAOER_LOG_TEXT", "true",
                "XIAOER_DATA", "/var/xiaoer");
        ServeCommand fromEnv = parse(env);
        assertEquals(Duration.ofHours(2), fromEnv.sessionTtl);
        assertEquals(9000, fromEnv.port);
        assertTrue(fromEnv.logText);
        assertEquals(Path.of("/var/xiaoer"), fromEnv.data);
        ServeCommand flagWins = parse(env, "--session-ttl", "90s", "--port", "8081");
        assertEquals(Duration.ofSeconds(90), flagWins.sessionTtl);
        assertEquals(8081, flagWins.port);
    }

    @Test
    void tokensComeFromFlagsOrTheEnvironmentAndWatchingIsOnByDefault() {
        ServeCommand none = parse(Map.of());
        assertEquals(null, none.staffToken);
        assertEquals(null, none.adminToken);
        assertTrue(none.watch);
        ServeCommand env = parse(Map.of("XIAOER_STAFF_TOKEN", "s1", "XIAOER_ADMIN_TOKEN", "a1", "XIAOER_WATCH", "false"));
        assertEquals("s1", env.staffToken);
        assertEquals("a1", env.adminToken);
        assertEquals(false, env.watch);
        ServeCommand flags = parse(Map.of("XIAOER_STAFF_TOKEN", "s1"), "--staff-token", "s2", "--watch-debounce", "2s");
        assertEquals("s2", flags.staffToken);
        assertEquals(Duration.ofSeconds(2), flags.watchDebounce);
    }

    @Test
    void aBadMessageRateIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand((kb, ttl) -> null));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("--message-rate", "lots"));
        assertTrue(err.toString().contains("30/min"), err.toString());
        assertEquals("60/min", parse(Map.of()).messageRate);
        assertEquals("off", parse(Map.of("XIAOER_MESSAGE_RATE", "off")).messageRate);
    }

    @Test
    void variableNames() {
        assertEquals("XIAOER_SESSION_TTL", EnvDefaults.variable("--session-ttl"));
        assertEquals("XIAOER_DATA", EnvDefaults.variable("--data"));
    }

    @Test
    void helpListsEveryFlag() {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand((kb, ttl) -> null));
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("--help"));
        for (String flag : new String[] {"--host", "--port", "--knowledge", "--data", "--session-ttl", "--workers",
                "--queue", "--request-timeout", "--idle-timeout", "--shutdown-timeout", "--log-text", "--staff-token",
                "--admin-token", "--watch", "--watch-debounce", "--max-connections", "--first-byte-timeout", "--store-check", "--message-rate"}) {
            assertTrue(out.toString().contains(flag), flag);
        }
        assertTrue(out.toString().contains("XIAOER_"));
    }

    @Test
    void aBadDurationIsAClearUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand((kb, ttl) -> null));
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("--session-ttl", "soon"));
        assertTrue(err.toString().contains("30m"), err.toString());
    }

    @Test
    void invalidKnowledgeStopsWithExitCode1(@org.junit.jupiter.api.io.TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand((kb, ttl) -> null));
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("--host", "127.0.0.1", "--port", "0", "--data", dir.resolve("data").toString(),
                "--knowledge", dir.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("not a knowledge directory"), err.toString());
    }

    /** Runs serve to its refusal with exit code {@code exit}; returns what it printed on stderr. */
    private static String refused(int exit, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ServeCommand((kb, ttl) -> {
            throw new AssertionError("must refuse before loading knowledge");
        }));
        cl.setErr(new PrintWriter(err));
        assertEquals(exit, cl.execute(args), err.toString());
        return err.toString();
    }

    private static void assertOneLine(String err, String contains) {
        assertEquals(1, err.strip().lines().count(), "one line, no stack trace:\n" + err);
        assertTrue(err.startsWith("serve: "), err);
        assertTrue(err.contains(contains), err);
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), err);
    }

    @Test
    @SuppressWarnings("try") // the first store only holds the directory
    void aSecondServeOnTheSameDataIsRefusedInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path data = dir.resolve("data");
        try (SqliteConversationStore first = SqliteConversationStore.open(data)) {
            // a usage error, exit 2: another serve holds it
            assertEquals("serve: the data directory " + data + " is in use by another xiaoer serve; stop it, or use another --data",
                    refused(2, "--host", "127.0.0.1", "--port", "0", "--data", data.toString()).strip());
        }
    }

    @Test
    void theStoreIsAPostgresUrlFromTheFlagOrXiaoerStoreAndAnythingElseIsAUsageError() {
        assertEquals(null, parse(Map.of()).storeUrl, "without it: SQLite in --data");
        assertEquals("jdbc:postgresql://db:5432/xiaoer", parse(Map.of("XIAOER_STORE", "jdbc:postgresql://db:5432/xiaoer")).storeUrl);
        assertOneLine(refused(2, "--host", "127.0.0.1", "--port", "0", "--store", "mysql://db/xiaoer"),
                "--store takes a PostgreSQL JDBC URL");
    }

    @Test
    void anUnusableDataDirectoryIsRefusedInOneLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertOneLine(refused(1, "--host", "127.0.0.1", "--port", "0", "--data", file.toString()),
                "cannot open the data directory");
    }

    @Test
    @SuppressWarnings("try") // the first store only holds the directory
    void theSameTokenForStaffAndAdminIsWarnedAbout(@org.junit.jupiter.api.io.TempDir Path dir) {
        Logger logger = (Logger) LoggerFactory.getLogger(ServeCommand.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        Path data = dir.resolve("data");
        try (SqliteConversationStore first = SqliteConversationStore.open(data)) {
            refused(2, "--host", "127.0.0.1", "--port", "0", "--data", data.toString(),
                    "--staff-token", "same", "--admin-token", "same");
            refused(2, "--host", "127.0.0.1", "--port", "0", "--data", data.toString(),
                    "--staff-token", "staff", "--admin-token", "admin");
        } finally {
            logger.detachAppender(logged);
        }
        assertEquals(1, logged.list.stream().filter(e -> e.getFormattedMessage()
                .contains("the staff and admin tokens are the same")).count(), logged.list.toString());
        assertTrue(logged.list.stream().noneMatch(e -> e.getFormattedMessage().contains("same\"")), "no token printed");
    }
}
