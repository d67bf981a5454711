package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads {@code phrases.yaml} into {@link Phrases}, every problem at its line. */
final class PhrasesFileParser {
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("smalltalk", "acknowledgements", "handoff",
            "cancel", "resume", "defer", "later", "aside", "negators", "non-negators", "topics", "third-parties", "affirmative", "negative", "clause-breaks", "corrections", "cues", "durations", "dates", "filler",
            "stopwords", "out-of-scope", "messages", "patterns", "dialect"));
    private static final Set<String> SMALLTALK_KEYS = new LinkedHashSet<>(List.of("phrases", "reply", "beside"));
    private static final Set<String> INTENT_KEYS = new LinkedHashSet<>(List.of("whole", "inside"));

    private final List<Problem> problems;

    PhrasesFileParser(List<Problem> problems) {
        this.problems = problems;
    }

    Phrases parse(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        if (rootNode == null) {
            return null;
        }
        Map<String, Node> map = yaml.map(rootNode, "the phrases file", KEYS);
        for (String required : List.of("handoff", "cancel", "resume", "affirmative", "negative", "messages", "patterns")) {
            if (!map.containsKey(required)) {
                yaml.problem(rootNode, "the phrases file needs '" + required + "'");
            }
        }
        return new Phrases(smalltalk(yaml, map), yaml.texts(map, "acknowledgements", "phrases"),
                intent(yaml, map, "handoff"), intent(yaml, map, "cancel"), intent(yaml, map, "resume"),
                intent(yaml, map, "defer"), phrases(yaml, map, "later", "phrases"), phrases(yaml, map, "aside", "phrases"),
                yaml.texts(map, "negators", "phrases"), yaml.texts(map, "non-negators", "phrases"),
                yaml.texts(map, "topics", "phrases"), yaml.texts(map, "third-parties", "phrases"),
                yaml.texts(map, "affirmative", "phrases"), yaml.texts(map, "negative", "phrases"),
                yaml.texts(map, "clause-breaks", "phrases"), yaml.texts(map, "corrections", "phrases"),
                cues(yaml, map), durations(yaml, map), dates(yaml, map), yaml.texts(map, "filler", "phrases"),
                yaml.texts(map, "stopwords", "phrases"), yaml.texts(map, "out-of-scope", "phrases"),
                messages(yaml, map), patterns(yaml, map), dialect(yaml, map));
    }

    private static List<SmallTalk> smalltalk(YamlFile yaml, Map<String, Node> map) {
        List<SmallTalk> smalltalk = new ArrayList<>();
        if (!map.containsKey("smalltalk")) {
            return smalltalk;
        }
        for (Map.Entry<String, Node> e : yaml.map(map.get("smalltalk"), "smalltalk", null).entrySet()) {
            String what = "smalltalk '" + e.getKey() + "'";
            Map<String, Node> st = yaml.map(e.getValue(), what, SMALLTALK_KEYS);
            List<String> phrases = yaml.texts(st, "phrases", what);
            String reply = yaml.text(st, "reply", e.getValue(), what, true);
            if (phrases.isEmpty()) {
                yaml.problem(e.getValue(), what + ": 'phrases' must list at least one phrase");
            }
            if (reply != null) {
                String beside = yaml.text(st, "beside", e.getValue(), what, false);
                if (beside != null && !beside.equals("true") && !beside.equals("false")) {
                    yaml.problem(st.get("beside"), what + ": 'beside' is true or false, not '" + beside + "'");
                }
                smalltalk.add(new SmallTalk(e.getKey(), phrases, reply, "true".equals(beside)));
            }
        }
        return smalltalk;
    }

    private static Intent intent(YamlFile yaml, Map<String, Node> map, String key) {
        Node node = map.get(key);
        if (node == null) {
            return new Intent(List.of(), List.of());
        }
        Map<String, Node> m = yaml.map(node, "'" + key + "'", INTENT_KEYS);
        List<String> whole = yaml.texts(m, "whole", key);
        List<String> inside = phrases(yaml, m, "inside", key);
        if (whole.isEmpty() && inside.isEmpty()) {
            yaml.problem(node, "'" + key + "' needs 'whole' or 'inside' phrases");
        }
        return new Intent(whole, inside);
    }

    /** A '?' or '？' after anything but a group's ')': the phrase syntax makes only a (group) optional. */
    private static final Pattern BARE_OPTIONAL = Pattern.compile("[^)）?？\\s][?？]");

    /**
     * Phrases in the intent syntax (… for a gap, (a|b) for either, (a|b)? for either or neither): a '?' after a plain
     * character (先?插一句) would be read as text, so the phrase never matched as meant — a problem at its line.
     */
    private static List<String> phrases(YamlFile yaml, Map<String, Node> map, String key, String what) {
        List<String> texts = yaml.texts(map, key, what);
        if (map.get(key) instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode scalar)) {
                    continue; // (reported by texts: every item must be text)
                }
                java.util.regex.Matcher bare = BARE_OPTIONAL.matcher(scalar.getValue());
                if (bare.find()) {
                    String c = bare.group().substring(0, 1);
                    yaml.problem(item, what + ": '" + scalar.getValue().strip() + "': only a group is made optional"
                            + " by '?' — write (" + c + ")? for an optional " + c);
                }
            }
        }
        return texts;
    }

    private static Map<String, List<String>> cues(YamlFile yaml, Map<String, Node> map) {
        Map<String, List<String>> cues = new LinkedHashMap<>();
        if (!map.containsKey("cues")) {
            return cues;
        }
        Map<String, Node> m = yaml.map(map.get("cues"), "cues", new LinkedHashSet<>(Phrases.CUE_KINDS));
        for (String kind : m.keySet()) {
            cues.put(kind, yaml.texts(m, kind, "cues"));
        }
        return cues;
    }

    private static Map<String, Integer> durations(YamlFile yaml, Map<String, Node> map) {
        Map<String, Integer> durations = new LinkedHashMap<>();
        if (!map.containsKey("durations")) {
            return durations;
        }
        Map<String, Node> m = yaml.map(map.get("durations"), "durations", null);
        for (Map.Entry<String, Node> e : m.entrySet()) {
            String value = e.getValue() instanceof ScalarNode s ? s.getValue().strip() : "";
            if (!value.matches("\\d{1,5}")) {
                yaml.problem(e.getValue(), "durations: '" + e.getKey() + "' must be a number of days, not '" + value + "'");
            } else {
                durations.put(e.getKey(), Integer.parseInt(value));
            }
        }
        return durations;
    }

    /** Days named by what falls on them (国庆前: 09-30, 双十一: 11-11), as MM-DD. */
    private static Map<String, java.time.MonthDay> dates(YamlFile yaml, Map<String, Node> map) {
        Map<String, java.time.MonthDay> dates = new LinkedHashMap<>();
        if (!map.containsKey("dates")) {
            return dates;
        }
        for (Map.Entry<String, Node> e : yaml.map(map.get("dates"), "dates", null).entrySet()) {
            String value = e.getValue() instanceof ScalarNode s ? s.getValue().strip() : "";
            try {
                dates.put(e.getKey(), java.time.MonthDay.parse("--" + value));
            } catch (java.time.format.DateTimeParseException ex) {
                yaml.problem(e.getValue(), "dates: '" + e.getKey() + "' must be a day of the year written MM-DD, not '" + value + "'");
            }
        }
        return dates;
    }

    /** Cantonese written forms and the Mandarin each reads as (冇: 没有); a form listed as itself is kept whole (联系: 联系). */
    private static Map<String, String> dialect(YamlFile yaml, Map<String, Node> map) {
        Map<String, String> dialect = new LinkedHashMap<>();
        if (!map.containsKey("dialect")) {
            return dialect;
        }
        for (Map.Entry<String, Node> e : yaml.map(map.get("dialect"), "dialect", null).entrySet()) {
            String value = e.getValue() instanceof ScalarNode s ? s.getValue().strip() : "";
            if (e.getKey().isBlank() || value.isEmpty()) {
                yaml.problem(e.getValue(), "dialect: '" + e.getKey() + "' must be read as some Mandarin text, not '" + value + "'");
            } else {
                dialect.put(e.getKey().strip(), value);
            }
        }
        return dialect;
    }

    private static Map<String, String> messages(YamlFile yaml, Map<String, Node> map) {
        Map<String, String> messages = new LinkedHashMap<>();
        Node node = map.get("messages");
        if (node == null) {
            return messages;
        }
        Map<String, Node> m = yaml.map(node, "messages", null);
        for (String key : m.keySet()) {
            String value = yaml.text(m, key, node, "message", false);
            messages.put(key, value == null ? "" : value);
        }
        for (String required : Phrases.REQUIRED_MESSAGES) {
            if (!messages.containsKey(required)) {
                yaml.problem(node, "messages: '" + required + "' is missing (the bot says it)");
            }
        }
        return messages;
    }

    /**
     * The {@code patterns}: each key's alternatives (regular expressions) joined by | into one pattern.
     * A bad expression is reported at its own line, a key the engine uses and the file lacks at the section.
     */
    private static Map<String, Pattern> patterns(YamlFile yaml, Map<String, Node> map) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Node node = map.get("patterns");
        if (node == null) {
            return patterns;
        }
        Map<String, Node> m = yaml.map(node, "patterns", null);
        for (Map.Entry<String, Node> e : m.entrySet()) {
            String what = "patterns: '" + e.getKey() + "'";
            List<Node> items = e.getValue() instanceof ScalarNode ? List.of(e.getValue()) : yaml.list(e.getValue(), what);
            List<String> alternatives = new ArrayList<>();
            for (Node item : items) {
                String alternative = item instanceof ScalarNode s ? s.getValue().strip() : "";
                if (alternative.isEmpty()) {
                    yaml.problem(item, what + ": an alternative must be a non-empty regular expression");
                    continue;
                }
                try {
                    Pattern.compile(alternative);
                    alternatives.add(alternative);
                } catch (PatternSyntaxException ex) {
                    yaml.problem(item, what + ": '" + alternative + "' is not a regular expression: "
                            + ex.getDescription() + " at " + ex.getIndex());
                }
            }
            if (alternatives.size() == items.size() && !alternatives.isEmpty()) {
                patterns.put(e.getKey(), Pattern.compile(String.join("|", alternatives)));
            } else if (items.isEmpty()) {
                yaml.problem(e.getValue(), what + " must list at least one regular expression");
            }
        }
        for (String required : Phrases.REQUIRED_PATTERNS) {
            if (!m.containsKey(required)) {
                yaml.problem(node, "patterns: '" + required + "' is missing (reading replies uses it)");
            }
        }
        return patterns;
    }
}
