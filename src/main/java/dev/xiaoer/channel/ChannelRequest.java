package dev.xiaoer.channel;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A platform's callback as the HTTP adapter hands it to a {@link Channel}: no HTTP library's types,
 * the raw body (signatures are over its exact bytes).
 *
 * @param query      the query parameters, decoded
 * @param headers    by lower-case name (one value each, the first)
 * @param receivedAt when the request arrived whole
 */
public record ChannelRequest(String method, Map<String, List<String>> query, Map<String, String> headers, byte[] body,
                             Instant receivedAt) {

    public ChannelRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The first value of the query parameter, or null. */
    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body as UTF-8 text; a body that is not UTF-8 is refused. */
    public String text() throws Refusal {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw Refusal.badRequest("invalid_utf8", "the body is not valid UTF-8");
        }
    }
}
