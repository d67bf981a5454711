package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/openapi.yaml documents exactly the routes and statuses the router can produce. */
class OpenApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Set<Integer>> documented() throws IOException {
        Map<String, Object> spec = new Yaml().load(Files.readString(Path.of("docs/openapi.yaml")));
        assertEquals("3.1.0", spec.get("openapi"));
        Map<String, Set<Integer>> ops = new TreeMap<>();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        paths.forEach((path, methods) -> methods.forEach((method, op) -> {
            Map<Object, Object> responses = (Map<Object, Object>) ((Map<String, Object>) op).get("responses");
            Set<Integer> statuses = new TreeSet<>();
            responses.keySet().forEach(k -> statuses.add(Integer.parseInt(k.toString())));
            ops.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, statuses);
        }));
        return ops;
    }

    @Test
    void specAndRouterAgree() throws IOException {
        assertEquals(new TreeMap<>(Routes.statusesByOperation()), documented());
    }

    @Test
    void everyReferencedResponseIsDefined() throws IOException {
        String text = Files.readString(Path.of("docs/openapi.yaml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$ref: '#/components/(\\w+)/(\\w+)'").matcher(text);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>)
                new Yaml().<Map<String, Object>>load(text).get("components");
        while (m.find()) {
            assertTrue(components.get(m.group(1)).containsKey(m.group(2)), m.group());
        }
    }
}
