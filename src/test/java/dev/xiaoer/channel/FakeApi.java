package dev.xiaoer.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A platform's send API on 127.0.0.1, for tests: records every request and answers as told (by
 * default WeCom's and Feishu's token endpoints hand out a token and everything else succeeds).
 */
public final class FakeApi implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Received(String method, String path, String query, String deliveryId, String authorization,
                           String signature, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** An answer: its status and body. */
    public record Answer(int status, String body) {
    }

    private final HttpServer server;
    public final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<Received, Answer> answer = FakeApi::succeed;

    public FakeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** What every request not to a token endpoint is answered with from now on. */
    public FakeApi answering(Function<Received, Answer> answer) {
        this.answer = answer;
        return this;
    }

    public static Answer succeed(Received r) {
        return new Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"code\":0,\"msg\":\"success\"}");
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests to a path starting with {@code prefix}. */
    public List<Received> to(String prefix) {
        return received.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    /** Waits up to 20 s until {@code count} requests match. */
    public List<Received> await(Predicate<Received> which, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            List<Received> matching = received.stream().filter(which).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            Thread.sleep(20);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received r = new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders().getFirst("X-Xiaoer-Delivery"), ex.getRequestHeaders().getFirst("Authorization"),
                ex.getRequestHeaders().getFirst("X-Xiaoer-Signature"), body);
        received.add(r);
        Answer a;
        if (r.path().equals("/cgi-bin/gettoken")) {
            a = new Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"wecom-token-1\",\"expires_in\":7200}");
        } else if (r.path().equals("/open-apis/auth/v3/tenant_access_token/internal")) {
            a = new Answer(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-feishu-1\",\"expire\":7200}");
        } else {
            a = answer.apply(r);
        }
        byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
