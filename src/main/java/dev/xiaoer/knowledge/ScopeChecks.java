package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the scope against the rest of the knowledge: platform names are not declared twice, a
 * not-platform names a platform, no FAQ entry is in two topics of the menu, and no phrasing of an entry asks an aspect its answer never speaks of (it would
 * route that question to an answer that does not give it).
 */
final class ScopeChecks {
    private ScopeChecks() {
    }

    static void check(Scope scope, List<FaqEntry> faqs, List<Problem> problems) {
        if (scope == null || scope.source() == null) {
            return;
        }
        platforms(scope, problems);
        topics(scope, faqs, problems);
        for (FaqEntry f : faqs) {
            String answer = f.answer().toLowerCase(Locale.ROOT);
            for (Scope.Aspect a : scope.aspects()) {
                if (a.spokenOfIn(answer)) {
                    continue;
                }
                for (String p : f.phrasings()) {
                    String asked = a.askedIn(p.toLowerCase(Locale.ROOT));
                    if (asked != null) {
                        problems.add(Problem.at(f.source(), "entry '" + f.id() + "': '" + p + "' asks " + a.label()
                                + " ('" + asked + "'), which its answer never speaks of: say it in the answer, or drop the phrasing"));
                    }
                }
            }
        }
    }

    private static void platforms(Scope scope, List<Problem> problems) {
        Map<String, String> owner = new HashMap<>();
        scope.platform().forEach(n -> owner.put(n, "the platform"));
        scope.otherPlatforms().forEach((platform, names) -> {
            for (String n : names) {
                String before = owner.putIfAbsent(n, platform);
                if (before != null && !before.equals(platform)) {
                    problems.add(Problem.at(scope.source(), "platform name '" + n + "' is declared for both "
                            + before + " and " + platform));
                }
            }
        });
        if (!scope.otherPlatforms().isEmpty() && scope.platform().isEmpty()) {
            problems.add(Problem.at(scope.source(), "'platform' must name the platform the knowledge is about"));
        }
        for (String n : scope.notPlatforms()) {
            // (1688's own names too: 跟1688一样 names 1688 only as what another platform is compared with)
            boolean names = scope.otherPlatforms().values().stream().flatMap(List::stream).anyMatch(n::contains)
                    || scope.platform().stream().anyMatch(n::contains);
            if (!names) {
                problems.add(Problem.at(scope.source(), "not-platform '" + n + "' holds no platform's name: nothing to tell apart"));
            }
        }
    }

    private static void topics(Scope scope, List<FaqEntry> faqs, List<Problem> problems) {
        if (scope.topics().isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        faqs.forEach(f -> ids.add(f.id()));
        for (Scope.Topic t : scope.topics()) {
            if (!ids.contains(t.entry())) {
                problems.add(Problem.at(t.source(), "topic '" + t.label() + "': no FAQ entry '" + t.entry() + "'"));
            } else if (!t.holds(t.entry())) {
                problems.add(Problem.at(t.source(), "topic '" + t.label() + "': its entry '" + t.entry()
                        + "' is not among its entries"));
            }
            for (String e : t.entries()) {
                Scope.Topic one = new Scope.Topic(t.label(), t.entry(), List.of(e), List.of(), t.source());
                if (ids.stream().noneMatch(one::holds)) {
                    problems.add(Problem.at(t.source(), "topic '" + t.label() + "': '" + e + "' holds no FAQ entry"));
                }
            }
        }
        // an entry in no topic is fine (a new entry is not in the menu until an editor puts it there);
        // one in two would be off-topic for a message naming either
        for (FaqEntry f : faqs) {
            List<String> in = new ArrayList<>();
            scope.topics().stream().filter(t -> t.holds(f.id())).forEach(t -> in.add(t.label()));
            if (in.size() > 1) {
                problems.add(Problem.at(f.source(), "entry '" + f.id() + "' is in more than one topic of scope.yaml: "
                        + String.join(", ", in)));
            }
        }
    }
}
