package dev.xiaoer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.it.Shipped.Result;
import dev.xiaoer.it.Shipped.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image's command line without Docker (no engine runs where this is built; where one does,
 * bench/docker-smoke.sh builds the image itself): the Dockerfile's ENTRYPOINT, CMD, ENV and
 * HEALTHCHECK, read from the Dockerfile, run here with the image's paths mapped onto the build's
 * ({@code /app/bin/xiaoer} → {@code bin/xiaoer} with {@code target/xiaoer.jar}, {@code /app/knowledge}
 * → {@code knowledge}, {@code /data} → a temporary directory) and a free port for 8080.
 */
class ImageCommandLineIT {
    private static final Path DOCKERFILE = Path.of("Dockerfile");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImageServesIsHealthyWhenReadyAndStopsCleanly(@TempDir Path dir) throws Exception {
        Image image = Image.read(DOCKERFILE);
        assertEquals(List.of("serve"), image.cmd);
        assertFalse(image.env.containsKey("JAVA_TOOL_OPTIONS"), "JVM flags go in JDK_JAVA_OPTIONS: only java reads it");
        assertTrue(image.env.getOrDefault("JDK_JAVA_OPTIONS", "").contains("-XX:MaxRAMPercentage="), image.env.toString());
        assertTrue(image.healthcheck.contains("/readyz"), "healthy means ready: " + image.healthcheck);

        int port = Shipped.freePort();
        Map<String, String> env = image.envHere(dir.resolve("data"), port);
        List<String> health = image.healthcheckHere();
        assertNotEquals(0, Shipped.run(health, env, null, dir).exit(), "healthy with nothing listening");

        List<String> command = new ArrayList<>(image.entrypointHere());
        command.addAll(image.cmd);
        try (Server serve = new Server(command, env, dir, port).awaitReady()) {
            assertEquals(0, Shipped.run(health, env, null, dir).exit(), "the health check fails while ready");
            var reply = Shipped.post(port, "/v1/messages", "{\"conversationId\":\"img\",\"text\":\"保证金怎么退\",\"msgId\":\"m-1\"}");
            assertEquals(200, reply.statusCode(), reply.body());
            assertEquals("deposit.refund", JSON.readTree(reply.body()).path("faqId").asText());
            assertTrue(Files.exists(dir.resolve("data/xiaoer.db")), "the store lives in XIAOER_DATA");

            long stopping = System.nanoTime();
            assertEquals(143, serve.stop(), serve.log());
            long seconds = (System.nanoTime() - stopping) / 1_000_000_000L;
            assertTrue(seconds < 10, "stopped in " + seconds + " s: over docker stop's 10 s grace");
            String log = serve.log();
            assertTrue(log.contains("shut down cleanly"), log);
            assertFalse(log.contains("Picked up JAVA_TOOL_OPTIONS"), log);
            assertTrue(log.contains("knowledge " ) && log.contains("from " + Shipped.KNOWLEDGE), "XIAOER_KNOWLEDGE read: " + log);
        }
    }

    @Test
    void argumentsAfterTheImageReplaceServe(@TempDir Path dir) throws Exception {
        Image image = Image.read(DOCKERFILE);
        List<String> command = new ArrayList<>(image.entrypointHere());
        command.addAll(List.of("ask", "保证金怎么退"));
        Result r = Shipped.run(command, image.envHere(dir.resolve("data"), Shipped.freePort()), null, dir);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("[flow deposit.refund "), r.out());
    }

    /** What the Dockerfile says about running the image. */
    private record Image(List<String> entrypoint, List<String> cmd, Map<String, String> env, String healthcheck) {
        private static final Pattern ENV_PAIR = Pattern.compile("([A-Z_][A-Z0-9_]*)=(\"[^\"]*\"|\\S+)");

        static Image read(Path dockerfile) throws Exception {
            // instructions whole: continuation lines joined, comments dropped; the last stage counts
            List<String> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : Files.readAllLines(dockerfile)) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.endsWith("\\")) {
                    current.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                current.append(line);
                if (!current.toString().isBlank()) {
                    instructions.add(current.toString().strip());
                }
                current.setLength(0);
            }
            int lastStage = 0;
            for (int i = 0; i < instructions.size(); i++) {
                if (instructions.get(i).startsWith("FROM ")) {
                    lastStage = i;
                }
            }
            List<String> entrypoint = null;
            List<String> cmd = null;
            String healthcheck = null;
            Map<String, String> env = new LinkedHashMap<>();
            for (String in : instructions.subList(lastStage, instructions.size())) {
                if (in.startsWith("ENTRYPOINT ")) {
                    entrypoint = execForm(in.substring("ENTRYPOINT ".length()));
                } else if (in.startsWith("CMD ")) {
                    cmd = execForm(in.substring("CMD ".length()));
                } else if (in.startsWith("ENV ")) {
                    Matcher m = ENV_PAIR.matcher(in.substring(4));
                    while (m.find()) {
                        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
                    }
                } else if (in.startsWith("HEALTHCHECK ")) {
                    healthcheck = in.substring(in.indexOf(" CMD ") + 5).strip();
                }
            }
            return new Image(entrypoint, cmd, env, healthcheck);
        }

        private static List<String> execForm(String json) throws Exception {
            return List.of(JSON.readValue(json, String[].class));
        }

        /** The entrypoint with the image's paths on this machine. */
        List<String> entrypointHere() {
            return entrypoint.stream().map(a -> a.equals("/app/bin/xiaoer") ? Shipped.LAUNCHER.toString() : a).toList();
        }

        /** The image's environment, its paths and port mapped onto this machine. */
        Map<String, String> envHere(Path data, int port) {
            Map<String, String> here = new LinkedHashMap<>(env);
            here.replaceAll((k, v) -> switch (v) {
                case "/data" -> data.toString();
                case "/app/knowledge" -> Shipped.KNOWLEDGE.toString();
                default -> v;
            });
            here.put("XIAOER_PORT", String.valueOf(port));
            here.put("XIAOER_JAR", Shipped.JAR.toString()); // /app/xiaoer.jar
            return here;
        }

        /** The health check's command, as Docker runs it in the container. */
        List<String> healthcheckHere() throws Exception {
            return execForm(healthcheck);
        }
    }
}
