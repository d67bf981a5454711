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
    /** How many characters before a sign a negation denies it from (不是快递的问题: 不 two back). */
    private static final int DENIAL_REACH = 3;
    /** How many characters … in a sign stands for (a…b finds a and b with up to three characters between). */
    private static final int GAP = 3;

    private final AnswerLexicon lexicon;
    private final List<StepOption> options;
    /** The step's premise words ({@code premise}: 客户是网上下的单) that hold a sign (网上下的单): in them it is told of no option. */
    private final List<String> premise;
    /** Per option, its signs in the form replies are compared in, as patterns (… a short gap). */
    private final List<List<Sign>> signs = new ArrayList<>();
    /** Per option, its signs less those that only clear another option's cause ({@code clears}). */
    private final List<List<Sign>> ownSigns = new ArrayList<>();
    /**
     * Per option, its signs less the clearing ones that clear one of another option's causes only (phrases.yaml
     * {@code one-cause-cleared}: the pickup on time, 揽收是准时的): told by those alone, beside that other option's own signs, the
     * option stands aside (快递揽收是准时的 但是中转站压了五天 is the courier's, held at its hub).
     */
    private final List<List<Sign>> signsBesideOneCause = new ArrayList<>();

    OptionSigns(FlowStep step, AnswerLexicon lexicon) {
        this.lexicon = lexicon;
        this.options = step.options();
        Pattern oneCause = lexicon.optionalPattern("one-cause-cleared");
        for (StepOption o : step.options()) {
            List<Sign> own = o.signs().stream().map(w -> sign(w, lexicon)).filter(p -> !p.pattern().pattern().isEmpty()).toList();
            ownSigns.add(own);
            signs.add(java.util.stream.Stream.concat(own.stream(), o.clears().stream().map(w -> sign(w, lexicon))
                    .filter(p -> !p.pattern().pattern().isEmpty())).toList());
            signsBesideOneCause.add(java.util.stream.Stream.concat(own.stream(), o.clears().stream()
                    .filter(w -> oneCause == null || !oneCause.matcher(w).find()).map(w -> sign(w, lexicon))
                    .filter(p -> !p.pattern().pattern().isEmpty())).toList());
        }
        // (only a premise word a sign is found inside: one inside a sign, 处罚 of 同意把处罚, leaves the sign whole)
        this.premise = StepReader.compared(step.premise(), lexicon).stream()
                .filter(w -> signs.stream().flatMap(List::stream).anyMatch(sign -> sign.pattern().matcher(w).find())).toList();
    }

    /** Whether any option has signs. */
    boolean any() {
        return signs.stream().anyMatch(s -> !s.isEmpty());
    }

    /**
     * What a reply's clauses say of the options' signs, found in one pass: the options whose signs
     * they tell as facts, and those whose signs they name only in doubt.
     */
    Told told(List<String> clauses) {
        List<String> read = premise.isEmpty() ? clauses : clauses.stream().map(this::withoutPremise).toList();
        List<Integer> facts = new ArrayList<>();
        List<Integer> doubted = new ArrayList<>();
        for (int i = 0; i < signs.size(); i++) {
            Said how = said(read, signs.get(i));
            if (how == Said.TOLD) {
                facts.add(i);
            } else if (how == Said.DOUBTED) {
                doubted.add(i);
            }
        }
        // (an option told only by clearing one of another's causes, beside that other's own signs, stands aside)
        if (facts.size() > 1) {
            List<Integer> byOwn = facts.stream().filter(i -> said(read, ownSigns.get(i)) == Said.TOLD).toList();
            facts.removeIf(i -> byOwn.stream().anyMatch(j -> j != i)
                    && signsBesideOneCause.get(i).size() < signs.get(i).size()
                    && said(read, signsBesideOneCause.get(i)) != Said.TOLD);
        }
        return new Told(facts, doubted);
    }

    /** The options a reply tells the signs of as facts, and those it names in doubt (by index). */
    final class Told {
        private final List<Integer> facts;
        private final List<Integer> all;

        private Told(List<Integer> facts, List<Integer> doubted) {
            this.facts = List.copyOf(facts);
            List<Integer> both = new ArrayList<>(facts);
            both.addAll(doubted);
            this.all = List.copyOf(both);
        }

        /** Whether the signs of option {@code i} are told as facts. */
        boolean tells(int i) {
            return facts.contains(i);
        }

        /**
         * The one option whose signs are told as facts, when no other option's that leads elsewhere is
         * told (a price set too low and out of stock are both "invalid": one outcome) nor named in doubt
         * (定制的还没做出来，快递还没来揽: two causes, one unsure); -1 otherwise.
         */
        int onlyOption() {
            return facts.isEmpty() || differentOutcomes(all) ? -1 : facts.get(0);
        }

        /** Whether no option's signs but option {@code i}'s are named, told or in doubt (or none at all). */
        boolean namesOnly(int i) {
            return all.stream().allMatch(n -> n == i);
        }

        /**
         * Whether signs of options with different outcomes are named, told or in doubt: two causes
         * (快递那边揽收晚了，但我们自己也发晚了), whatever one of them resembles most.
         */
        boolean twoOutcomes() {
            return differentOutcomes(all);
        }
    }

    /**
     * Whether {@code clause} tells option {@code i}'s facts with a sign of its own, not only one clearing another option's
     * cause (是我们仓库打包慢了, not 快递说揽收都正常).
     */
    boolean tellsOwn(String clause, int i) {
        List<String> clauses = List.of(premise.isEmpty() ? clause : withoutPremise(clause));
        return said(clauses, ownSigns.get(i)) == Said.TOLD;
    }

    /**
     * {@code text} with every place option {@code i}'s signs match blanked out: what the reply says besides them. A sign may
     * hold another option's word (快递…不是他们, the courier cleared, is "another reason"'s), which then tells nothing of that
     * other option.
     */
    String without(String text, int i) {
        String rest = text;
        for (Sign sign : signs.get(i)) {
            if (rest.contains(sign.first())) {
                rest = sign.pattern().matcher(rest).replaceAll("，");
            }
        }
        return rest;
    }

    private boolean differentOutcomes(List<Integer> named) {
        for (int i : named) {
            if (!ClauseVerdicts.sameOutcome(options.get(i), options.get(named.get(0)))) {
                return true;
            }
        }
        return false;
    }

    /** {@code clause} with the step's premise words blanked out: a sign inside one is told of no option. */
    private String withoutPremise(String clause) {
        String rest = clause;
        for (String word : premise) {
            if (rest.contains(word)) {
                rest = rest.replace(word, "，");
            }
        }
        return rest;
    }

    /** How a reply says an option's signs: as a fact, in doubt, or not at all (or denied). */
    private enum Said { TOLD, DOUBTED, NONE }

    /**
     * How the clauses say one option's signs: told as a fact where a clause has no 'not', doubt or
     * guess besides the sign; in doubt where it has (和解没谈成, 如果是快递晚揽收, 定制的还没做出来);
     * not at all where a negation stands right before it (不是快递的问题: denied).
     */
    private Said said(List<String> clauses, List<Sign> optionSigns) {
        Said best = Said.NONE;
        for (String clause : clauses) {
            for (Sign sign : optionSigns) {
                if (!clause.contains(sign.first())) {
                    continue; // every match begins with the sign's first part: none here
                }
                Matcher m = sign.pattern().matcher(clause);
                while (m.find()) {
                    String before = clause.substring(Math.max(0, m.start() - DENIAL_REACH), m.start());
                    if (lexicon.cuesIn(before).contains("negation")) {
                        continue;
                    }
                    String rest = clause.substring(0, m.start()) + "，" + clause.substring(m.end());
                    // an inability beside the sign is what happened (快递停运了发不出去), not a doubt of it
                    List<String> cues = lexicon.cuesIn(lexicon.withoutInability(rest));
                    if (DOUBTS.stream().noneMatch(cues::contains)) {
                        return Said.TOLD;
                    }
                    best = Said.DOUBTED;
                }
            }
        }
        return best;
    }

    /**
     * A sign as a pattern over replies' compared form (its parts in that form, … a gap of a few
     * characters), and its first part: a clause without it holds no match, and is passed over without
     * a {@code Matcher} (docs/benchmarks.md, issue 19, ninth session).
     */
    private record Sign(String first, Pattern pattern) {
    }

    private static Sign sign(String sign, AnswerLexicon lexicon) {
        List<String> parts = new ArrayList<>();
        String first = "";
        for (String part : sign.split("…|\\.\\.\\.")) {
            String text = StepReader.matchText(lexicon.normalizer().utterance(part));
            if (!text.isEmpty()) {
                first = parts.isEmpty() ? text : first;
                parts.add(Pattern.quote(text));
            }
        }
        return new Sign(first, Pattern.compile(String.join(".{0," + GAP + "}?", parts)));
    }
}
