package dev.xiaoer.bench;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * What the benchmarks load at setup: the real knowledge base and the real seller questions.
 *
 * <p>System properties: {@code xiaoer.knowledge} (a knowledge directory; default {@code ./knowledge},
 * else the copy bundled in the jar) and {@code xiaoer.cases} (default {@code eval/cases.yaml}).
 * JMH hands the host JVM's {@code -D} options to its forks.
 */
final class BenchData {
    private BenchData() {
    }

    static KnowledgeBase realKnowledge() {
        String dir = System.getProperty("xiaoer.knowledge");
        KnowledgeLoader.Result result = KnowledgeLoader.loadDefault(dir == null ? null : Path.of(dir));
        if (!result.ok() && result.problems().stream().allMatch(p -> DANGLING_FLOW.matcher(p.message()).find())) {
            result = withoutFlowReferences(Path.of(dir == null ? "knowledge" : dir));
        }
        if (!result.ok()) {
            throw new IllegalStateException("cannot load the knowledge at " + result.location() + ": "
                    + result.problems());
        }
        return result.knowledge();
    }

    private static final Pattern DANGLING_FLOW = Pattern.compile("flow '[^']*' does not exist");

    /**
     * Retrieval never reads flows: when the only problems are FAQ entries naming flows that are not
     * in the tree yet, load a temporary copy without the {@code flow:} lines (said on stderr).
     */
    private static KnowledgeLoader.Result withoutFlowReferences(Path dir) {
        try {
            Path copy = Files.createTempDirectory("xiaoer-bench-knowledge");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = copy.resolve(dir.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (dir.relativize(file).startsWith("faq")) {
                        Files.writeString(target, FLOW_LINE.matcher(Files.readString(file)).replaceAll(""));
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            System.err.println("[bench] " + dir + ": FAQ entries name flows that are not there; "
                    + "retrieval does not use flows, so loading a copy without the flow: lines: " + copy);
            return KnowledgeLoader.load(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern FLOW_LINE = Pattern.compile("(?m)^[ \\t]+flow:[^\\n]*\\n");

    /** The {@code text} of every case in the evaluation file, in file order. */
    static List<String> sellerQuestions() {
        Path file = Path.of(System.getProperty("xiaoer.cases", "eval/cases.yaml"));
        Object doc;
        try {
            doc = new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seller questions at " + file.toAbsolutePath()
                    + " (run from the repository root, or set -Dxiaoer.cases)", e);
        }
        List<String> texts = new ArrayList<>();
        if (doc instanceof List<?> cases) {
            for (Object c : cases) {
                if (c instanceof Map<?, ?> m && m.get("text") instanceof String text) {
                    texts.add(text);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no case texts in " + file.toAbsolutePath());
        }
        return List.copyOf(texts);
    }
}
