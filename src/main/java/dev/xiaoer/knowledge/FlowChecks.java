package dev.xiaoer.knowledge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of flows that need the other files: the entries a flow covers, an option's {@code faq} and an end
 * step's {@code entry} exist, and every
 * option can be reached — no phrasing is listed under two options of a step, and none is a bare
 * affirmative or negative that the step maps to another option (the bare word wins, so the
 * listing could never be reached).
 */
final class FlowChecks {
    private FlowChecks() {
    }

    static void check(Map<String, Flow> flows, Map<String, FaqEntry> faqs, Phrases phrases, List<Problem> problems) {
        for (Flow flow : flows.values()) {
            for (String covered : flow.covers()) {
                if (!faqs.containsKey(covered)) {
                    problems.add(Problem.at(flow.coversSource(), "flow '" + flow.id() + "': covers FAQ entry '" + covered
                            + "', which does not exist"));
                }
            }
            for (FlowStep step : flow.steps().values()) {
                String what = "flow '" + flow.id() + "', step '" + step.id() + "'";
                if (step.entry() != null && !faqs.containsKey(step.entry())) {
                    problems.add(Problem.at(step.source(), what + ": entry '" + step.entry() + "' does not exist"));
                }
                Map<String, StepOption> owners = new HashMap<>();
                for (StepOption o : step.options()) {
                    if (o.faq() != null && !faqs.containsKey(o.faq())) {
                        problems.add(Problem.at(o.source(), what + ", option '" + o.label() + "': FAQ entry '"
                                + o.faq() + "' does not exist"));
                    }
                    for (String phrasing : o.phrasings()) {
                        StepOption owner = owners.putIfAbsent(key(phrasing), o);
                        if (owner != null && owner != o) {
                            problems.add(Problem.at(o.source(), what + ": '" + phrasing + "' is listed under both '"
                                    + owner.label() + "' and '" + o.label() + "', so one can never be reached"));
                        }
                        if (phrases != null) {
                            bare(phrases.affirmative(), step.affirmative(), "affirmative", phrasing, o, what, problems);
                            bare(phrases.negative(), step.negative(), "negative", phrasing, o, what, problems);
                        }
                    }
                }
            }
        }
    }

    private static void bare(List<String> words, String mapped, String kind, String phrasing, StepOption o,
                             String what, List<Problem> problems) {
        if (mapped != null && mapped.equals(o.label())) {
            return;
        }
        String k = key(phrasing);
        if (words.stream().anyMatch(w -> key(w).equals(k))) {
            problems.add(Problem.at(o.source(), what + ", option '" + o.label() + "': '" + phrasing + "' is a bare "
                    + kind + ", which this step maps to " + (mapped == null ? "nothing" : "'" + mapped + "'")
                    + ": list it there (or change '" + kind + "')"));
        }
    }

    /** Two phrasings are the same when they differ only in width, case, spaces and punctuation. */
    static String key(String phrasing) {
        return Normalizer.normalize(phrasing, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
