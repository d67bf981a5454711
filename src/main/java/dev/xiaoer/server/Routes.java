package dev.xiaoer.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTTP API's route table: every path and method the router answers, with every status each can
 * produce. {@code docs/openapi.yaml} documents exactly these (a test keeps them in step).
 */
final class Routes {
    static final String MESSAGES = "/v1/messages";
    static final String HEALTHZ = "/healthz";
    static final String READYZ = "/readyz";
    static final String METRICS = "/metrics";

    /** One operation: its method, path and the statuses it answers with. */
    record Route(String method, String path, Set<Integer> statuses) {
    }

    /**
     * Statuses any request can get, whatever its path: malformed HTTP (400), unknown path (404), wrong
     * method (405), stalled request (408), body over 64 KiB (413), request line too long (414),
     * headers too large (431), and an unexpected failure (500).
     */
    static final Set<Integer> COMMON = Set.of(400, 404, 405, 408, 413, 414, 431, 500);

    static final List<Route> ALL = List.of(
            new Route("POST", MESSAGES, Set.of(200, 400, 415, 503)),
            new Route("GET", HEALTHZ, Set.of(200)),
            new Route("GET", READYZ, Set.of(200, 503)),
            new Route("GET", METRICS, Set.of(200)));

    private Routes() {
    }

    /** The methods answered at {@code path}, or an empty set for an unknown path. */
    static Set<String> methods(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route r : ALL) {
            if (r.path().equals(path)) {
                methods.add(r.method());
            }
        }
        return methods;
    }

    /** Every status an operation can answer with, common ones included. */
    static Map<String, Set<Integer>> statusesByOperation() {
        Map<String, Set<Integer>> map = new LinkedHashMap<>();
        for (Route r : ALL) {
            Set<Integer> all = new TreeSet<>(r.statuses());
            all.addAll(COMMON);
            map.put(r.method() + " " + r.path(), all);
        }
        return map;
    }
}
