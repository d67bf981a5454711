package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code faq/*.yaml} files into {@link FaqEntry}s and checks them together, every problem at its line. */
final class FaqFileParser {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("id", "question", "alternates", "answer", "flow",
            "related"));

    private final List<Problem> problems;
    /** Where each entry's {@code flow} and {@code related} fields are written: a problem with them points there. */
    private final Map<FaqEntry, Source> flowFields = new IdentityHashMap<>();
    private final Map<FaqEntry, Source> relatedFields = new IdentityHashMap<>();

    FaqFileParser(List<Problem> problems) {
        this.problems = problems;
    }


    /** The entries of one {@code faq/*.yaml} file; the broken ones are left out, each with a problem. */
    List<FaqEntry> parse(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        List<FaqEntry> entries = new ArrayList<>();
        if (rootNode == null) {
            return entries;
        }
        for (Node item : yaml.list(rootNode, "an FAQ file")) {
            Map<String, Node> map = yaml.map(item, "an FAQ entry", KEYS);
            String id = yaml.text(map, "id", item, "FAQ entry", true);
            String what = id == null ? "FAQ entry" : "FAQ entry '" + id + "'";
            if (id != null && !ID.matcher(id).matches()) {
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
                FaqEntry entry = new FaqEntry(id, question, alternates, answer, flow, related, yaml.source(item));
                entries.add(entry);
                flowFields.put(entry, map.containsKey("flow") ? yaml.source(map.get("flow")) : entry.source());
                relatedFields.put(entry, map.containsKey("related") ? yaml.source(map.get("related")) : entry.source());
            }
        }
        return entries;
    }

    /** Ids and phrasings unique, every {@code flow} and {@code related} id known. */
    void check(List<FaqEntry> faqs, Map<String, Flow> flows) {
        Map<String, FaqEntry> byId = new HashMap<>();
        Map<String, FaqEntry> byPhrasing = new HashMap<>();
        for (FaqEntry faq : faqs) {
            FaqEntry earlier = byId.putIfAbsent(faq.id(), faq);
            if (earlier != null) {
                problems.add(Problem.at(faq.source(), "duplicate id '" + faq.id() + "', first defined at " + earlier.source()));
                continue;
            }
            for (String phrasing : faq.phrasings()) {
                String key = FlowChecks.key(phrasing);
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
                problems.add(Problem.at(flowFields.getOrDefault(faq, faq.source()), "FAQ entry '" + faq.id() + "': flow '" + faq.flow()
                        + "' does not exist (flows: " + String.join(", ", flows.keySet()) + ")"));
            }
            for (String related : faq.related()) {
                if (!byId.containsKey(related)) {
                    problems.add(Problem.at(relatedFields.getOrDefault(faq, faq.source()), "FAQ entry '" + faq.id()
                            + "': related id '" + related + "' does not exist"));
                } else if (related.equals(faq.id())) {
                    problems.add(Problem.at(relatedFields.getOrDefault(faq, faq.source()), "FAQ entry '" + faq.id()
                            + "' lists itself as related"));
                }
            }
        }
    }
}
