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
 * {@code phrases.yaml}) and checks it whole: every problem is reported with its file and line, and
 * a knowledge base is returned only when there is none.
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

    private static final Pattern FAQ_ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Pattern FLOW_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> FAQ_KEYS = orderedSet("id", "question", "alternates", "answer", "flow", "related");
    private static final Set<String> FLOW_KEYS = orderedSet("id", "title", "start", "steps");
    private static final Set<String> STEP_KEYS = orderedSet("say", "expect", "yes", "no", "choices", "quick", "help");
    private static final Set<String> BRANCH_KEYS = orderedSet("next", "say");
    private static final Set<String> CHOICE_KEYS = orderedSet("label", "words", "next", "say");
    private static final Set<String> PHRASE_KEYS = orderedSet("smalltalk", "handoff", "cancel", "resume", "yes", "no", "filler", "stopwords", "out-of-scope", "messages");
    private static final Set<String> SMALLTALK_KEYS = orderedSet("phrases", "reply");
    private static final String PHRASES_FILE = "phrases.yaml";
    private static final String SYNONYMS_FILE = "synonyms.txt";

    private final Path root;
    private final String displayRoot;
    private final List<Problem> problems = new ArrayList<>();

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
        List<FaqEntry> faqs = new ArrayList<>();
        for (Path file : yamlFiles("faq")) {
            String text = read(file, digest);
            if (text != null) {
                faqs.addAll(parseFaqFile(display(file), text));
            }
        }
        if (faqs.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(displayRoot + "/faq", 0, "no FAQ entries: add faq/*.yaml"));
        }
        Map<String, Flow> flows = new LinkedHashMap<>();
        for (Path file : yamlFiles("flows")) {
            String text = read(file, digest);
            Flow flow = text == null ? null : parseFlowFile(display(file), file, text);
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
            phrases = text == null ? null : parsePhrases(display(phrasesFile), text);
        } else {
            problems.add(new Problem(display(phrasesFile), 0, "missing: small talk, handoff and cancel phrases live here"));
        }
        List<SynonymRule> synonyms = List.of();
        Path synonymsFile = root.resolve(SYNONYMS_FILE);
        if (Files.isRegularFile(synonymsFile)) {
            String text = read(synonymsFile, digest);
            synonyms = text == null ? List.of() : SynonymsFile.parse(display(synonymsFile), text, problems);
        }
        checkFaqs(faqs, flows);
        if (!problems.isEmpty()) {
            return new Result(null, problems, displayRoot);
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Result(new KnowledgeBase(faqs, flows, synonyms, phrases, version), problems, displayRoot);
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

    private String display(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
    }

    // ---------------------------------------------------------------- FAQ

    private List<FaqEntry> parseFaqFile(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        List<FaqEntry> entries = new ArrayList<>();
        if (rootNode == null) {
            return entries;
        }
        for (Node item : yaml.list(rootNode, "an FAQ file")) {
            Map<String, Node> map = yaml.map(item, "an FAQ entry", FAQ_KEYS);
            String id = yaml.text(map, "id", item, "FAQ entry", true);
            String what = id == null ? "FAQ entry" : "FAQ entry '" + id + "'";
            if (id != null && !FAQ_ID.matcher(id).matches()) {
                yaml.problem(map.get("id"), what + ": id must be lower-case words joined by '.' or '-'");
            }
            String question = yaml.text(map, "question", item, what, true);
            String answer = yaml.text(map, "answer", item, what, true);
            if (!map.containsKey("alternates")) {
                yaml.problem(item, what + ": 'alternates' is required (the other ways sellers ask)");
            }
            List<String> alternates = yaml.texts(map, "alternates", what);
            String flow = yaml.text(map, "flow", item, what, false);
            List<String> related = yaml.texts(map, "related", what);
            if (id != null && question != null && answer != null) {
                entries.add(new FaqEntry(id, question, alternates, answer, flow, related, yaml.source(item)));
            }
        }
        return entries;
    }

    private void checkFaqs(List<FaqEntry> faqs, Map<String, Flow> flows) {
        Map<String, FaqEntry> byId = new HashMap<>();
        Map<String, FaqEntry> byPhrasing = new HashMap<>();
        for (FaqEntry faq : faqs) {
            FaqEntry earlier = byId.putIfAbsent(faq.id(), faq);
            if (earlier != null) {
                problems.add(Problem.at(faq.source(), "duplicate id '" + faq.id() + "', first defined at " + earlier.source()));
                continue;
            }
            for (String phrasing : faq.phrasings()) {
                String key = phrasingKey(phrasing);
                FaqEntry owner = byPhrasing.putIfAbsent(key, faq);
                if (owner != null && owner != faq) {
                    problems.add(Problem.at(faq.source(), "'" + phrasing + "' is asked under both '" + owner.id()
                            + "' (" + owner.source() + ") and '" + faq.id() + "'"));
                } else if (owner == faq && !phrasing.equals(faq.question())) {
                    problems.add(Problem.at(faq.source(), "FAQ entry '" + faq.id() + "': '" + phrasing + "' is listed twice"));
                }
            }
        }
        for (FaqEntry faq : faqs) {
            if (faq.flow() != null && !flows.containsKey(faq.flow())) {
                problems.add(Problem.at(faq.source(), "FAQ entry '" + faq.id() + "': flow '" + faq.flow()
                        + "' does not exist (flows: " + String.join(", ", flows.keySet()) + ")"));
            }
            for (String related : faq.related()) {
                if (!byId.containsKey(related)) {
                    problems.add(Problem.at(faq.source(), "FAQ entry '" + faq.id() + "': related id '" + related + "' does not exist"));
                } else if (related.equals(faq.id())) {
                    problems.add(Problem.at(faq.source(), "FAQ entry '" + faq.id() + "' lists itself as related"));
                }
            }
        }
    }

    /** Two phrasings are the same question when they differ only in case, spaces and punctuation. */
    private static String phrasingKey(String phrasing) {
        return java.text.Normalizer.normalize(phrasing, java.text.Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }

    // ---------------------------------------------------------------- flows

    private Flow parseFlowFile(String path, Path file, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        if (rootNode == null) {
            return null;
        }
        int before = problems.size();
        Map<String, Node> map = yaml.map(rootNode, "a flow", FLOW_KEYS);
        String id = yaml.text(map, "id", rootNode, "flow", true);
        String what = id == null ? "flow" : "flow '" + id + "'";
        if (id != null && !FLOW_ID.matcher(id).matches()) {
            yaml.problem(map.get("id"), what + ": id must be lower-case words joined by '-'");
        }
        String title = yaml.text(map, "title", rootNode, what, true);
        String start = yaml.text(map, "start", rootNode, what, true);
        Map<String, FlowStep> steps = new LinkedHashMap<>();
        Node stepsNode = map.get("steps");
        if (stepsNode == null) {
            yaml.problem(rootNode, what + ": 'steps' is required");
        } else {
            for (Map.Entry<String, Node> step : yaml.map(stepsNode, what + ": steps", null).entrySet()) {
                FlowStep parsed = parseStep(yaml, what, step.getKey(), step.getValue());
                if (parsed != null) {
                    steps.put(parsed.id(), parsed);
                }
            }
        }
        if (problems.size() > before || id == null) {
            return null;
        }
        Flow flow = new Flow(id, title, start, steps, yaml.source(rootNode));
        checkFlow(yaml, flow, map.get("start"));
        return problems.size() > before ? null : flow;
    }

    private FlowStep parseStep(YamlFile yaml, String flowWhat, String stepId, Node node) {
        String what = flowWhat + ", step '" + stepId + "'";
        if (!FLOW_ID.matcher(stepId).matches()) {
            yaml.problem(node, what + ": step ids are lower-case words joined by '-'");
        }
        Map<String, Node> map = yaml.map(node, what, STEP_KEYS);
        String say = yaml.text(map, "say", node, what, true);
        String expectText = yaml.text(map, "expect", node, what, false);
        FlowStep.Expect expect;
        if (expectText == null || expectText.equals("end")) {
            expect = FlowStep.Expect.END;
        } else if (expectText.equals("yesno")) {
            expect = FlowStep.Expect.YES_NO;
        } else if (expectText.equals("choice")) {
            expect = FlowStep.Expect.CHOICE;
        } else {
            yaml.problem(map.get("expect"), what + ": expect must be yesno, choice or end, not '" + expectText + "'");
            return null;
        }
        Branch yes = branch(yaml, map, "yes", what);
        Branch no = branch(yaml, map, "no", what);
        List<Choice> choices = new ArrayList<>();
        if (map.containsKey("choices")) {
            for (Node choiceNode : yaml.list(map.get("choices"), what + ": choices")) {
                Map<String, Node> c = yaml.map(choiceNode, what + ": a choice", CHOICE_KEYS);
                String label = yaml.text(c, "label", choiceNode, what + ": a choice", true);
                String next = yaml.text(c, "next", choiceNode, what + ": choice '" + label + "'", false);
                String choiceSay = yaml.text(c, "say", choiceNode, what, false);
                if (next == null && choiceSay == null && label != null) {
                    yaml.problem(choiceNode, what + ": choice '" + label + "' has no transition (give 'next' or 'say')");
                }
                if (label != null) {
                    choices.add(new Choice(label, yaml.texts(c, "words", what), new Branch(next, choiceSay)));
                }
            }
        }
        switch (expect) {
            case YES_NO -> {
                if (yes == null) {
                    yaml.problem(node, what + ": a yesno step needs 'yes'");
                }
                if (no == null) {
                    yaml.problem(node, what + ": a yesno step needs 'no'");
                }
                if (!choices.isEmpty()) {
                    yaml.problem(map.get("choices"), what + ": a yesno step has no 'choices'");
                }
            }
            case CHOICE -> {
                if (choices.size() < 2) {
                    yaml.problem(node, what + ": a choice step needs at least two 'choices'");
                }
                if (yes != null || no != null) {
                    yaml.problem(node, what + ": a choice step reads its choices, not 'yes'/'no'");
                }
            }
            case END -> {
                if (yes != null || no != null || !choices.isEmpty()) {
                    yaml.problem(node, what + ": an end step has no answers to read (remove yes/no/choices or set expect)");
                }
            }
        }
        List<String> quick = yaml.texts(map, "quick", what);
        String help = yaml.text(map, "help", node, what, false);
        if (say == null) {
            return null;
        }
        return new FlowStep(stepId, say, expect, yes, no, choices, quick, help, yaml.source(node));
    }

    private Branch branch(YamlFile yaml, Map<String, Node> map, String key, String what) {
        Node node = map.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
            String next = yaml.text(map, key, node, what, true);
            return next == null ? null : new Branch(next, null);
        }
        Map<String, Node> b = yaml.map(node, what + ": '" + key + "'", BRANCH_KEYS);
        String next = yaml.text(b, "next", node, what + ": '" + key + "'", false);
        String say = yaml.text(b, "say", node, what + ": '" + key + "'", false);
        if (next == null && say == null) {
            yaml.problem(node, what + ": '" + key + "' needs 'next' or 'say'");
            return null;
        }
        return new Branch(next, say);
    }

    private void checkFlow(YamlFile yaml, Flow flow, Node startNode) {
        String what = "flow '" + flow.id() + "'";
        if (!flow.steps().containsKey(flow.start())) {
            yaml.problem(startNode, what + ": start step '" + flow.start() + "' does not exist");
            return;
        }
        for (FlowStep step : flow.steps().values()) {
            for (Branch branch : branches(step)) {
                if (branch.next() != null && !flow.steps().containsKey(branch.next())) {
                    problems.add(Problem.at(step.source(), what + ", step '" + step.id() + "': goes to unknown step '"
                            + branch.next() + "'"));
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(flow.start()));
        boolean endReached = false;
        while (!todo.isEmpty()) {
            FlowStep step = flow.step(todo.pop());
            if (step == null || !reached.add(step.id())) {
                continue;
            }
            endReached |= step.isEnd();
            for (Branch branch : branches(step)) {
                if (branch.next() != null) {
                    todo.push(branch.next());
                }
            }
        }
        for (FlowStep step : flow.steps().values()) {
            if (!reached.contains(step.id())) {
                problems.add(Problem.at(step.source(), what + ", step '" + step.id() + "' cannot be reached from '"
                        + flow.start() + "'"));
            }
        }
        if (!endReached) {
            problems.add(Problem.at(flow.source(), what + ": no end step can be reached, the flow never finishes"));
        }
    }

    private static List<Branch> branches(FlowStep step) {
        List<Branch> branches = new ArrayList<>();
        if (step.yes() != null) {
            branches.add(step.yes());
        }
        if (step.no() != null) {
            branches.add(step.no());
        }
        step.choices().forEach(c -> branches.add(c.branch()));
        return branches;
    }

    // ---------------------------------------------------------------- phrases

    private Phrases parsePhrases(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        if (rootNode == null) {
            return null;
        }
        Map<String, Node> map = yaml.map(rootNode, "the phrases file", PHRASE_KEYS);
        List<SmallTalk> smalltalk = new ArrayList<>();
        if (map.containsKey("smalltalk")) {
            for (Map.Entry<String, Node> e : yaml.map(map.get("smalltalk"), "smalltalk", null).entrySet()) {
                String what = "smalltalk '" + e.getKey() + "'";
                Map<String, Node> st = yaml.map(e.getValue(), what, SMALLTALK_KEYS);
                List<String> phrases = yaml.texts(st, "phrases", what);
                String reply = yaml.text(st, "reply", e.getValue(), what, true);
                if (phrases.isEmpty()) {
                    yaml.problem(e.getValue(), what + ": 'phrases' must list at least one phrase");
                }
                if (reply != null) {
                    smalltalk.add(new SmallTalk(e.getKey(), phrases, reply));
                }
            }
        }
        for (String required : List.of("handoff", "cancel", "yes", "no", "messages")) {
            if (!map.containsKey(required)) {
                yaml.problem(rootNode, "the phrases file needs '" + required + "'");
            }
        }
        Map<String, String> messages = new LinkedHashMap<>();
        if (map.containsKey("messages")) {
            Map<String, Node> m = yaml.map(map.get("messages"), "messages", null);
            for (String key : m.keySet()) {
                String value = yaml.text(m, key, map.get("messages"), "message", false);
                messages.put(key, value == null ? "" : value);
            }
        }
        return new Phrases(smalltalk, yaml.texts(map, "handoff", "phrases"), yaml.texts(map, "cancel", "phrases"),
                yaml.texts(map, "resume", "phrases"), yaml.texts(map, "yes", "phrases"), yaml.texts(map, "no", "phrases"),
                yaml.texts(map, "filler", "phrases"), yaml.texts(map, "stopwords", "phrases"),
                yaml.texts(map, "out-of-scope", "phrases"), messages);
    }

    // ---------------------------------------------------------------- helpers

    private static Set<String> orderedSet(String... keys) {
        return new java.util.LinkedHashSet<>(List.of(keys));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
