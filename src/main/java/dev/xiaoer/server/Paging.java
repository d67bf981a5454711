package dev.xiaoer.server;

import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The paging of a list endpoint: {@code ?limit=N&cursor=C}. A cursor is opaque to clients: the
 * position the list's last page ended at, base64url-encoded with the list's kind, so that one
 * list's cursor is refused by another. Responses carry {@code nextCursor}, null on the last page.
 *
 * @param limit items on this page
 * @param after the position to continue after (the store's or the report's own form), or null for the first page
 */
record Paging(int limit, String after) {

    /** The lists, each with its page sizes: a default, and a most one request may ask for. */
    enum Kind {
        HANDOFFS("h", 50, 200), TRANSCRIPT("t", 100, 500), UNANSWERED("u", 50, 500);

        final String tag;
        final int defaultLimit;
        final int maxLimit;

        Kind(String tag, int defaultLimit, int maxLimit) {
            this.tag = tag;
            this.defaultLimit = defaultLimit;
            this.maxLimit = maxLimit;
        }
    }

    /**
     * Reads {@code limit} and {@code cursor} from the request's query.
     *
     * @throws ApiError 400 {@code invalid_query} for a limit outside 1 to the kind's most, {@code invalid_cursor}
     *                  for a cursor this list did not give
     */
    static Paging of(FullHttpRequest request, Kind kind) {
        Map<String, List<String>> query = query(request);
        int limit = kind.defaultLimit;
        String given = first(query, "limit");
        if (given != null) {
            try {
                limit = Integer.parseInt(given.strip());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > kind.maxLimit) {
                throw ApiError.badRequest("invalid_query", "limit must be 1 to " + kind.maxLimit
                        + " (default " + kind.defaultLimit + ")");
            }
        }
        String cursor = first(query, "cursor");
        return new Paging(limit, cursor == null || cursor.isEmpty() ? null : decode(cursor, kind));
    }

    /** The cursor for the page after one that ended at {@code next} (null: there is none). */
    static String cursor(Kind kind, String next) {
        if (next == null) {
            return null;
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind.tag + ":" + next).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor, Kind kind) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!text.startsWith(kind.tag + ":") || text.length() == kind.tag.length() + 1) {
            throw invalid();
        }
        return text.substring(kind.tag.length() + 1);
    }

    static ApiError invalid() {
        return ApiError.badRequest("invalid_cursor", "the cursor is not one this list gave; start again without it");
    }

    /** The request's query parameters; a malformed escape is the client's mistake (400), not a failure. */
    static Map<String, List<String>> query(FullHttpRequest request) {
        try {
            return new QueryStringDecoder(request.uri()).parameters();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid_query", "the query is not valid percent-encoded UTF-8");
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
