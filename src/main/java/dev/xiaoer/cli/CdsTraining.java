package dev.xiaoer.cli;

import dev.xiaoer.dialogue.DialogueEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cds-training} (hidden): runs what the commands run — {@code validate}, {@code ask},
 * {@code chat}, {@code serve} answering a message, {@code report unanswered} beside it — once, in
 * one JVM, and exits. The build runs it under {@code -XX:ArchiveClassesAtExit} to write the
 * class-data archive that {@code bin/xiaoer} (and the Docker image) start with: the classes those
 * commands load are then mapped from the archive, already parsed and verified, instead of read
 * from the jar (docs/benchmarks.md, start-up). Not for users: it writes nothing outside a temporary
 * directory, which it removes.
 */
@Command(name = "cds-training", hidden = true,
        description = "Runs every command once, for the class-data archive the build writes; not for users.")
final class CdsTraining implements Callable<Integer> {
    private static final String QUESTION = "保证金怎么退";

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("xiaoer-cds-training");
        PrintStream out = System.out;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(quiet);
        try {
            run("validate");
            run("ask", QUESTION, "--json");
            run("ask", "運單號填錯了怎麼改"); // Traditional in, Traditional out
            DialogueEngine engine = Engines.load(null, Duration.ofMinutes(30), quiet);
            ChatCommand.run(engine, new BufferedReader(new StringReader(QUESTION + "\n1\n/quit\n")), quiet);
            serve(dir.resolve("data"));
        } finally {
            System.setOut(out);
            delete(dir);
        }
        return 0;
    }

    private static void run(String... args) {
        int code = Main.commandLine().execute(args);
        if (code != 0) {
            throw new IllegalStateException("cds-training: " + String.join(" ", args) + " exited " + code);
        }
    }

    /** Starts serve, asks it a question over HTTP, reads its metrics and a report beside it; it stops at exit. */
    private static void serve(Path data) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        CommandLine serve = Main.commandLine();
        Thread t = new Thread(() -> serve.execute("serve", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", data.toString(), "--watch", "false"), "cds-training-serve");
        t.setDaemon(true);
        t.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        Instant deadline = Instant.now().plusSeconds(120);
        while (status(http, HttpRequest.newBuilder(URI.create(base + "/readyz")).build()) != 200) {
            if (!t.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("cds-training: serve did not get ready");
            }
            Thread.sleep(50);
        }
        HttpRequest message = HttpRequest.newBuilder(URI.create(base + "/v1/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"conversationId\":\"cds\",\"text\":\"" + QUESTION + "\",\"msgId\":\"m-1\"}"))
                .build();
        if (status(http, message) != 200) {
            throw new IllegalStateException("cds-training: serve did not answer");
        }
        status(http, HttpRequest.newBuilder(URI.create(base + "/metrics")).build());
        run("report", "unanswered", "--data", data.toString());
    }

    private static int status(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
