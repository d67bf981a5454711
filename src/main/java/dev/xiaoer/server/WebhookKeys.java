package dev.xiaoer.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the integrations that post to {@code POST /v1/messages}, one per integration
 * ({@code --webhook-keys id:secret,id2:secret2}). With any key configured every message must carry
 * {@value #HEADER}{@code : keyId=<id>,t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>},
 * at most {@link #SKEW} old, and may name a {@code callbackUrl}; the callbacks are signed the same way.
 * Without keys the header is not needed (nor read). Keys are never printed.
 */
public final class WebhookKeys {
    public static final String HEADER = "X-Xiaoer-Signature";
    static final Duration SKEW = Duration.ofMinutes(5);

    private final Map<String, byte[]> keys;

    private WebhookKeys(Map<String, byte[]> keys) {
        this.keys = Map.copyOf(keys);
    }

    public static WebhookKeys none() {
        return new WebhookKeys(Map.of());
    }

    /**
     * Reads {@code id:secret} pairs separated by commas; null or blank is none.
     *
     * @throws IllegalArgumentException on a pair without an id or a secret, or an id given twice
     */
    public static WebhookKeys parse(String spec) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                int colon = pair.indexOf(':');
                String id = colon < 0 ? "" : pair.substring(0, colon).strip();
                String secret = colon < 0 ? "" : pair.substring(colon + 1).strip();
                if (id.isEmpty() || secret.isEmpty() || !id.matches("[A-Za-z0-9._-]{1,64}")) {
                    throw new IllegalArgumentException("webhook keys are id:secret pairs separated by commas, "
                            + "ids of letters, digits, '.', '_' or '-'");
                }
                if (keys.put(id, secret.getBytes(StandardCharsets.UTF_8)) != null) {
                    throw new IllegalArgumentException("the webhook key id " + id + " is given twice");
                }
            }
        }
        return new WebhookKeys(keys);
    }

    public boolean enabled() {
        return !keys.isEmpty();
    }

    /**
     * The integration that signed this request, or null when no keys are configured.
     *
     * @throws ApiError 401 {@code bad_signature} when keys are configured and the header is missing,
     *                  malformed, stale, under an unknown key id, or does not match the body
     */
    String verify(String header, byte[] body, Instant now) {
        if (!enabled()) {
            return null;
        }
        if (header == null) {
            throw bad("this service requires " + HEADER + " (keyId=..., t=..., v1=...)");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : header.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        String id = parts.get("keyId");
        byte[] key = id == null ? null : keys.get(id);
        if (key == null || parts.get("t") == null || parts.get("v1") == null) {
            throw bad(HEADER + " needs a known keyId, t and v1");
        }
        long t;
        try {
            t = Long.parseLong(parts.get("t"));
        } catch (NumberFormatException e) {
            throw bad("t in " + HEADER + " must be Unix seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(SKEW) > 0) {
            throw bad(HEADER + " is more than " + SKEW.toMinutes() + " minutes old: stale or replayed");
        }
        byte[] expected = mac(key, parts.get("t"), body);
        byte[] given;
        try {
            given = HexFormat.of().parseHex(parts.get("v1").toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("v1 in " + HEADER + " must be hex");
        }
        if (!MessageDigest.isEqual(expected, given)) {
            throw bad(HEADER + " does not match the body");
        }
        return id;
    }

    /** The header value signing {@code body} with the key {@code id} at {@code now}, or null for an unknown id. */
    public String sign(String id, byte[] body, Instant now) {
        byte[] key = keys.get(id);
        if (key == null) {
            return null;
        }
        String t = String.valueOf(now.getEpochSecond());
        return "keyId=" + id + ",t=" + t + ",v1=" + HexFormat.of().formatHex(mac(key, t, body));
    }

    private static byte[] mac(byte[] key, String t, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiError bad(String message) {
        return new ApiError(401, "bad_signature", message);
    }

    @Override
    public String toString() {
        return "WebhookKeys" + new java.util.TreeSet<>(keys.keySet());
    }
}
