package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as its own process: the staff token from XIAOER_STAFF_TOKEN, the admin token from
 * --admin-token, both working, and neither ever in the log.
 */
class ServeTokensTest {
    private static final String STAFF = "env-staff-token-7f3a";
    private static final String ADMIN = "flag-admin-token-91c2";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tokensFromEnvironmentAndFlagWorkAndAreNeverLogged(@TempDir Path tmp) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = tmp.resolve("serve.log");
        Path knowledge = Path.of(System.getProperty("user.dir"), "src/test/resources/test-knowledge");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                FakeServeMain.class.getName(), "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--data", tmp.resolve("data").toString(), "--knowledge", knowledge.toString(),
                "--admin-token", ADMIN);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("XIAOER_STAFF_TOKEN", STAFF);
        pb.environment().put("XIAOER_LOG_LEVEL", "DEBUG");
        Process serve = pb.start();
        try {
            ServerProcesses.awaitReady(http, port, serve);
            assertEquals(200, get(port, "/v1/handoffs", STAFF));
            assertEquals(401, get(port, "/v1/handoffs", ADMIN));
            assertEquals(200, get(port, "/admin/knowledge", ADMIN));
            assertEquals(401, get(port, "/admin/knowledge", "nope"));
            assertEquals(401, get(port, "/admin/knowledge", null));
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
        String output = Files.readString(log);
        assertTrue(output.contains("ready"), output);
        assertFalse(output.contains(STAFF) || output.contains(ADMIN), "a token was logged:\n" + output);
    }

    private int get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
