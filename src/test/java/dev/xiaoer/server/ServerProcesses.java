package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Helpers for tests that run the service as a separate process. */
final class ServerProcesses {
    private ServerProcesses() {
    }

    /** Waits until the process answers 200 on /readyz (at most 60 s); fails if it exits first. */
    static void awaitReady(HttpClient http, int port, Process process) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the server process exited");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server did not become ready");
    }
}
