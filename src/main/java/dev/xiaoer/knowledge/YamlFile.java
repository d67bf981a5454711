package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML file as a node tree that remembers line numbers, and turns every shape error
 * into a {@link Problem} at the right line instead of an exception.
 */
final class YamlFile {
    /**
     * What an unknown key must look like to be quoted in a problem (a misspelt key: {@code smaltalk}).
     * Anything else is not echoed: problems go to the log and {@code /admin/knowledge}, and a file
     * that is not knowledge at all must not have its lines shown there.
     */
    private static final Pattern SHOWN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private final String path;
    private final List<Problem> problems;

    YamlFile(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The root node, or null (with a problem recorded) when the text is not YAML. */
    Node parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        try {
            Node root = new Yaml(options).compose(new java.io.StringReader(text));
            if (root == null) {
                problems.add(new Problem(path, 1, "empty file: nothing but comments or blank lines"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            String message = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new Problem(path, line, "YAML syntax: " + message.trim()));
        } catch (YAMLException e) {
            problems.add(new Problem(path, 1, "YAML syntax: " + e.getMessage()));
        }
        return null;
    }

    Source source(Node node) {
        return new Source(path, node == null ? 1 : node.getStartMark().getLine() + 1);
    }

    void problem(Node node, String message) {
        problems.add(Problem.at(source(node), message));
    }

    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        problem(node, what + " must be a list");
        return List.of();
    }

    /** The mapping's keys and values in order; unknown keys are reported. */
    Map<String, Node> map(Node node, String what, Set<String> allowedKeys) {
        Map<String, Node> result = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + " must be a mapping of keys to values");
            return result;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problem(tuple.getKeyNode(), what + ": keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (allowedKeys != null && !allowedKeys.contains(key)) {
                problem(keyNode, (SHOWN_KEY.matcher(key).matches() ? "unknown key '" + key + "'"
                        : "a line that is not one of its keys") + " in " + what + " (allowed: "
                        + String.join(", ", allowedKeys) + ")");
                continue;
            }
            // (the composed graph keeps both of a key written twice, and only the last would count: 'run-on-break' was
            // written twice in phrases.yaml, the first silently unread)
            Node before = result.putIfAbsent(key, tuple.getValueNode());
            if (before != null) {
                problem(keyNode, "'" + key + "' is written twice in " + what + " (also at line "
                        + (before.getStartMark().getLine() + 1) + "): the second would silently replace the first");
            }
        }
        return result;
    }

    /** A scalar's text, trimmed; null when absent. A required one that is missing or blank is a problem. */
    String text(Map<String, Node> map, String key, Node owner, String what, boolean required) {
        Node node = map.get(key);
        if (node == null || node.getTag() == Tag.NULL) {
            if (required) {
                problem(node == null ? owner : node, what + ": '" + key + "' is required");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, what + ": '" + key + "' must be text");
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problem(node, what + ": '" + key + "' must not be empty");
            }
            return null;
        }
        return value;
    }

    /** A list of non-blank strings; a single scalar counts as a list of one. */
    List<String> texts(Map<String, Node> map, String key, String what) {
        Node node = map.get(key);
        List<String> result = new ArrayList<>();
        if (node == null || node.getTag() == Tag.NULL) {
            return result;
        }
        if (node instanceof ScalarNode scalar) {
            if (!scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            }
            return result;
        }
        for (Node item : list(node, what + ": '" + key + "'")) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                result.add(scalar.getValue().strip());
            } else {
                problem(item, what + ": every item of '" + key + "' must be non-empty text");
            }
        }
        return result;
    }
}
