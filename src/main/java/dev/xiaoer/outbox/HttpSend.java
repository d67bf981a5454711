package dev.xiaoer.outbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The couriers' HTTP client: JSON over HTTP/1.1 with timeouts, every request carrying the
 * delivery id ({@value #DELIVERY_HEADER}) so a receiver can drop repeats. What it reports of a
 * failure never holds the URL (a sessionWebhook or a token in the query is a secret), only its host.
 */
public final class HttpSend {
    /** The header with the stable delivery id. */
    public static final String DELIVERY_HEADER = "X-Xiaoer-Delivery";

    private final HttpClient client;
    private final Duration timeout;

    public HttpSend(Duration connectTimeout, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    /** 5 s to connect, 10 s for the answer. */
    public static HttpSend defaults() {
        return new HttpSend(Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** A receiver's answer. */
    public record Response(int status, String body, Duration retryAfter) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    /** An attempt that got no answer: it is worth retrying. */
    public static final class Unanswered extends Exception {
        public Unanswered(String message) {
            super(message, null, false, false);
        }

        public Attempt attempt() {
            return Attempt.retry(getMessage());
        }
    }

    /** POSTs {@code json} to {@code uri}, with the delivery id (null: none) and {@code headers}. */
    public Response postJson(URI uri, String deliveryId, String json, Map<String, String> headers) throws Unanswered {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(uri, deliveryId, headers, b);
    }

    /** What a courier makes of a 2xx answer's body. */
    @FunctionalInterface
    public interface Answered {
        /** @throws IOException when the body cannot be read: a retry */
        Attempt attempt(Response r) throws IOException;
    }

    /**
     * POSTs {@code json} as {@link #postJson} does and says what the attempt came to: no answer is a
     * retry, a status that is not 2xx as {@link #byStatus} decides, a 2xx as {@code answered} reads it.
     */
    public Attempt deliver(URI uri, String deliveryId, String json, Map<String, String> headers, Answered answered) {
        try {
            Response r = postJson(uri, deliveryId, json, headers);
            Attempt byStatus = byStatus(uri, r);
            return byStatus != null ? byStatus : answered.attempt(r);
        } catch (Unanswered e) {
            return e.attempt();
        } catch (IOException e) {
            return Attempt.retry("an unreadable answer from " + uri.getHost());
        }
    }

    /** GETs {@code uri} (a token endpoint). */
    public Response get(URI uri, Map<String, String> headers) throws Unanswered {
        return send(uri, null, headers, HttpRequest.newBuilder(uri).timeout(timeout).GET());
    }

    private Response send(URI uri, String deliveryId, Map<String, String> headers, HttpRequest.Builder b)
            throws Unanswered {
        if (deliveryId != null) {
            b.header(DELIVERY_HEADER, deliveryId);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").map(HttpSend::seconds)
                    .orElse(null));
        } catch (HttpTimeoutException e) {
            throw new Unanswered("no answer from " + uri.getHost() + " in time");
        } catch (IOException e) {
            throw new Unanswered("cannot reach " + uri.getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unanswered("interrupted while sending to " + uri.getHost());
        }
    }

    /**
     * The attempt an HTTP status alone decides: null for 2xx (the caller reads the body), a retry for
     * 408, 429 and 5xx, else a dead letter (the request itself is wrong and will stay so).
     */
    public static Attempt byStatus(URI uri, Response r) {
        if (r.ok()) {
            return null;
        }
        String reason = "HTTP " + r.status() + " from " + uri.getHost();
        if (r.status() == 408 || r.status() == 429 || r.status() >= 500) {
            return Attempt.retry(reason, r.retryAfter());
        }
        return Attempt.giveUp(reason);
    }

    private static Duration seconds(String header) {
        try {
            long s = Long.parseLong(header.trim());
            return s >= 0 && s <= 3600 ? Duration.ofSeconds(s) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
