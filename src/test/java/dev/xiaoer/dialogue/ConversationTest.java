package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.eval.DialogueScripts;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the conversation scripts against the real knowledge base: {@code conversations/} (the tuning
 * set) and {@code conversations-holdout/} (written once by someone who never saw the phrasings, never
 * tuned on). Both are held to floors, so a change that makes the bot understand sellers worse fails
 * here with every turn it got wrong; and in neither set may a script ever reach a step its seller's
 * replies forbid (a wrong "all three conditions met"). {@link DialogueScripts} says what a
 * turn may check.
 */
class ConversationTest {
    /**
     * Share of tuning scripts that pass today; raise it as the bot gets better, and lower it only when
     * the set grows with scripts written blind (2307 since 2 December 2026, 807 of them added that day,
     * passing 42/60, 34/50, 29/50, 37/50, 22/40, 27/40, 26/40, 24/30, 23/30 (a writer who saw the
     * alternates), 65/120 (23/40, 17/40, 25/40) and 36/80 (12/40 stories at choice steps, 24/40 facts at
     * yes/no steps) and 21/40 (1800–1839, written after the tuning, a fresh measure), 26/40 and 22/40 (1900–1979, fifth
     * session) 24/40 (2000–2039, written after most of the fifth session's tuning) and 29/40 (2200–2239, written after all
     * of it) when added; 30/40 (2300–2339), 23/40 (2400–2439, 30/40 on the commit it arrived at) and 27/40 (2500–2539, 31/40 on the session's last commit) in the sixth; 35/60 (3400–3459, the tenth session's unread batch, read in the eleventh);
     * 40/60 (3500–3559, the eleventh's, read in the twelfth; 42/60 on the eleventh's last commit);
     * 40/60 (3700–3759, the thirteenth's, read in the fourteenth; 40/60 on the thirteenth's last commit); 4000–4306 and
     * 4400–4549, 4600–4729 and 4800–4888 by the fourteenth's four reviewers, who ran the bot (29, 10, 9 and 14 forbidden
     * steps found; 299/307, 139/150, 128/130 and 87/89 after the fixes, 8 of the second's kept as plain misses where they read the return
     * steps' items apart); 31/60 (3800–3859, the fourteenth's, read in the fifteenth, with its cancel turns mended; 25/60 as
     * written); 5000–5182, 5200–5378, 5400–5599, 5600–5820, 5900–6081 and 6100–6232 by the fifteenth's six reviewers (146/183,
     * 140/179, 150/200, 176/221, 156/182 and 109/133 on its starting commit, 148 scripts with forbidden steps; 178, 173, 193,
     * 202, 175 and 130 after the fixes); 34/60 (3900–3959, the fifteenth's, read in the sixteenth, on the fifteenth's last commit; 50/60
     * after); 6400–6586, 6600–6848 and 6900–7112 by the sixteenth's three reviewers (152/187, 132/249 and 157/213 on its
     * starting commit, with 23, 15 and 28 forbidden steps; 182, 237 and 188 after the fixes); 7200–7443 by its fourth
     * reviewer (204/244 with 21 forbidden steps, 226 after); 29/60 (6300–6359, the sixteenth's, read in the seventeenth;
     * 45/60 at the eighteenth's start); 30/60 (7500–7559, the seventeenth's, read in the eighteenth; 37/60 after); 1040–1041,
     * 1042–1047 and 2100–2110 from reviewers' findings; 39/60 (7900–7959, the twenty-first's, read in the twenty-second;
     * 54/60 after) and 8100–8140, a reviewer's of the twenty-first (11/41 at 465aa43); 17 of 8300–8324, a reviewer's of the
     * twenty-second (0/17 when written, 2 after)); 33/60 (8200–8259, the twenty-second's, read in the
     * twenty-third; 55/60 after, four scripts edited to the team's labels)); 29/60 (8400–8459, the twenty-third's, read in the
     * twenty-fourth; 37/60 after, one script edited to the team's rule); 37/60 (8600–8659, the twenty-fourth's, read in the
     * twenty-fifth; 48/60 after, two scripts' kind edited to the contract's); 8700–8759 (the twenty-fifth's, read in the
     * twenty-sixth); 47/60 (8800–8859, the twenty-sixth's, read in the twenty-seventh; 55/60 after, two scripts edited to
     * the team's rules); 54/60 (8900–8959, the twenty-seventh's, read in the twenty-eighth; 60/60 after, one script edited to
     * the team's rule); 50/60 (9100–9159, the twenty-eighth's, read in the twenty-ninth; 52/60 as moved in, two scripts
     * edited to the team's rules); 49/60 (9200–9259, the twenty-ninth's, read in the thirtieth; 58/60 as moved in, two
     * scripts edited to the team's rules); 40/60 (9400–9459, written and read in the thirtieth; 45/60 as moved in, three
     * scripts and 9113 edited to the team's rule on an opening line's facts); 42/60 (9300–9359, the thirtieth's, read in
     * the thirty-first; 51/60 at the end, six scripts edited to the team's rules); 31/60 (9600–9659, written and read in
     * the thirty-first; 37/60 as moved in, two scripts edited to the team's rules; 6536 fails since a count of services closed
     * is read as some, not all), which lowers the share; 43/60 (9500–9559, the thirty-first's, read in the thirty-second;
     * 58/60 at the end, 9530 and 9543 edited to the team's rules) and 40/60 (9700–9759, written and read in the
     * thirty-second; 51/60 as moved in, 9714, 9737 and 9742 edited to the team's rules); 46/60 (9800–9859, the
     * thirty-second's, read in the thirty-third; 59/60 at the end, five scripts edited to the team's rules) and 49/60
     * (2800–2859, written and read in the thirty-third; 53/60 as moved in, three edited); 45/60 (9900–9959, the
     * thirty-third's, read in the thirty-fourth; 54/60 as moved in, none edited; 103 edited to the team's rule on 到付); 44/60
     * (8000–8059, the thirty-fourth's, read in the thirty-fifth; 57/60 as moved in, eight edited to the team's rules); 48/60
     * (3600–3659, the thirty-fifth's, read in the thirty-sixth; 60/60 as moved in, 3608 and 3632 edited to the team's rules);
     * 54/60 (4900–4959, the thirty-sixth's, read in the thirty-seventh; 59/60 as moved in, none edited); 52/60 (1340–1399,
     * the thirty-seventh's, read in the thirty-eighth; 59/60 as moved in, 1367, 1373 and 1378 edited to the team's rules);
     * 51/60 (1130–1189, the thirty-eighth's, read in the thirty-ninth; 60/60 as moved in, none edited); 98/120 (1230–1289 and
     * 1440–1499, the thirty-ninth's, read in the fortieth; 115/120 at the end, 1474 edited to the team's rule, 93 too); 98/120
     * (1540–1599 and 1640–1699, the fortieth's, read in the forty-first; 119/120 as moved in, 1698 edited to the team's rule,
     * 4509 too); 95/120 (1740–1799 and 1840–1899, the forty-first's, read in the forty-second; 116/120 at the end, 1770 and
     * 1899 edited to the team's rules, 3400 and 3818 too); 102/120 (2040–2099 and 2240–2299, the forty-second's, read in the
     * forty-third; 116/120 as moved in, 115/120 at the end, 2269 edited to the team's rule); 90/120 (2340–2399 and 2440–2499,
     * the forty-third's, read in the forty-fourth; 89/120 at the start once replies stopped varying between runs, 111/120 as
     * moved in); 98/120 (2540–2599 and 2640–2699, the forty-fourth's, read in the forty-fifth; 100/120 at the start with four
     * expectations edited to the seed check, 115/120 as moved in); 93/120 (2740–2799 and 2940–2999, the forty-fifth's, read in
     * the forty-sixth; 94/120 at the start with four expectations edited to the seed check, 106/120 as moved in); 103/120
     * (2120–2179 and 3040–3099, the forty-sixth's, read in the forty-seventh; 105/120 at the start with three expectations
     * edited to the seed check, 120/120 as moved in); 101/120 (3140–3199 and 3240–3299, the forty-seventh's, read in the
     * forty-eighth; 104/120 at the start with four expectations edited to the seed check, 116/120 as moved in); 97/120
     * (3340–3399 and 4310–4369, the forty-eighth's, read in the forty-ninth; 98/120 at the start with six expectations edited
     * to the seed check, 111/120 as moved in); 97/120 (4730–4789 and 5820–5879, the forty-ninth's, read in the fiftieth;
     * 100/120 at the start with seven expectations edited to the seed check, 113/120 as moved in); 94/120 (6240–6299 and
     * 7120–7179, the fiftieth's, read in the fifty-first; 94/120 at the start with seven expectations edited to the seed
     * check, 111/120 as moved in, 112/120 with 7134 edited to the team's open question, 113/120 at the end); 99/119 (8330–8389 and
     * 8141–8199, the fifty-first's, read in the fifty-second; 100/119 at the start with three expectations edited to the seed
     * check, 113/119 as moved in); 91/108 (7444–7499 and 1048–1099, the fifty-second's, read in the fifty-third; 92/108 at
     * the start, none edited — the seed check found none wrong — 105/108 as moved in). 7514 of 7887 (0.9527).
     */
    private static final double TUNING_FLOOR = 0.940;
    /** Share of held-out scripts that pass today (see docs/dialogue.md); a floor against regressions. */
    private static final double HOLDOUT_FLOOR = 0.79;

    private static DialogueScripts scripts;

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> "knowledge problems: " + result.problems());
        scripts = new DialogueScripts(
                DialogueEngine.create(result.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30)));
    }

    @Test
    void tuningScripts() throws IOException {
        List<DialogueScripts.Result> results = scripts.runAll(Path.of("src/test/resources/conversations"));
        assertFloor(results, TUNING_FLOOR);
        assertNothingForbidden(results);
    }

    @Test
    void heldOutScripts() throws IOException {
        List<DialogueScripts.Result> results = scripts.runAll(Path.of("src/test/resources/conversations-holdout"));
        assertFloor(results, HOLDOUT_FLOOR);
        assertNothingForbidden(results);
    }

    /** No script reaches a step its seller's replies forbid: never a wrong "all three conditions met". */
    private static void assertNothingForbidden(List<DialogueScripts.Result> results) {
        List<String> forbidden = results.stream().flatMap(r -> r.misses().stream())
                .filter(m -> m.contains(": not step ")).toList();
        assertEquals(List.of(), forbidden, "a step the seller's replies forbid was reached");
    }

    private static void assertFloor(List<DialogueScripts.Result> results, double floor) {
        long passed = results.stream().filter(DialogueScripts.Result::passed).count();
        double share = (double) passed / results.size();
        assertTrue(share >= floor, () -> String.format("%d of %d scripts passed (%.1f%%), below %.0f%%:%n%s", passed,
                results.size(), 100 * share, 100 * floor, String.join("\n",
                        results.stream().flatMap(r -> r.misses().stream()).toList())));
    }
}
