package dev.xiaoer.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses {@code synonyms.txt} in Solr's synonym format: {@code a,b,c} makes every form read as the
 * first one, {@code a,b => c} rewrites the left forms to the right one; {@code #} starts a comment.
 * A line of one form only names a domain word that word segmentation must keep whole.
 */
final class SynonymsFile {
    private SynonymsFile() {
    }

    static List<SynonymRule> parse(String path, String text, List<Problem> problems) {
        List<SynonymRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            Source source = new Source(path, i + 1);
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                problems.add(Problem.at(source, "more than one '=>' on a line"));
                continue;
            }
            List<String> left = forms(sides[0]);
            if (sides.length == 2) {
                List<String> right = forms(sides[1]);
                if (left.isEmpty() || right.size() != 1) {
                    problems.add(Problem.at(source, "a rewrite reads 'a, b => c': forms on the left, exactly one on the right"));
                    continue;
                }
                rules.add(new SynonymRule(left, right.get(0), source));
            } else {
                if (left.isEmpty()) {
                    problems.add(Problem.at(source, "a synonym line lists forms separated by ','"));
                    continue;
                }
                rules.add(new SynonymRule(left.subList(1, left.size()), left.get(0), source));
            }
        }
        return rules;
    }

    private static List<String> forms(String side) {
        return Arrays.stream(side.split(","))
                .map(s -> s.replace("\\", "").strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
