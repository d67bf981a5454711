package dev.xiaoer.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Several {@code serve} processes of the shipped jar on one PostgreSQL store, behind HAProxy from
 * Debian's packages: round-robin, so consecutive requests of one conversation land on different
 * nodes; a node is taken out once {@code /readyz} fails twice (0.5 s apart), and a request whose node
 * failed before answering is retried on another ({@code retry-on}, the messages' msgIds make that safe).
 */
final class Cluster implements AutoCloseable {
    final List<Shipped.Server> nodes = new ArrayList<>();
    final int port;
    private final Process haproxy;
    private final Path dir;

    private Cluster(Path dir, int port, Process haproxy) {
        this.dir = dir;
        this.port = port;
        this.haproxy = haproxy;
    }

    static Path haproxyOrSkip() {
        Optional<Path> bin = List.of("/usr/sbin/haproxy", "/usr/bin/haproxy", "/usr/local/sbin/haproxy").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst();
        if (bin.isEmpty()) {
            String why = "HAProxy is not installed (apt-get install -y haproxy)";
            if (System.getenv("XIAOER_REQUIRE_POSTGRES") != null) {
                Assertions.fail(why + ", and XIAOER_REQUIRE_POSTGRES is set");
            }
            Assumptions.abort(why + "; set XIAOER_REQUIRE_POSTGRES to make this a failure");
        }
        return bin.get();
    }

    /** Starts {@code count} nodes on {@code storeUrl} and the balancer in front, once every node is ready. */
    static Cluster start(Path dir, String storeUrl, int count, List<String> extraFlags) throws Exception {
        Path haproxyBin = haproxyOrSkip();
        List<Shipped.Server> nodes = new ArrayList<>();
        StringBuilder servers = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            int nodePort = Shipped.freePort();
            List<String> command = new ArrayList<>(List.of(Shipped.JAVA, "-XX:TieredStopAtLevel=1", "-Xmx384m",
                    "-jar", Shipped.JAR.toString(), "serve", "--host", "127.0.0.1", "--port", String.valueOf(nodePort),
                    "--knowledge", Shipped.KNOWLEDGE.toString(), "--watch", "false", "--message-rate", "off",
                    "--data", dir.resolve("node" + i).toString()));
            command.addAll(extraFlags);
            nodes.add(new Shipped.Server(command, Map.of("XIAOER_STORE", storeUrl), dir, nodePort));
            servers.append("  server n").append(i).append(" 127.0.0.1:").append(nodePort).append(" check\n");
        }
        for (Shipped.Server n : nodes) {
            n.awaitReady();
        }
        int port = Shipped.freePort();
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                  maxconn 4000
                defaults
                  mode http
                  timeout connect 1s
                  timeout client 30s
                  timeout server 30s
                  retries 3
                  option redispatch 1
                  retry-on conn-failure empty-response response-timeout
                frontend in
                  bind 127.0.0.1:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /readyz
                  default-server inter 500ms fall 2 rise 1
                %s""".formatted(port, servers));
        Process haproxy = new ProcessBuilder(haproxyBin.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        Cluster cluster = new Cluster(dir, port, haproxy);
        cluster.nodes.addAll(nodes);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Assertions.assertTrue(haproxy.isAlive(), "haproxy exited: " + Files.readString(dir.resolve("haproxy.log")));
            try {
                if (Shipped.get(port, "/readyz").statusCode() == 200) {
                    return cluster;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        cluster.close();
        throw new AssertionError("haproxy did not answer: " + Files.readString(dir.resolve("haproxy.log")));
    }

    String haproxyLog() throws IOException {
        return Files.readString(dir.resolve("haproxy.log"));
    }

    @Override
    public void close() throws IOException {
        haproxy.destroyForcibly();
        for (Shipped.Server n : nodes) {
            n.close();
        }
    }
}
