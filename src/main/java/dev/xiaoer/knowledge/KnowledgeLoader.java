package dev.xiaoer.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a knowledge directory ({@code faq/*.yaml}, {@code flows/*.yaml}, {@code synonyms.txt},
 * {@code phrases.yaml}, and {@code scope.yaml} when there is one) and checks it whole: every
 * problem is reported with its file and line, and a knowledge base is returned only when there is none.
 */
public final class KnowledgeLoader {

    /** What a load gave: the knowledge base when valid, else the problems found. */
    public record Result(KnowledgeBase knowledge, List<Problem> problems, String location) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return knowledge != null;
        }
    }

    private static final String PHRASES_FILE = "phrases.yaml";
    private static final String SYNONYMS_FILE = "synonyms.txt";
    private static final String SCOPE_FILE = "scope.yaml";

    private final Path root;
    private final String displayRoot;
    private final List<Problem> problems = new ArrayList<>();
    /** The knowledge directory with its links followed, once a file has been read. */
    private Path realRoot;

    private KnowledgeLoader(Path root, String displayRoot) {
        this.root = root;
        this.displayRoot = displayRoot;
    }

    /** Loads the knowledge directory {@code dir}; paths in problems are shown under {@code dir} as given. */
    public static Result load(Path dir) {
        return new KnowledgeLoader(dir, dir.toString()).run();
    }

    /**
     * The contract's default: {@code dir} when given, else {@code ./knowledge} when it exists, else the
     * copy bundled in the jar.
     */
    public static Result loadDefault(Path dir) {
        if (dir != null) {
            return load(dir);
        }
        Path local = Path.of("knowledge");
        if (Files.isDirectory(local)) {
            return load(local);
        }
        return new KnowledgeLoader(bundledRoot(), "bundled:knowledge").run();
    }

    /** The knowledge directory packed into the jar (or on the class path in development). */
    public static Path bundledRoot() {
        URL marker = KnowledgeLoader.class.getResource("/knowledge/" + PHRASES_FILE);
        if (marker == null) {
            throw new IllegalStateException("no knowledge bundled on the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier load: reuse it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled knowledge: " + e.getMessage(), e);
        }
    }

    private Result run() {
        if (!Files.isDirectory(root)) {
            problems.add(new Problem(displayRoot, 0, "not a knowledge directory"));
            return new Result(null, problems, displayRoot);
        }
        MessageDigest digest = sha256();
        FaqFileParser faqParser = new FaqFileParser(problems);
        List<FaqEntry> faqs = new ArrayList<>();
        for (Path file : yamlFiles("faq")) {
            String text = read(file, digest);
            if (text != null) {
                faqs.addAll(faqParser.parse(display(file), text));
            }
        }
        if (faqs.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(displayRoot + "/faq", 0, "no FAQ entries: add faq/*.yaml"));
        }
        Map<String, Flow> flows = new LinkedHashMap<>();
        for (Path file : yamlFiles("flows")) {
            String text = read(file, digest);
            Flow flow = text == null ? null : new FlowFileParser(problems).parse(display(file), text);
            if (flow != null) {
                if (flows.containsKey(flow.id())) {
                    problems.add(Problem.at(flow.source(), "flow id '" + flow.id() + "' is also defined at "
                            + flows.get(flow.id()).source()));
                } else {
                    flows.put(flow.id(), flow);
                }
            }
        }
        Phrases phrases = null;
        Path phrasesFile = root.resolve(PHRASES_FILE);
        if (Files.isRegularFile(phrasesFile)) {
            String text = read(phrasesFile, digest);
            phrases = text == null ? null : new PhrasesFileParser(problems).parse(display(phrasesFile), text);
        } else {
            problems.add(new Problem(display(phrasesFile), 0, "missing: small talk, handoff and cancel phrases live here"));
        }
        List<SynonymRule> synonyms = List.of();
        Path synonymsFile = root.resolve(SYNONYMS_FILE);
        if (Files.isRegularFile(synonymsFile)) {
            String text = read(synonymsFile, digest);
            synonyms = text == null ? List.of() : SynonymsFile.parse(display(synonymsFile), text, problems);
        }
        Scope scope = Scope.NONE;
        Path scopeFile = root.resolve(SCOPE_FILE);
        if (Files.isRegularFile(scopeFile)) {
            String text = read(scopeFile, digest);
            Scope parsed = text == null ? null : new ScopeFileParser(problems).parse(display(scopeFile), text);
            scope = parsed == null ? Scope.NONE : parsed;
        }
        faqParser.check(faqs, flows);
        ScopeChecks.check(scope, faqs, problems);
        Map<String, FaqEntry> byId = new LinkedHashMap<>();
        faqs.forEach(f -> byId.putIfAbsent(f.id(), f));
        FlowChecks.check(flows, byId, phrases, problems);
        if (!problems.isEmpty()) {
            return new Result(null, problems, displayRoot);
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Result(new KnowledgeBase(faqs, flows, synonyms, phrases, scope, version), problems, displayRoot);
    }

    // ---------------------------------------------------------------- files

    private List<Path> yamlFiles(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(Path file, MessageDigest digest) {
        try {
            if (!insideRoot(file)) {
                // a link out of the directory (to /etc/shadow, say) would show the file's lines as
                // problems in the log and at /admin/knowledge: refused unread
                problems.add(new Problem(display(file), 0,
                        "links to a file outside the knowledge directory; refused (copy the file in instead)"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(display(file), 1, "not valid UTF-8"));
        } catch (IOException e) {
            problems.add(new Problem(display(file), 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /**
     * Whether {@code file}, every link followed, is under the knowledge directory (itself with its links
     * followed). Links inside the directory are fine. The bundled copy in the jar has no links.
     */
    private boolean insideRoot(Path file) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return true;
        }
        if (realRoot == null) {
            realRoot = root.toRealPath();
        }
        return file.toRealPath().startsWith(realRoot);
    }

    private String display(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
    }

    // ---------------------------------------------------------------- helpers

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
