package dev.xiaoer.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads a labelled case file: a YAML list of {@code {text, expect, tags}}. */
public final class EvalCases {
    private EvalCases() {
    }

    public static List<EvalCase> read(Path file) throws IOException {
        Node root;
        try (var reader = Files.newBufferedReader(file)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new IOException(file + ":" + line + ": YAML syntax: " + e.getProblem(), e);
        }
        if (!(root instanceof SequenceNode seq)) {
            throw new IOException(file + ": a case file is a YAML list of {text, expect, tags}");
        }
        List<EvalCase> cases = new ArrayList<>();
        for (Node item : seq.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode map)) {
                throw new IOException(file + ":" + line + ": a case is a mapping {text, expect, tags}");
            }
            String text = null;
            String expect = null;
            List<String> tags = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode keyNode)) {
                    throw new IOException(file + ":" + line + ": keys are plain words (text, expect, tags)");
                }
                String key = keyNode.getValue();
                Node value = t.getValueNode();
                switch (key) {
                    case "text" -> text = scalar(value);
                    case "expect" -> expect = scalar(value);
                    case "tags" -> {
                        if (value instanceof SequenceNode tagList) {
                            tagList.getValue().forEach(n -> tags.add(scalar(n)));
                        }
                    }
                    default -> throw new IOException(file + ":" + line + ": unknown key '" + key + "'");
                }
            }
            if (text == null || text.isBlank()) {
                throw new IOException(file + ":" + line + ": a case needs 'text'");
            }
            cases.add(new EvalCase(text, expect, tags, line));
        }
        return cases;
    }

    private static String scalar(Node node) {
        if (node instanceof ScalarNode s && node.getTag() != Tag.NULL) {
            String v = s.getValue().strip();
            return v.isEmpty() || v.equals("none") ? null : v;
        }
        return null;
    }

}
