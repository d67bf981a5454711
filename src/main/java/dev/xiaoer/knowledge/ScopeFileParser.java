package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code scope.yaml} into a {@link Scope}, every problem at its line. */
final class ScopeFileParser {
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("platform", "other-platforms", "not-platforms",
            "aspects", "not-asked", "vague", "about", "question-words", "refers", "which-cases", "read-as", "topics", "replies"));
    private static final Set<String> ASPECT_KEYS = new LinkedHashSet<>(List.of("label", "asked", "answered", "told"));
    private static final Set<String> READ_AS_KEYS = new LinkedHashSet<>(List.of("as", "unless", "denied-by", "when"));
    private static final Set<String> TOPIC_KEYS = new LinkedHashSet<>(List.of("label", "entry", "entries", "words"));

    private final List<Problem> problems;

    ScopeFileParser(List<Problem> problems) {
        this.problems = problems;
    }

    Scope parse(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node root = yaml.parse(text);
        if (root == null) {
            return null;
        }
        Map<String, Node> map = yaml.map(root, "the scope file", KEYS);
        for (String required : List.of("platform", "replies")) {
            if (!map.containsKey(required)) {
                yaml.problem(root, "the scope file needs '" + required + "'");
            }
        }
        return new Scope(lower(yaml.texts(map, "platform", "scope")), otherPlatforms(yaml, map),
                lower(yaml.texts(map, "not-platforms", "scope")), aspects(yaml, map),
                lower(yaml.texts(map, "not-asked", "scope")),
                lower(yaml.texts(map, "vague", "scope")), lower(yaml.texts(map, "about", "scope")),
                lower(yaml.texts(map, "question-words", "scope")), lower(yaml.texts(map, "refers", "scope")),
                whichCases(yaml, map), readAs(yaml, map), topics(yaml, map), replies(yaml, map), yaml.source(root));
    }

    /** Names are matched in lower case, as messages are read. */
    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static Map<String, List<String>> otherPlatforms(YamlFile yaml, Map<String, Node> map) {
        Map<String, List<String>> platforms = new LinkedHashMap<>();
        if (!map.containsKey("other-platforms")) {
            return platforms;
        }
        Map<String, Node> m = yaml.map(map.get("other-platforms"), "other-platforms", null);
        for (Map.Entry<String, Node> e : m.entrySet()) {
            List<String> names = new ArrayList<>(lower(yaml.texts(m, e.getKey(), "other-platforms")));
            String own = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (!names.contains(own)) {
                names.add(0, own); // the platform's own name is one of its names
            }
            platforms.put(e.getKey(), names);
        }
        return platforms;
    }

    private static List<Scope.Aspect> aspects(YamlFile yaml, Map<String, Node> map) {
        List<Scope.Aspect> aspects = new ArrayList<>();
        if (!map.containsKey("aspects")) {
            return aspects;
        }
        for (Map.Entry<String, Node> e : yaml.map(map.get("aspects"), "aspects", null).entrySet()) {
            String what = "aspect '" + e.getKey() + "'";
            Map<String, Node> a = yaml.map(e.getValue(), what, ASPECT_KEYS);
            String label = yaml.text(a, "label", e.getValue(), what, true);
            List<String> asked = lower(yaml.texts(a, "asked", what));
            if (asked.isEmpty()) {
                yaml.problem(e.getValue(), what + ": 'asked' must list the words that ask it");
            }
            if (label != null) {
                aspects.add(new Scope.Aspect(e.getKey(), label, asked, lower(yaml.texts(a, "answered", what)),
                        lower(yaml.texts(a, "told", what)), yaml.source(e.getValue())));
            }
        }
        return aspects;
    }

    /** The words read as others in a question asking which cases there are ({@code which-cases}: optional). */
    private static Map<String, String> whichCases(YamlFile yaml, Map<String, Node> map) {
        Map<String, String> reads = new LinkedHashMap<>();
        if (!map.containsKey("which-cases")) {
            return reads;
        }
        Node node = map.get("which-cases");
        Map<String, Node> m = yaml.map(node, "which-cases", null);
        for (String word : m.keySet()) {
            String as = yaml.text(m, word, node, "which-cases", true);
            if (as != null) {
                reads.put(word.toLowerCase(java.util.Locale.ROOT), as.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return reads;
    }

    /** The words a message reads as others unless it tells one of their {@code unless} ({@code read-as}: optional). */
    private static Map<String, Scope.ReadAs> readAs(YamlFile yaml, Map<String, Node> map) {
        Map<String, Scope.ReadAs> reads = new LinkedHashMap<>();
        if (!map.containsKey("read-as")) {
            return reads;
        }
        Map<String, Node> m = yaml.map(map.get("read-as"), "read-as", null);
        for (Map.Entry<String, Node> e : m.entrySet()) {
            String what = "read-as '" + e.getKey() + "'";
            Map<String, Node> r = yaml.map(e.getValue(), what, READ_AS_KEYS);
            String as = yaml.text(r, "as", e.getValue(), what, true);
            if (as != null) {
                reads.put(e.getKey().toLowerCase(java.util.Locale.ROOT), new Scope.ReadAs(as.toLowerCase(java.util.Locale.ROOT),
                        lower(yaml.texts(r, "unless", what)), lower(yaml.texts(r, "denied-by", what)),
                        lower(yaml.texts(r, "when", what))));
            }
        }
        return reads;
    }

    private static List<Scope.Topic> topics(YamlFile yaml, Map<String, Node> map) {
        List<Scope.Topic> topics = new ArrayList<>();
        if (!map.containsKey("topics")) {
            return topics;
        }
        for (Node item : yaml.list(map.get("topics"), "topics")) {
            Map<String, Node> t = yaml.map(item, "a topic", TOPIC_KEYS);
            String label = yaml.text(t, "label", item, "a topic", true);
            String entry = yaml.text(t, "entry", item, "a topic", true);
            List<String> entries = yaml.texts(t, "entries", "a topic");
            List<String> words = lower(yaml.texts(t, "words", "a topic"));
            if (label != null && entry != null) {
                topics.add(new Scope.Topic(label, entry, entries.isEmpty() ? List.of(entry) : entries, words,
                        yaml.source(item)));
            }
        }
        return topics;
    }

    private static Map<String, String> replies(YamlFile yaml, Map<String, Node> map) {
        Map<String, String> replies = new LinkedHashMap<>();
        if (!map.containsKey("replies")) {
            return replies;
        }
        Node node = map.get("replies");
        Map<String, Node> m = yaml.map(node, "replies", new LinkedHashSet<>(Scope.REPLIES));
        for (String key : Scope.REPLIES) {
            String text = yaml.text(m, key, node, "replies", true);
            if (text != null) {
                replies.put(key, text);
            }
        }
        if (m.get("other-platform") instanceof ScalarNode s && !s.getValue().contains("{platform}")) {
            yaml.problem(s, "replies: 'other-platform' must name the platform asked about: {platform}");
        }
        if (m.get("unanswered") instanceof ScalarNode s && !s.getValue().contains("{aspect}")) {
            yaml.problem(s, "replies: 'unanswered' must name what the knowledge does not say: {aspect}");
        }
        return replies;
    }
}
