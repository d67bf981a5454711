package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** synonyms.txt read by Lucene's SolrSynonymParser, one line at a time, every problem at its line. */
class SynonymsFileTest {
    @Test
    void readsSolrsFormat() {
        List<Problem> problems = new ArrayList<>();
        List<SynonymRule> rules = SynonymsFile.parse("s.txt", """
                # a comment
                保证金,押金,保障金
                快递单号, 物流单号 => 运单号

                运单号
                  # an indented comment
                a\\,b,c
                """, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(
                new SynonymRule(List.of("押金", "保障金"), "保证金", new Source("s.txt", 2)),
                new SynonymRule(List.of("快递单号", "物流单号"), "运单号", new Source("s.txt", 3)),
                new SynonymRule(List.of(), "运单号", new Source("s.txt", 5)),
                new SynonymRule(List.of("c"), "a,b", new Source("s.txt", 7))), rules);
    }

    @Test
    void reportsEveryProblemAtItsLine() {
        List<Problem> problems = new ArrayList<>();
        List<SynonymRule> rules = SynonymsFile.parse("s.txt", "a,b => c\n=> c\na => b => c\na => b,c\n,\n", problems);
        assertEquals(1, rules.size());
        assertEquals(List.of(
                "s.txt:2: a rewrite reads 'a, b => c': forms on the left, exactly one on the right",
                "s.txt:3: not a synonym rule: more than one explicit mapping specified on the same line",
                "s.txt:4: a rewrite reads 'a, b => c': forms on the left, exactly one on the right",
                "s.txt:5: a synonym line lists forms separated by ','"),
                problems.stream().map(Problem::toString).toList());
    }
}
