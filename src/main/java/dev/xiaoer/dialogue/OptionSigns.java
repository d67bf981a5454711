package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a story tells at a choice step, option by option ({@code signs} in the flow file): 丢了
 * and 重新寄 are a reship, 敲反 and 贴错 a wrong number, 揽收晚 the courier's reason. A story told at
 * length (第一个包裹在路上丢了，又重新给买家寄了一份，想把新单号换上去) resembles every option a little
 * and none clearly; the one option whose signs it names, when it names no other option's, is what
 * it means. A sign in a clause that also says 'not', a doubt or a guess (不是在平台下单的, 和解没谈成,
 * 如果是快递晚揽收) is not told as a fact and is not counted.
 * Built once per step and knowledge version; read-only afterwards, so thread-safe.
 */
final class OptionSigns {
    /** The cue kinds that keep a sign in their clause from being told as a fact. */
    private static final List<String> DOUBTS = List.of("negation", "unsure", "guess");
    /** How many characters … in a sign stands for (重新…寄 finds 重新给买家寄, 快递…丢 快递在路上把货丢). */
    private static final int GAP = 5;

    private final AnswerLexicon lexicon;
    private final List<StepOption> options;
    /** Per option, its signs in the form replies are compared in, as patterns (… a short gap). */
    private final List<List<Pattern>> signs = new ArrayList<>();

    OptionSigns(FlowStep step, AnswerLexicon lexicon) {
        this.lexicon = lexicon;
        this.options = step.options();
        for (StepOption o : step.options()) {
            signs.add(o.signs().stream().map(w -> pattern(w, lexicon)).filter(p -> !p.pattern().isEmpty()).toList());
        }
    }

    /** Whether any option has signs. */
    boolean any() {
        return signs.stream().anyMatch(s -> !s.isEmpty());
    }

    /**
     * The one option whose signs {@code clauses} name, not denied, when they name no other option's
     * that leads elsewhere (a price set too low and out of stock are both "invalid": one outcome);
     * -1 when they name none, or options with different outcomes.
     */
    int onlyOption(List<String> clauses) {
        List<Integer> named = named(clauses);
        return named.isEmpty() || twoOutcomes(named) ? -1 : named.get(0);
    }

    /**
     * Whether {@code clauses} name signs of options with different outcomes: two causes told
     * (快递那边揽收晚了，但我们自己也发晚了), whatever one of them resembles most.
     */
    boolean tellTwoOutcomes(List<String> clauses) {
        return twoOutcomes(named(clauses));
    }

    private boolean twoOutcomes(List<Integer> named) {
        for (int i : named) {
            if (!ClauseVerdicts.sameOutcome(options.get(i), options.get(named.get(0)))) {
                return true;
            }
        }
        return false;
    }

    private List<Integer> named(List<String> clauses) {
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < signs.size(); i++) {
            if (names(clauses, signs.get(i))) {
                named.add(i);
            }
        }
        return named;
    }

    private boolean names(List<String> clauses, List<Pattern> optionSigns) {
        for (String clause : clauses) {
            for (Pattern sign : optionSigns) {
                Matcher m = sign.matcher(clause);
                while (m.find()) {
                    // a fact said with a 'not', a doubt or a guess anywhere in its clause (买家并没有说要撤诉,
                    // 和解没谈成, 快递那边我还没问, 如果是快递晚揽收) is not told as a fact
                    String rest = clause.substring(0, m.start()) + "，" + clause.substring(m.end());
                    List<String> cues = lexicon.cuesIn(rest);
                    if (DOUBTS.stream().noneMatch(cues::contains)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A sign as a pattern over replies' compared form: its parts in that form, … a gap of a few characters. */
    private static Pattern pattern(String sign, AnswerLexicon lexicon) {
        List<String> parts = new ArrayList<>();
        for (String part : sign.split("…|\\.\\.\\.")) {
            String text = StepReader.matchText(lexicon.normalizer().utterance(part));
            if (!text.isEmpty()) {
                parts.add(Pattern.quote(text));
            }
        }
        return Pattern.compile(String.join(".{0," + GAP + "}?", parts));
    }
}
