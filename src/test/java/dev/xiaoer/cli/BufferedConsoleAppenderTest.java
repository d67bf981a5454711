package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lines kept and written together: all of them, in order, WARN at once, what is kept written at stop. */
class BufferedConsoleAppenderTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream before;
    private BufferedConsoleAppender appender;
    private Logger log;

    @BeforeEach
    void start() {
        before = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = new LoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %msg%n");
        encoder.start();
        appender = new BufferedConsoleAppender();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setFlushMillis(500);
        appender.start();
        log = context.getLogger("test");
        log.setLevel(Level.INFO);
        log.addAppender(appender);
    }

    @AfterEach
    void restore() {
        appender.stop();
        System.setOut(before);
    }

    private String out() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 500 && !done.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
    }

    @Test
    void everyLineGoesOutInOrder() throws Exception {
        IntStream.range(0, 1000).forEach(i -> log.info("line {} 保证金", i));
        waitFor(() -> out().split("\n").length == 1000);
        List<String> lines = out().lines().toList();
        assertEquals(IntStream.range(0, 1000).mapToObj(i -> "INFO  line " + i + " 保证金").toList(), lines);
    }

    @Test
    void aLineAfterAQuietSpellGoesOutAtOnceAndTheNextTogetherLater() throws Exception {
        log.info("first");
        waitFor(() -> out().contains("first"));
        assertEquals("INFO  first\n", out(), "written without waiting for the interval");
        log.info("second");
        log.info("third");
        Thread.sleep(50);
        assertEquals("INFO  first\n", out(), "kept for the interval (500 ms here)");
        waitFor(() -> out().contains("third"));
        assertEquals("INFO  first\nINFO  second\nINFO  third\n", out());
    }

    @Test
    void aWarningIsWrittenAtOnceAfterTheLinesKeptBeforeIt() throws Exception {
        log.info("first");
        waitFor(() -> out().contains("first"));
        log.info("kept");
        log.warn("trouble");
        assertEquals("INFO  first\nINFO  kept\nWARN  trouble\n", out(), "before warn returned");
    }

    @Test
    void stoppingWritesWhatIsKept() throws Exception {
        log.info("first");
        waitFor(() -> out().contains("first"));
        log.info("kept 1");
        log.info("kept 2");
        appender.stop();
        assertEquals("INFO  first\nINFO  kept 1\nINFO  kept 2\n", out());
        log.info("after the stop"); // a stopped appender drops events, as logback's own do
        assertTrue(!out().contains("after the stop"));
    }
}
