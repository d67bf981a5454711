package dev.xiaoer.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test, to fill for real: needs root with CAP_SYS_ADMIN (CI runs
 * {@code .ci/run} as root). Where it cannot be mounted the test is skipped, saying why; the
 * JDBC-level faults ({@link DiskFaults}) run everywhere.
 */
@SuppressWarnings("try") // close() may be interrupted, as the mount commands it runs may
final class SmallDisk implements AutoCloseable {
    final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} at {@code mountPoint} (created), or skips the test. */
    static SmallDisk mount(Path mountPoint, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        String result = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0777", "xiaoer-test",
                mountPoint.toString()));
        Assumptions.assumeTrue(result == null, () -> "skipped: cannot mount a small tmpfs to fill (needs root with "
                + "CAP_SYS_ADMIN; CI runs as root): " + result);
        return new SmallDisk(mountPoint);
    }

    /** Grows (or shrinks) the disk: space freed, as an operator would. */
    void resize(int megabytes) throws IOException, InterruptedException {
        check(run(List.of("mount", "-o", "remount,size=" + megabytes + "m", mountPoint.toString())));
    }

    /** Makes the file system read-only ({@code true}) or writable again. */
    void readOnly(boolean on) throws IOException, InterruptedException {
        check(run(List.of("mount", "-o", "remount," + (on ? "ro" : "rw"), mountPoint.toString())));
    }

    @Override
    @SuppressWarnings("try")
    public void close() throws IOException, InterruptedException {
        if (run(List.of("umount", mountPoint.toString())) != null) {
            run(List.of("umount", "-l", mountPoint.toString())); // something still holds a file: detach it
        }
    }

    private static void check(String error) {
        if (error != null) {
            throw new IllegalStateException(error);
        }
    }

    /** Runs a command; null when it succeeded, else what it said. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return String.join(" ", command) + " did not finish";
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.exitValue() == 0 ? null : String.join(" ", command) + ": " + out;
    }
}
