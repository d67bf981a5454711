package dev.xiaoer.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Logback's console appender with the lines gathered: each event is formatted by the thread that
 * logs it, as {@code ConsoleAppender} does, and kept in order in a buffer; a thread of the
 * appender's own writes what is kept to standard output ({@code System.out}, as it is at the time) in
 * one system call, at most once every {@link #setFlushMillis flushMillis} (50 ms by default: each write and
 * each wake-up of the thread cost ~30 µs on the benchmark machine, a file's inode updated every time). A line
 * after a quiet spell goes out at once; under a stream of lines they go out together. At 3,000
 * messages a second the service logs a line per message, and writing each alone cost a {@code write}
 * a message, most of the log line's CPU (docs/benchmarks.md, issue 19, fourteenth session).
 *
 * <p>What changes for whoever reads the log: INFO and DEBUG lines reach it up to {@code flushMillis}
 * later, and a process killed outright ({@code kill -9}, a crash of the JVM) loses those of its last
 * {@code flushMillis}. WARN and ERROR lines are written by the thread that logs them, before it goes
 * on, after every line kept before them. Lines keep their order; a stop of the logging context (and
 * the JVM's exit) writes what is kept. Should standard output block, the buffer is bounded
 * ({@value #MAX_KEPT} bytes): past it, the logging thread writes, and waits, as {@code ConsoleAppender}'s does.
 */
public final class BufferedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    /** Bytes kept at most before the logging thread writes them itself. */
    static final int MAX_KEPT = 1 << 20;

    private Encoder<ILoggingEvent> encoder;
    private long flushNanos = TimeUnit.MILLISECONDS.toNanos(50);
    /** Guards {@link #kept}, {@link #length} and {@link #writerAwake}. */
    private final Object keep = new Object();
    /** Held while a batch is taken and written: batches go out in the order they were taken. */
    private final Object output = new Object();
    private byte[] kept = new byte[8192];
    private int length;
    /** The buffer written last, kept for the next batch; under {@link #output}. */
    private byte[] spare;
    /** Whether the writer thread is due to write (so a new line need not wake it). */
    private boolean writerAwake;
    private volatile boolean running;
    private Thread writer;
    private Thread exitHook;

    public void setEncoder(Encoder<ILoggingEvent> encoder) {
        this.encoder = encoder;
    }

    public Encoder<ILoggingEvent> getEncoder() {
        return encoder;
    }

    /** The longest a line waits under a stream of lines, ms. */
    public void setFlushMillis(long millis) {
        this.flushNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
    }

    @Override
    public void start() {
        if (encoder == null) {
            addError("no encoder for the appender \"" + name + "\"");
            return;
        }
        running = true;
        writer = new Thread(this::writeLoop, "log-writer");
        writer.setDaemon(true);
        writer.start();
        // hooks run together: lines logged by another hook after this one are written at once
        exitHook = new Thread(() -> {
            running = false;
            writeKept();
        }, "log-writer-exit");
        try {
            Runtime.getRuntime().addShutdownHook(exitHook);
        } catch (IllegalStateException e) {
            exitHook = null; // the JVM is exiting already: lines are written as they come (running stays false below)
            running = false;
        }
        super.start();
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        running = false;
        LockSupport.unpark(writer);
        writeKept();
        if (exitHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException e) {
                // the JVM is exiting: the hook runs or has run, and writes what is left
            }
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] line = encoder.encode(event);
        if (!running || event.getLevel().isGreaterOrEqual(Level.WARN)) {
            synchronized (output) {
                synchronized (keep) {
                    add(line);
                }
                writeKept();
            }
            return;
        }
        boolean wake;
        boolean full;
        synchronized (keep) {
            add(line);
            wake = !writerAwake;
            writerAwake = true;
            full = length > MAX_KEPT;
        }
        if (full) {
            writeKept();
        } else if (wake) {
            LockSupport.unpark(writer);
        }
    }

    /** Keeps {@code line} after the others; under {@link #keep}. */
    private void add(byte[] line) {
        if (length + line.length > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(kept.length * 2, length + line.length));
        }
        System.arraycopy(line, 0, kept, length, line.length);
        length += line.length;
    }

    /** Writes what is kept now, in one call. */
    private void writeKept() {
        synchronized (output) {
            byte[] batch;
            int n;
            synchronized (keep) {
                if (length == 0) {
                    return;
                }
                batch = kept;
                n = length;
                kept = spare != null ? spare : new byte[8192];
                length = 0;
            }
            PrintStream out = System.out;
            out.write(batch, 0, n);
            out.flush();
            spare = batch.length > 65536 ? null : batch; // a burst's room is not kept
        }
    }

    /**
     * Woken by the first line after a quiet spell: writes it at once, then what came meanwhile every
     * {@code flushNanos}, until an interval passes with nothing to write.
     */
    private void writeLoop() {
        while (running) {
            LockSupport.park(this);
            while (running) {
                synchronized (keep) {
                    if (length == 0) {
                        writerAwake = false;
                        break;
                    }
                }
                try {
                    writeKept();
                } catch (RuntimeException e) {
                    addError("cannot write the log", e);
                }
                LockSupport.parkNanos(this, flushNanos);
            }
        }
    }
}
