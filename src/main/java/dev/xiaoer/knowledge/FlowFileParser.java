package dev.xiaoer.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one {@code flows/*.yaml} file into a {@link Flow} and checks what one file can show: the
 * shape of every step and option, that every {@code next} exists, every step can be reached and an
 * end step too, and that each step says what a bare affirmative and a bare negative mean (an
 * option's label, or null for nothing). Checks that need the other files (FAQ ids, the phrases'
 * bare words) are {@link FlowChecks}'.
 */
final class FlowFileParser {
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> FLOW_KEYS = keys("id", "title", "start", "covers", "asks-first", "steps");
    private static final Set<String> STEP_KEYS = keys("say", "options", "affirmative", "negative", "about", "exempt", "pending", "settled", "items", "contradicts", "premise", "elsewhere", "help", "entry");
    private static final Set<String> OPTION_KEYS = keys("label", "alternates", "next", "say", "faq", "days", "catch-all", "signs", "clears",
            "needs-sign");

    private final List<Problem> problems;

    FlowFileParser(List<Problem> problems) {
        this.problems = problems;
    }

    /** The flow in {@code text}, or null when it has problems (each recorded with its line). */
    Flow parse(String path, String text) {
        YamlFile yaml = new YamlFile(path, problems);
        Node rootNode = yaml.parse(text);
        if (rootNode == null) {
            return null;
        }
        int before = problems.size();
        Map<String, Node> map = yaml.map(rootNode, "a flow", FLOW_KEYS);
        String id = yaml.text(map, "id", rootNode, "flow", true);
        String what = id == null ? "flow" : "flow '" + id + "'";
        if (id != null && !ID.matcher(id).matches()) {
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
                FlowStep parsed = step(yaml, what, step.getKey(), step.getValue());
                if (parsed != null) {
                    steps.put(parsed.id(), parsed);
                }
            }
        }
        if (problems.size() > before || id == null) {
            return null;
        }
        List<String> covers = yaml.texts(map, "covers", what);
        Node coversNode = map.get("covers");
        List<String> asksFirst = yaml.texts(map, "asks-first", what);
        for (String entry : asksFirst) {
            if (!covers.contains(entry)) {
                yaml.problem(map.get("asks-first"), what + ": asks-first names '" + entry
                        + "', which the flow does not cover (add it to covers, or remove it)");
            }
        }
        Flow flow = new Flow(id, title, start, steps, covers, asksFirst, yaml.source(rootNode),
                yaml.source(coversNode == null ? rootNode : coversNode));
        checkGraph(yaml, flow, map.get("start"));
        return problems.size() > before ? null : flow;
    }

    private FlowStep step(YamlFile yaml, String flowWhat, String stepId, Node node) {
        String what = flowWhat + ", step '" + stepId + "'";
        if (!ID.matcher(stepId).matches()) {
            yaml.problem(node, what + ": step ids are lower-case words joined by '-'");
        }
        Map<String, Node> map = yaml.map(node, what, STEP_KEYS);
        String say = yaml.text(map, "say", node, what, true);
        List<StepOption> options = new ArrayList<>();
        if (map.containsKey("options")) {
            for (Node optionNode : yaml.list(map.get("options"), what + ": options")) {
                StepOption option = option(yaml, what, optionNode);
                if (option != null) {
                    options.add(option);
                }
            }
            if (options.size() < 2) {
                yaml.problem(map.get("options"), what + ": a step that reads answers needs at least two options");
            }
        }
        Set<String> labels = new HashSet<>();
        for (StepOption o : options) {
            if (!labels.add(o.label())) {
                problems.add(Problem.at(o.source(), what + ": two options are labelled '" + o.label() + "'"));
            }
        }
        if (options.stream().filter(StepOption::catchAll).count() > 1) {
            yaml.problem(map.get("options"), what + ": only one option can be the catch-all (the reply that is none of the others)");
        }
        checkSigns(yaml, map, what, options);
        String affirmative = bareAnswer(yaml, map, node, what, "affirmative", options);
        String negative = bareAnswer(yaml, map, node, what, "negative", options);
        if (options.isEmpty() && (map.containsKey("affirmative") || map.containsKey("negative"))) {
            yaml.problem(node, what + ": an end step reads no answers (remove affirmative/negative, or add options)");
        }
        List<String> about = yaml.texts(map, "about", what);
        if (options.isEmpty() && !about.isEmpty()) {
            yaml.problem(map.get("about"), what + ": an end step reads no answers, so nothing is about it");
        }
        List<String> exempt = yaml.texts(map, "exempt", what);
        if (!exempt.isEmpty() && affirmative == null) {
            yaml.problem(map.get("exempt"), what + ": 'exempt' says what the bare affirmative's option may leave out, "
                    + "but this step maps no affirmative");
        }
        List<String> pending = yaml.texts(map, "pending", what);
        // at a choice (neither bare answer mapped) 'pending' names states that are none of its cases yet
        if (!pending.isEmpty() && affirmative == null && negative != null) {
            yaml.problem(map.get("pending"), what + ": 'pending' says what keeps the bare affirmative's option from being "
                    + "met, but this step maps no affirmative");
        }
        List<String> settled = yaml.texts(map, "settled", what);
        if (!settled.isEmpty() && affirmative == null) {
            yaml.problem(map.get("settled"), what + ": 'settled' says which states add to the bare affirmative's \"all met\", "
                    + "but this step maps no affirmative");
        }
        List<List<String>> items = new ArrayList<>();
        for (String item : yaml.texts(map, "items", what)) {
            List<String> names = java.util.Arrays.stream(item.split("\\|")).map(String::strip).toList();
            if (names.stream().anyMatch(String::isEmpty)) {
                yaml.problem(map.get("items"), what + ": 'items' lists things, each its names written 'a|b' (收货人|收件人), not '"
                        + item + "'");
                continue;
            }
            items.add(names);
        }
        if (!items.isEmpty() && (affirmative == null || items.size() < 2)) {
            yaml.problem(map.get("items"), what + ": 'items' lists two or more things the bare affirmative's \"all met\" "
                    + "covers, but this step " + (affirmative == null ? "maps no affirmative" : "lists one"));
        }
        List<List<String>> contradicts = new ArrayList<>();
        for (String pair : yaml.texts(map, "contradicts", what)) {
            List<String> words = java.util.Arrays.stream(pair.split("\\+")).map(String::strip).toList();
            if (words.size() != 2 || words.stream().anyMatch(String::isEmpty)) {
                yaml.problem(map.get("contradicts"), what + ": 'contradicts' lists pairs written 'a + b' (他出 + 到付), not '"
                        + pair + "'");
            } else {
                contradicts.add(words);
            }
        }
        List<String> premise = yaml.texts(map, "premise", what);
        if (!premise.isEmpty() && (options.isEmpty() || affirmative != null || negative != null)) {
            yaml.problem(map.get("premise"), what + ": 'premise' lists words that tell none of a choice's options, "
                    + "but this step is " + (options.isEmpty() ? "an end step" : "a yes/no question"));
        }
        List<String> elsewhere = yaml.texts(map, "elsewhere", what);
        if (!elsewhere.isEmpty() && affirmative == null) {
            yaml.problem(map.get("elsewhere"), what + ": 'elsewhere' lists things whose state is not the bare affirmative's "
                    + "\"all met\", but this step maps no affirmative");
        }
        String help = yaml.text(map, "help", node, what, false);
        String entry = yaml.text(map, "entry", node, what, false);
        if (entry != null && !options.isEmpty()) {
            yaml.problem(map.get("entry"), what + ": 'entry' names the FAQ entry an end step says, but this step has options");
        }
        return say == null ? null
                : new FlowStep(stepId, say, options, affirmative, negative, about, exempt, pending, settled, items, contradicts, premise, elsewhere, help,
                        entry, yaml.source(node));
    }

    /**
     * The label a bare yes or no means: required on a step with options, as a label of one of them
     * or null ({@code ~}) for "such an answer does not answer this question".
     */
    private String bareAnswer(YamlFile yaml, Map<String, Node> map, Node stepNode, String what, String key,
                              List<StepOption> options) {
        Node node = map.get(key);
        if (options.isEmpty()) {
            return null;
        }
        if (node == null) {
            yaml.problem(stepNode, what + ": '" + key + "' is required: the option a bare "
                    + (key.equals("affirmative") ? "是/对/嗯" : "不/没有/还没") + " means here, or ~ for none");
            return null;
        }
        if (node.getTag() == Tag.NULL) {
            return null;
        }
        String label = yaml.text(map, key, stepNode, what, true);
        if (label != null && options.stream().noneMatch(o -> o.label().equals(label))) {
            yaml.problem(node, what + ": '" + key + "' names '" + label + "', which is not an option's label (labels: "
                    + String.join(", ", options.stream().map(StepOption::label).toList()) + ")");
        }
        return label;
    }

    /** Signs are read at a choice step only, and a sign tells one option: never two of the same step's. */
    private void checkSigns(YamlFile yaml, Map<String, Node> map, String what, List<StepOption> options) {
        boolean choice = map.get("affirmative") != null && map.get("affirmative").getTag() == Tag.NULL
                && map.get("negative") != null && map.get("negative").getTag() == Tag.NULL;
        Map<String, String> owner = new HashMap<>();
        for (StepOption o : options) {
            if (!o.allSigns().isEmpty() && !choice) {
                problems.add(Problem.at(o.source(), what + ", option '" + o.label()
                        + "': 'signs' are read only at a choice step (affirmative and negative both ~)"));
            }
            for (String sign : o.allSigns()) {
                String other = owner.putIfAbsent(sign, o.label());
                if (other != null && !other.equals(o.label())) {
                    problems.add(Problem.at(o.source(), what + ", option '" + o.label() + "': the sign '" + sign
                            + "' is also a sign of '" + other + "' (a sign tells one option)"));
                }
            }
        }
        // a sign inside another option's sign (没填 in 没填错) would be found in that option's facts too
        for (StepOption o : options) {
            for (StepOption p : options) {
                for (String sign : o.allSigns()) {
                    String holder = p == o ? null : p.allSigns().stream()
                            .filter(x -> !x.equals(sign) && x.contains(sign)).findFirst().orElse(null);
                    if (holder != null) {
                        problems.add(Problem.at(o.source(), what + ", option '" + o.label() + "': the sign '" + sign
                                + "' is inside '" + holder + "', a sign of '" + p.label() + "'"));
                    }
                }
            }
        }
    }

    private StepOption option(YamlFile yaml, String stepWhat, Node node) {
        Map<String, Node> o = yaml.map(node, stepWhat + ": an option", OPTION_KEYS);
        String label = yaml.text(o, "label", node, stepWhat + ": an option", true);
        String what = stepWhat + ", option '" + label + "'";
        String next = yaml.text(o, "next", node, what, false);
        String say = yaml.text(o, "say", node, what, false);
        String faq = yaml.text(o, "faq", node, what, false);
        String daysText = yaml.text(o, "days", node, what, false);
        DayCondition days = daysText == null ? null : DayCondition.parse(daysText);
        if (daysText != null && days == null) {
            yaml.problem(o.get("days"), what + ": 'days' is a condition like <30 or >=30, not '" + daysText + "'");
        }
        if (next == null && say == null && faq == null) {
            yaml.problem(node, what + ": says nothing and goes nowhere (give 'next', 'say' or 'faq')");
        }
        if (faq != null && (next != null || say != null)) {
            yaml.problem(o.get("faq"), what + ": an option that answers an FAQ entry has no 'next' or 'say'");
        }
        String catchAll = yaml.text(o, "catch-all", node, what, false);
        if (catchAll != null && !catchAll.equals("true") && !catchAll.equals("false")) {
            yaml.problem(o.get("catch-all"), what + ": 'catch-all' is true or false, not '" + catchAll + "'");
        }
        List<String> alternates = yaml.texts(o, "alternates", what);
        if (faq == null && alternates.isEmpty()) {
            yaml.problem(node, what + ": 'alternates' is required (the ways sellers say it)");
        }
        List<String> signs = facts(yaml, o, "signs", what, "丢了, 敲反");
        List<String> clears = facts(yaml, o, "clears", what, "揽收都正常");
        if (!clears.isEmpty() && !"true".equals(catchAll)) {
            yaml.problem(o.get("clears"), what + ": 'clears' (signs that clear another option's cause) belong on the"
                    + " catch-all option only");
        }
        String needsSign = yaml.text(o, "needs-sign", node, what, false);
        if (needsSign != null && !needsSign.equals("true") && !needsSign.equals("false")) {
            yaml.problem(o.get("needs-sign"), what + ": 'needs-sign' is true or false, not '" + needsSign + "'");
        } else if ("true".equals(needsSign) && signs.isEmpty()) {
            yaml.problem(o.get("needs-sign"), what + ": 'needs-sign' needs 'signs' (the facts that give this option)");
        }
        return label == null ? null : new StepOption(label, alternates, next, say, faq, days, "true".equals(catchAll),
                signs, clears, "true".equals(needsSign), yaml.source(node));
    }

    /** The signs under {@code key} of option {@code o}, each reported where it is written when shorter than two characters. */
    private static List<String> facts(YamlFile yaml, Map<String, Node> o, String key, String what, String examples) {
        List<String> facts = yaml.texts(o, key, what);
        for (String sign : facts) {
            if (sign.codePointCount(0, sign.length()) < 2) {
                yaml.problem(o.get(key), what + ": a sign is a fact of two characters or more (" + examples + "), not '"
                        + sign + "'");
            }
        }
        return facts;
    }

    private void checkGraph(YamlFile yaml, Flow flow, Node startNode) {
        String what = "flow '" + flow.id() + "'";
        if (!flow.steps().containsKey(flow.start())) {
            yaml.problem(startNode, what + ": start step '" + flow.start() + "' does not exist");
            return;
        }
        for (FlowStep step : flow.steps().values()) {
            for (StepOption o : step.options()) {
                if (o.next() != null && !flow.steps().containsKey(o.next())) {
                    problems.add(Problem.at(o.source(), what + ", step '" + step.id() + "', option '" + o.label()
                            + "': goes to unknown step '" + o.next() + "'"));
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
            step.options().stream().filter(o -> o.next() != null).forEach(o -> todo.push(o.next()));
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

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }
}
