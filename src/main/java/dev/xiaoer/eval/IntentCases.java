package dev.xiaoer.eval;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs labelled conversation-intent cases ({@code - text, intent, inFlow, tags}: intent one of
 * handoff, cancel, resume, greeting, thanks, goodbye, none) through a {@link Dialogue}, each on a
 * fresh conversation or, with {@code inFlow}, one inside the first flow of the knowledge, and says
 * which the reply got right. {@code none} is right when the reply is no handoff, cancel, small talk
 * or resumed step.
 */
public final class IntentCases {
    private static final Instant T0 = Instant.parse("2024-05-01T09:00:00Z");

    /** One labelled message. */
    public record Case(String text, String intent, boolean inFlow, List<String> tags, int index) {
    }

    /** What a run gave: cases right, negated requests handed off, and a line per miss. */
    public record Report(int cases, int right, int negatedHandoffs, List<String> misses) {
        public double accuracy() {
            return cases == 0 ? 1.0 : (double) right / cases;
        }
    }

    private final Dialogue dialogue;
    private final ScriptConverter script = new ScriptConverter();

    public IntentCases(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @SuppressWarnings("unchecked")
    public static List<Case> read(Path file) throws IOException {
        Object doc;
        try {
            doc = new Yaml(new LoaderOptions()).load(Files.readString(file));
        } catch (RuntimeException e) {
            throw new IOException(file + ": not an intent case file: " + e.getMessage(), e);
        }
        if (!(doc instanceof List<?> items)) {
            throw new IOException(file + ": an intent case file is a YAML list of {text, intent, inFlow, tags}");
        }
        List<Case> cases = new ArrayList<>();
        int i = 0;
        for (Object item : items) {
            i++;
            if (!(item instanceof Map<?, ?> m) || m.get("text") == null || m.get("intent") == null) {
                throw new IOException(file + ": case " + i + " needs 'text' and 'intent'");
            }
            Object tags = m.get("tags");
            cases.add(new Case(String.valueOf(m.get("text")), String.valueOf(m.get("intent")),
                    Boolean.TRUE.equals(m.get("inFlow")),
                    tags instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(), i));
        }
        return cases;
    }

    public Report run(List<Case> cases) {
        int right = 0;
        int negatedHandoffs = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            Session before = c.inFlow() ? inFlow() : null;
            Turn turn = dialogue.handle(before, "c-intent", c.text(), T0.plusSeconds(10));
            String got = reading(before, turn);
            if (got.equals(c.intent())) {
                right++;
            } else {
                misses.add(String.format("miss  case %-4d %-30s expected %-9s got %-9s %s", c.index(), c.text(),
                        c.intent(), got, turn.reply().text().replace("\n", " / ")));
            }
            if (c.tags().contains("negated") && got.equals("handoff")) {
                negatedHandoffs++;
            }
        }
        return new Report(cases.size(), right, negatedHandoffs, misses);
    }

    /** Which intent the reply acted on. */
    private String reading(Session before, Turn turn) {
        Reply r = turn.reply().converted(script::toSimplified);
        if (r.kind() == Kind.HANDOFF) {
            return "handoff";
        }
        if (r.kind() == Kind.CANCEL) {
            return "cancel";
        }
        if (r.kind() == Kind.SMALLTALK) {
            for (SmallTalk st : dialogue.knowledge().phrases().smalltalk()) {
                if (r.text().startsWith(st.reply().strip())) {
                    return st.name();
                }
            }
            return "smalltalk";
        }
        if (before != null && r.kind() == Kind.FLOW && r.flow() != null && r.flow().step().equals(before.stepId())
                && turn.session().unreadable() == 0 && dialogue.prompt(before.flowId(), before.stepId())
                .filter(prompt -> r.text().endsWith(prompt.strip())).isPresent()) {
            return "resume"; // the step asked again in full, not re-asked after an unclear answer
        }
        return "none";
    }

    /** A conversation at the first step of the first flow an FAQ entry starts. */
    private Session inFlow() {
        FaqEntry starter = dialogue.knowledge().faqs().stream().filter(f -> f.flow() != null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no FAQ entry starts a flow"));
        return dialogue.handle(null, "c-intent", starter.question(), T0).session();
    }
}
