package dev.xiaoer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend one way, as {@code docs/architecture.md} draws them: a package imports only
 * packages on lower layers (plus the few same-layer uses listed). A new package gets its layer here.
 */
class ArchitectureTest {
    /** Top to bottom. */
    private static final List<Set<String>> LAYERS = List.of(
            Set.of("cli"),
            Set.of("server"),
            Set.of("channel", "web"),
            Set.of("staff", "conversation", "outbox", "reload", "report", "eval"),
            Set.of("store"),
            Set.of("dialogue"),
            Set.of("retrieval"),
            Set.of("text"),
            Set.of("knowledge"));
    /** Uses within one layer. */
    private static final Map<String, Set<String>> SIDEWAYS = Map.of("staff", Set.of("conversation"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.xiaoer\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void packagesDependDownwardsOnly() throws IOException {
        Path root = Path.of("src/main/java/dev/xiaoer");
        List<String> wrong = new ArrayList<>();
        Set<String> unplaced = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = root.relativize(file).getName(0).toString();
                int fromLayer = layer(from);
                if (fromLayer < 0) {
                    unplaced.add(from);
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = m.group(1);
                    int toLayer = layer(to);
                    boolean ok = to.equals(from) || toLayer > fromLayer
                            || SIDEWAYS.getOrDefault(from, Set.of()).contains(to);
                    if (!ok) {
                        wrong.add(root.relativize(file) + " imports " + to);
                    }
                }
            }
        }
        assertEquals(Set.of(), unplaced, "packages without a layer in ArchitectureTest.LAYERS");
        assertEquals(List.of(), wrong, "imports against the layering of docs/architecture.md");
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }
}
