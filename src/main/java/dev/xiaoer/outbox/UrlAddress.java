package dev.xiaoer.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * An outbox item's address that names the URL its reply is posted to ({@code {"url": …}}, as a
 * DingTalk sessionWebhook or an integration's callbackUrl is stored), with whatever else the channel
 * put beside it (an expiry, a key id) in {@code fields}.
 */
public record UrlAddress(URI url, JsonNode fields) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The address an item holds; empty when it is not JSON or its url cannot be a URI. A missing url
     * reads as an empty URI, which the send then fails on (the outbox retries a courier's failure).
     */
    public static Optional<UrlAddress> read(String address) {
        try {
            JsonNode fields = JSON.readTree(address);
            return Optional.of(new UrlAddress(URI.create(fields.path("url").asText()), fields));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
