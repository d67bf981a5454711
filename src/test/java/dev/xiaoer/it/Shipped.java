package dev.xiaoer.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs what the build ships — {@code target/xiaoer.jar} (failsafe passes its path as {@code xiaoer.jar}),
 * {@code bin/xiaoer} — as separate processes, with the JVM running the tests, and reads what they
 * print. No XIAOER_* variable of the test's own environment reaches them.
 */
final class Shipped {
    static final Path JAR = Path.of(System.getProperty("xiaoer.jar", "target/xiaoer.jar")).toAbsolutePath();
    static final Path LAUNCHER = Path.of("bin/xiaoer").toAbsolutePath();
    static final Path KNOWLEDGE = Path.of("knowledge").toAbsolutePath();
    static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Shipped() {
    }

    /** What a finished process said. */
    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** {@code java -jar target/xiaoer.jar args...}. */
    static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a command to its end in {@code dir}, with {@code stdin} as its input (null: none). */
    static Result run(List<String> command, Map<String, String> env, String stdin, Path dir) throws Exception {
        Path out = Files.createTempFile("xiaoer-it", ".out");
        Path err = Files.createTempFile("xiaoer-it", ".err");
        try {
            Process p = builder(command, env, dir).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            try (var in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command + " did not end within " + TIMEOUT);
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static ProcessBuilder builder(List<String> command, Map<String, String> env, Path dir) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XIAOER_") || k.equals("JAVA_OPTS")
                || k.equals("JDK_JAVA_OPTIONS") || k.equals("JAVA_TOOL_OPTIONS"));
        pb.environment().put("JAVA", JAVA); // bin/xiaoer: the same JVM as the tests, the one the archive was made by
        pb.environment().putAll(env);
        return pb;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A serve process started in the background, its output in a file. */
    static final class Server implements AutoCloseable {
        final Process process;
        final int port;
        final Path log;

        Server(List<String> command, Map<String, String> env, Path dir, int port) throws IOException {
            this.port = port;
            this.log = Files.createTempFile("xiaoer-it-serve", ".log");
            this.process = builder(command, env, dir).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        /** Waits for /readyz to answer 200. */
        Server awaitReady() throws Exception {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                assertTrue(process.isAlive(), "serve exited: " + log());
                try {
                    if (get(port, "/readyz").statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("serve was not ready within " + TIMEOUT + ": " + log());
        }

        /** SIGTERM, and the exit code once it has stopped. */
        int stop() throws Exception {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("serve did not stop within 30 s of SIGTERM: " + log());
            }
            return process.exitValue();
        }

        String log() throws IOException {
            return Files.readString(log);
        }

        @Override
        public void close() throws IOException {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }
}
