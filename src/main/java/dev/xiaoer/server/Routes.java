package dev.xiaoer.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTTP API's route table: every path (a template, where {@code {id}} stands for one path segment)
 * and method the router answers, who may call it, and every status each can produce.
 * {@code docs/openapi.yaml} documents exactly these (a test keeps them in step).
 */
final class Routes {
    static final String MESSAGES = "/v1/messages";
    static final String HEALTHZ = "/healthz";
    static final String READYZ = "/readyz";
    static final String METRICS = "/metrics";
    static final String SUGGEST = "/v1/suggest";
    static final String HANDOFFS = "/v1/handoffs";
    static final String CONVERSATION = "/v1/conversations/{id}";
    static final String RESOLVE = "/v1/conversations/{id}/resolve";
    static final String ADMIN_RELOAD = "/admin/reload";
    static final String ADMIN_KNOWLEDGE = "/admin/knowledge";
    static final String ADMIN_UNANSWERED = "/admin/unanswered";
    static final String ADMIN_OUTBOX = "/admin/outbox";
    static final String DINGTALK = "/channels/dingtalk";
    static final String WECOM = "/channels/wecom";
    static final String FEISHU = "/channels/feishu";
    static final String REPLY = "/v1/conversations/{id}/reply";
    static final String TAKEOVER = "/v1/conversations/{id}/takeover";
    static final String ADMIN_ENTRIES = "/admin/knowledge/entries";
    static final String ADMIN_TRY = "/admin/try";
    static final String ADMIN_EVAL = "/admin/eval";
    // the pages (static files in the jar) and the seller web chat's own endpoints
    static final String CHAT_PAGE = "/chat";
    static final String CONSOLE_PAGE = "/console";
    static final String KNOWLEDGE_PAGE = "/console/knowledge";
    static final String ASSET = "/assets/{file}";
    static final String CHAT_MESSAGES = "/chat/messages";
    static final String CHAT_HISTORY = "/chat/history";
    static final String CHAT_EVENTS = "/chat/events";

    /**
     * Who may call a route: anyone, holders of the staff or the admin bearer token, or an IM platform
     * (its callbacks are signed with the channel's secret, checked by the channel).
     */
    enum Access { PUBLIC, STAFF, ADMIN, CHANNEL }

    /** One operation: its method, path template, who may call it and the statuses it answers with. */
    record Route(String method, String path, Access access, Set<Integer> statuses) {
    }

    /** A request path matched to a template, with its path parameters URL-decoded. */
    record Match(String template, Map<String, String> params) {
    }

    /**
     * Statuses any request can get, whatever its path: malformed HTTP (400), unknown path (404), wrong
     * method (405), stalled request (408), body over 64 KiB (413), request line too long (414),
     * headers too large (431), an unexpected failure (500), and a connection over the cap (503, sent
     * on connecting).
     */
    static final Set<Integer> COMMON = Set.of(400, 404, 405, 408, 413, 414, 431, 500, 503);
    /** What a token-guarded route adds: 401 (missing or wrong token), 403 (no token configured). */
    private static final Set<Integer> GUARDED = Set.of(401, 403);

    static final List<Route> ALL = List.of(
            new Route("POST", MESSAGES, Access.PUBLIC, Set.of(200, 400, 401, 415, 429, 503)),
            new Route("GET", HEALTHZ, Access.PUBLIC, Set.of(200)),
            new Route("GET", READYZ, Access.PUBLIC, Set.of(200, 503)),
            new Route("GET", METRICS, Access.PUBLIC, Set.of(200)),
            new Route("POST", SUGGEST, Access.STAFF, Set.of(200, 400, 415, 503)),
            new Route("GET", HANDOFFS, Access.STAFF, Set.of(200)),
            new Route("GET", CONVERSATION, Access.STAFF, Set.of(200)),
            new Route("POST", RESOLVE, Access.STAFF, Set.of(200, 503)),
            new Route("POST", TAKEOVER, Access.STAFF, Set.of(200, 503)),
            new Route("POST", REPLY, Access.STAFF, Set.of(200, 400, 415, 503)),
            new Route("POST", ADMIN_RELOAD, Access.ADMIN, Set.of(200, 422, 503)),
            new Route("GET", ADMIN_KNOWLEDGE, Access.ADMIN, Set.of(200)),
            new Route("GET", ADMIN_UNANSWERED, Access.ADMIN, Set.of(200, 503)),
            new Route("GET", ADMIN_OUTBOX, Access.ADMIN, Set.of(200, 400, 503)),
            new Route("GET", ADMIN_ENTRIES, Access.ADMIN, Set.of(200, 503)),
            new Route("POST", ADMIN_TRY, Access.ADMIN, Set.of(200, 400, 415, 503)),
            new Route("GET", ADMIN_EVAL, Access.ADMIN, Set.of(200, 503)),
            new Route("GET", CHAT_PAGE, Access.PUBLIC, Set.of(200)),
            new Route("GET", CONSOLE_PAGE, Access.PUBLIC, Set.of(200)),
            new Route("GET", KNOWLEDGE_PAGE, Access.PUBLIC, Set.of(200)),
            new Route("GET", ASSET, Access.PUBLIC, Set.of(200)),
            new Route("POST", CHAT_MESSAGES, Access.PUBLIC, Set.of(200, 400, 415, 429, 503)),
            new Route("GET", CHAT_HISTORY, Access.PUBLIC, Set.of(200, 400, 503)),
            new Route("GET", CHAT_EVENTS, Access.PUBLIC, Set.of(200, 400, 503)),
            // the IM channels check their platforms' signatures (401); 404 while a channel is off
            new Route("POST", DINGTALK, Access.CHANNEL, Set.of(200, 400, 401, 503)),
            new Route("GET", WECOM, Access.CHANNEL, Set.of(200, 400, 401, 503)),
            new Route("POST", WECOM, Access.CHANNEL, Set.of(200, 400, 401, 503)),
            new Route("POST", FEISHU, Access.CHANNEL, Set.of(200, 400, 401, 503)));

    /** Each route's path template cut into its segments, by its index in {@link #ALL}: cut once, not per request. */
    private static final String[][] TEMPLATES = ALL.stream().map(r -> r.path().split("/", -1)).toArray(String[][]::new);
    /** The methods answered at each path template, in order (a request's route looks them up). */
    private static final Map<String, Set<String>> METHODS = methodsByPath();

    private static Map<String, Set<String>> methodsByPath() {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (Route r : ALL) {
            byPath.computeIfAbsent(r.path(), p -> new TreeSet<>()).add(r.method());
        }
        byPath.replaceAll((p, methods) -> Collections.unmodifiableSet(methods));
        return Map.copyOf(byPath);
    }

    private Routes() {
    }

    /**
     * The template {@code rawPath} (as sent, still percent-encoded) matches, or null. Each segment is
     * decoded on its own, so an encoded {@code /} stays inside its segment.
     *
     * @throws ApiError 400 when a segment is not valid percent-encoded UTF-8
     */
    static Match match(String rawPath) {
        String[] parts = rawPath.split("/", -1);
        for (int r = 0; r < ALL.size(); r++) {
            String[] template = TEMPLATES[r];
            if (template.length != parts.length) {
                continue;
            }
            Map<String, String> params = null;
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                String segment = decode(parts[i]);
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    if (params == null) {
                        params = new LinkedHashMap<>();
                    }
                    params.put(template[i].substring(1, template[i].length() - 1), segment);
                } else {
                    matches = template[i].equals(segment);
                }
            }
            if (matches) {
                return new Match(ALL.get(r).path(), params == null ? Map.of() : Map.copyOf(params));
            }
        }
        return null;
    }

    /** The route for {@code method} at {@code template}, or null. */
    static Route route(String method, String template) {
        for (Route r : ALL) {
            if (r.path().equals(template) && r.method().equals(method)) {
                return r;
            }
        }
        return null;
    }

    /** The methods answered at the path template {@code path}, or an empty set for an unknown path. */
    static Set<String> methods(String path) {
        return METHODS.getOrDefault(path, Set.of());
    }

    /** Every status an operation can answer with, common ones included. */
    static Map<String, Set<Integer>> statusesByOperation() {
        Map<String, Set<Integer>> map = new LinkedHashMap<>();
        for (Route r : ALL) {
            Set<Integer> all = new TreeSet<>(r.statuses());
            all.addAll(COMMON);
            if (r.access() == Access.STAFF || r.access() == Access.ADMIN) {
                all.addAll(GUARDED);
            }
            map.put(r.method() + " " + r.path(), all);
        }
        return map;
    }

    /** Strict percent-decoding of one path segment ({@code +} is a plus here, not a space). */
    static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) {
                    throw ApiError.badRequest("bad_request", "the request path has a broken percent escape");
                }
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw ApiError.badRequest("bad_request", "the request path has a broken percent escape");
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("bad_request", "the request path is not valid UTF-8 once decoded");
        }
    }
}
