package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step's options as the ways sellers say them, and how like each a reply is: phrasings are
 * compared on characters, character pairs and polarity cues (not, still, already/all, some), each
 * weighted by how well it tells this step's options apart and how few steps use it; a phrasing whose
 * negation or "still" disagrees with the reply counts for half. Built once per step and knowledge
 * version by {@link StepReader}; read-only afterwards, so thread-safe.
 */
final class OptionPhrasings {
    /** How an answer after an echoed option starts (不是，…; 没有，…; 对，…). */
    private static final java.util.regex.Pattern ECHO_ANSWER = java.util.regex.Pattern.compile("[，,\\s]*(?:不是|没有|不|没|还没|还不|对|是|嗯|其实)");
    /** Words that deny what follows them (不是停产, 没有停产, 并没有产量不足, 不需要补发). */
    private static final List<String> DENIALS = List.of("不是", "没有", "并没有", "不需要", "不用", "无需", "并非", "并不是");
    /** How far after a denial a word of the option is looked for (没有设置过低: 过低). */
    private static final int DENIAL_REACH = 4;
    /** A particle an echo ends with (自己联系的？, 都关了吗？). */
    private static final java.util.regex.Pattern ECHO_PARTICLE = java.util.regex.Pattern.compile("[的了吗吧呢啊]+$");

    /** What a phrasing still counts for when its negation or "still" disagrees with the reply. */
    private static final double POLARITY_MISMATCH = 0.5;
    /** What a pair of characters from the step's own question counts for in a reply to it. */
    private static final double QUESTION_WORDS = 0.5;
    /** Characters too common to say anything about which option a reply means. */
    private static final String TRIVIAL = "的了是我我们你吗呢啊吧呀哦哈嘛亲就也那这个跟和把";

    /** What a reply and a phrasing are compared on. */
    private enum Kind {
        CHAR(0.6), PAIR(1.0), CUE(1.5);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    private record Feature(Kind kind, String text) {
    }

    private record Phrasing(int option, Set<Feature> features, boolean negated, boolean still) {
    }

    /**
     * A phrasing as {@link #similarities} reads it: its features as numbers ({@link #featureIds}), each
     * with its weight, in its feature set's order, and the sum of those weights, added in that order
     * too: the same sums as adding up the set's weights at every read, without a lookup per feature.
     */
    private record Weighed(int option, int[] features, double[] weights, double own, boolean negated, boolean still) {
    }

    private final AnswerLexicon lexicon;
    /** How many of each option's phrasings say something was not done (没填, 漏填, 未填). */
    private final java.util.Map<Integer, Integer> saidNot = new java.util.HashMap<>();
    /** Something not done (没填, 漏录, 未发): not 'not enough' (不足) or 'cannot' (发不了). */
    private static final java.util.regex.Pattern NOT_DONE = java.util.regex.Pattern.compile("[没未漏]");
    /** The options whose phrasings mostly say 'not done' (发货时没填: 没填, 漏填): a 没有 before their words is their own. */
    private final Set<Integer> mostlyNegated = new HashSet<>();
    /** Denials an option's own phrasings hold, as option number + denial + pair (快递员没有来取件 of the courier's reason). */
    private final Set<String> ownDenials = new HashSet<>();
    /** The options' labels, in the compared form. */
    private final List<String> labels;
    /** The step's things ({@code about}), in the compared form: echoed back as a question before an answer. */
    private final List<String> about;
    private final int options;
    private final Map<String, Integer> exact = new HashMap<>();
    private final List<Phrasing> phrasings = new ArrayList<>();
    private final Map<Feature, Double> weights = new HashMap<>();
    /** Which options' phrasings have each character, pair and cue. */
    private final Map<Feature, Set<Integer>> optionsWith = new HashMap<>();
    /** How much a reply's word that none of this step's answers use counts against them. */
    private Map<Feature, Double> elsewhere = Map.of();
    /** Every feature of this step's phrasings, numbered; and by number, its weight. Set by {@link #weigh}. */
    private Map<Feature, Integer> featureIds = Map.of();
    private double[] featureWeights = new double[0];
    /** {@link #phrasings} as {@link #similarities} reads them. Set by {@link #weigh}. */
    private List<Weighed> weighed = List.of();

    OptionPhrasings(FlowStep step, AnswerLexicon lexicon) {
        this.lexicon = lexicon;
        List<StepOption> all = step.options();
        this.labels = all.stream().map(o -> StepReader.matchText(lexicon.normalizer().utterance(o.label()))).toList();
        this.about = StepReader.compared(step.about(), lexicon);
        this.options = all.size();
        for (int i = 0; i < all.size(); i++) {
            for (String p : all.get(i).phrasings()) {
                Utterance u = lexicon.normalizer().utterance(p);
                String text = StepReader.matchText(u);
                exact.putIfAbsent(u.compact(), i);
                if (text.isEmpty()) {
                    continue;
                }
                exact.putIfAbsent(text, i);
                List<String> cues = lexicon.cuesIn(text);
                Set<Feature> f = features(text, cues);
                if (NOT_DONE.matcher(text).find()) {
                    saidNot.merge(i, 1, Integer::sum);
                }
                for (String d : DENIALS) {
                    for (int at = text.indexOf(d); at >= 0 && at + d.length() + 2 <= text.length(); at = text.indexOf(d, at + 1)) {
                        ownDenials.add(i + d + text.substring(at + d.length(), at + d.length() + 2));
                    }
                }
                phrasings.add(new Phrasing(i, f, cues.contains("negation"), cues.contains("still")));
                for (Feature key : f) {
                    optionsWith.computeIfAbsent(key, x -> new HashSet<>()).add(i);
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            final int option = i;
            long negated = saidNot.getOrDefault(option, 0);
            long of = phrasings.stream().filter(p -> p.option() == option).count();
            if (of > 0 && negated * 2 >= of) {
                mostlyNegated.add(option);
            }
        }
        int k = Math.max(2, all.size());
        optionsWith.forEach((key, in) -> weights.put(key, key.kind().weight * (1 + Math.log((double) k / in.size()))));
        // the words of the step's own question are its context, not an answer (是关于发货超时的扣分 repeats
        // the appeal step's 发货/扣分, which one option's phrasings also hold)
        if (step.isChoice()) {
            String asked = StepReader.matchText(lexicon.normalizer().utterance(step.say()));
            for (Feature key : features(asked, List.of())) {
                if (key.kind() == Kind.PAIR) {
                    weights.computeIfPresent(key, (f, w) -> w * QUESTION_WORDS);
                }
            }
        }
        weigh();
    }

    /** Numbers the features and sums each phrasing's weights, once the weights are final. */
    private void weigh() {
        Map<Feature, Integer> ids = new HashMap<>();
        double[] byId = new double[weights.size()];
        weights.forEach((f, w) -> {
            byId[ids.size()] = w;
            ids.put(f, ids.size());
        });
        List<Weighed> all = new ArrayList<>(phrasings.size());
        for (Phrasing p : phrasings) {
            int[] features = new int[p.features().size()];
            double[] w = new double[features.length];
            double own = 0;
            int i = 0;
            for (Feature key : p.features()) {
                features[i] = ids.get(key);
                w[i] = weights.get(key);
                own += w[i];
                i++;
            }
            all.add(new Weighed(p.option(), features, w, own, p.negated(), p.still()));
        }
        featureIds = ids;
        featureWeights = byId;
        weighed = List.copyOf(all);
    }

    /**
     * Weighs every step's features by how few steps use them: a reply's words that belong to other
     * steps' answers (投诉 said at the sub-services step) count against this step's options, so that
     * steps' readings can be compared. Called once, on all the steps of a knowledge version, before any read.
     */
    static void weighAcross(Collection<OptionPhrasings> steps) {
        Map<Feature, Integer> stepsWith = new HashMap<>();
        steps.forEach(r -> r.weights.keySet().forEach(f -> stepsWith.merge(f, 1, Integer::sum)));
        int n = Math.max(2, steps.size());
        Map<Feature, Double> specific = new HashMap<>();
        stepsWith.forEach((f, c) -> specific.put(f, 1 + Math.log((double) n / c)));
        Map<Feature, Double> elsewhere = new HashMap<>();
        specific.forEach((f, w) -> elsewhere.put(f, f.kind().weight * w));
        for (OptionPhrasings r : steps) {
            r.elsewhere = elsewhere;
            // a word counts by how well it tells this step's options apart, and how much it says of this step
            r.weights.replaceAll((f, w) -> w * specific.get(f));
            r.weigh();
        }
    }

    /** The option whose phrasing {@code text} (compact or match form) is exactly, or null. */
    Integer exact(String text) {
        return exact.get(text);
    }

    /** Each option's best similarity to the reply. */
    double[] similarities(String text) {
        List<String> cues = lexicon.cuesIn(text);
        boolean negated = cues.contains("negation");
        boolean still = cues.contains("still");
        Set<Feature> reply = features(text, cues);
        double replyWeight = 0;
        boolean[] said = new boolean[featureWeights.length];
        for (Feature key : reply) {
            Integer id = featureIds.get(key);
            if (id != null) {
                said[id] = true;
                replyWeight += featureWeights[id];
            } else {
                replyWeight += elsewhere.getOrDefault(key, key.kind().weight);
            }
        }
        double[] scores = new double[options];
        for (Weighed p : weighed) {
            double shared = 0;
            int[] features = p.features();
            double[] w = p.weights();
            for (int i = 0; i < features.length; i++) {
                if (said[features[i]]) {
                    shared += w[i];
                }
            }
            double own = p.own();
            if (own == 0 || replyWeight == 0) {
                continue;
            }
            double sim = 0.5 * shared / own + 0.5 * shared / replyWeight;
            if (p.negated() != negated) {
                sim *= POLARITY_MISMATCH;
            }
            if (p.still() != still) {
                sim *= POLARITY_MISMATCH;
            }
            scores[p.option()] = Math.max(scores[p.option()], sim);
        }
        return scores;
    }

    /**
     * Whether the reply says something only {@code option}'s phrasings say among the options it could
     * be confused with: a reply made only of words every option shares (快递是中通 at "how did you
     * ship?": a courier carries both ways) tells nothing.
     */
    boolean tellsApart(String text, int option) {
        for (Feature f : features(text, List.of())) {
            if (f.text().codePoints().anyMatch(c -> TRIVIAL.indexOf(c) >= 0)) {
                continue; // 流是 of 物流是…: a common word's pair says nothing of its own
            }
            Set<Integer> in = optionsWith.get(f);
            if (in != null && in.contains(option) && in.size() < options) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the reply says something of {@code option}'s phrasings that {@code other}'s never say
     * (a word of its own, not a common one): 揽收 tells the courier's reason from "another reason",
     * 不是我的问题 does not.
     */
    boolean tellsApart(String text, int option, int other) {
        for (Feature f : features(text, List.of())) {
            if (f.kind() != Kind.PAIR || f.text().codePoints().anyMatch(c -> TRIVIAL.indexOf(c) >= 0)) {
                continue;
            }
            Set<Integer> in = optionsWith.get(f);
            if (in != null && in.contains(option) && !in.contains(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} says 不是 of a word only {@code option}'s phrasings have (不是快递公司的原因 of
     * the courier's reason): it denies that option, whatever else it shares with it.
     */
    boolean denies(String text, int option) {
        // (没, 不需要 deny an option whose own words are no 'not': 没有停产, 不需要补发; of one whose are, 没填, only 不是 does)
        List<String> denials = mostlyNegated.contains(option) ? List.of("不是") : DENIALS;
        for (String d : denials) {
            for (int at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
                // a word only this option's phrasings have, right after the denial or a few characters on (价格没有设置过低)
                String after = text.substring(at + d.length(), Math.min(text.length(), at + d.length() + DENIAL_REACH));
                for (int i = 0; i + 2 <= after.length(); i++) {
                    String pair = after.substring(i, i + 2);
                    Set<Integer> in = optionsWith.get(new Feature(Kind.PAIR, pair));
                    if (in != null && in.size() == 1 && in.contains(option) && pair.codePoints().noneMatch(c -> TRIVIAL.indexOf(c) >= 0)
                            // (a thing said to be missing, 没有物流信息, is no denial of the courier's reason)
                            && (denials.size() == 1 || !lexicon.namesAThingOnly(pair))
                            && (i > 0 || !ownDenials.contains(option + d + pair))
                            // (a few characters on only after 没有, and only a word of the option's label: 不用 and 不是 may end a
                            // clause, 我觉得不用，是线上下的单; and a 'not' the option's own facts hold, 快递没有按时揽收, is no denial)
                            && (i == 0 || d.endsWith("没有") && labels.get(option).contains(pair))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code text} says anything that tells some of the options from the others: a clause
     * made only of words every option's phrasings share (运单号 at "which case is it?", 物流 at "how did
     * you ship?") says nothing of which.
     */
    boolean tellsAnyApart(String text) {
        for (Feature f : features(text, lexicon.cuesIn(text))) {
            if (f.kind() != Kind.CUE && f.text().codePoints().anyMatch(c -> TRIVIAL.indexOf(c) >= 0)) {
                continue;
            }
            Set<Integer> in = optionsWith.get(f);
            if (in == null || in.size() < options) {
                return true;
            }
        }
        return false;
    }

    /** Meaningful characters, adjacent pairs, and the cue kinds present. */
    private static Set<Feature> features(String text, List<String> cues) {
        Set<Feature> f = new HashSet<>();
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (TRIVIAL.indexOf(cps[i]) < 0) {
                f.add(new Feature(Kind.CHAR, new String(cps, i, 1)));
            }
            if (i + 1 < cps.length) {
                f.add(new Feature(Kind.PAIR, new String(cps, i, 2)));
            }
        }
        for (String cue : cues) {
            f.add(new Feature(Kind.CUE, cue));
        }
        return f;
    }

    /** Whether {@code text} says 没/未 of what {@code option}'s label says has already happened (没执行 of 已执行). */
    boolean deniesLabel(String text, StepOption option) {
        String label = StepReader.matchText(lexicon.normalizer().utterance(option.label()));
        for (int i = label.indexOf('已'); i >= 0 && i + 3 <= label.length(); i = label.indexOf('已', i + 1)) {
            String pair = label.substring(i + 1, i + 3);
            if (text.contains("没" + pair) || text.contains("未" + pair) || text.contains("没有" + pair)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} (in the compared form) holds one of the options' labels. */
    boolean namesALabel(String text) {
        return labels.stream().anyMatch(text::contains);
    }

    /** The longest thing echoed back in the middle of a message (投诉, 售后期). */
    private static final int MID_ECHO_MAX = 4;

    /**
     * {@code said} without an option of this step echoed back as a question before the answer (快递公司原因？不是，
     * 是我们发错了 → 不是，是我们发错了), or without the step's thing so echoed (投诉？从来没被投诉过 → 从来没被投诉过), unless the answer says there
     * is none, when the thing is joined to it (投诉？没有的 → 投诉没有的):
     * the seller repeats the bot's words, then answers; {@code said} itself otherwise. In the middle of a message, after
     * other answers (订单都是交易成功 投诉？没有的 …), only a short thing with no question in it is joined to a "none" after it.
     */
    Utterance withoutEcho(Utterance said) {
        String raw = said.raw();
        int mark = Math.max(raw.indexOf('？'), raw.indexOf('?'));
        if (mark <= 0 || mark == raw.length() - 1) {
            return said;
        }
        String rest = raw.substring(mark + 1).strip();
        // (a thing echoed in the middle of the message, after other answers, 订单都是交易成功 投诉？没有的 最后一笔是国庆前: a short
        // thing, no question in it, joined to the "none" after it — 投诉没有的, as at the start)
        int clauseStart = Math.max(raw.lastIndexOf(' ', mark), Math.max(raw.lastIndexOf('，', mark), raw.lastIndexOf(',', mark))) + 1;
        if (clauseStart > 0) {
            String thing = raw.substring(clauseStart, mark).strip();
            String first = lexicon.normalizer().utterance(rest).normalized().split(" ", 2)[0];
            return thing.length() >= 2 && thing.length() <= MID_ECHO_MAX && !QuestionWords.hasQuestionWord(thing)
                    && lexicon.saysNone(first)
                    ? lexicon.normalizer().utterance(raw.substring(0, mark) + rest) : said;
        }
        Utterance head = lexicon.normalizer().utterance(raw.substring(0, mark));
        String echo = StepReader.matchText(head);
        // (a label's start echoed with a particle, 自己联系的？ of 自己联系物流)
        String bare = ECHO_PARTICLE.matcher(echo).replaceAll("");
        boolean label = bare.length() >= 2 && labels.stream().anyMatch(l -> l.startsWith(echo) || l.startsWith(bare));
        Utterance answer = lexicon.normalizer().utterance(rest);
        // (the answer read in its normal form: 還沒呢 is 还没呢)
        if ((exact(echo) != null || label) && ECHO_ANSWER.matcher(answer.normalized()).lookingAt()) {
            return answer;
        }
        if (!about.contains(echo)) {
            return said;
        }
        // (the step's thing echoed is what an answer of "none" is of: 投诉？没有的 says there are none, 投诉没有, not a bare
        // 'no'; any other answer, 投诉？没呢, 投诉？没有结束, is read alone as before)
        // (…said in its first clause, before the rest, 投诉？没有的 最后一笔8月份完成的: the none is of the thing echoed)
        String first = answer.normalized().split(" ", 2)[0];
        return lexicon.saysNone(answer.normalized()) || lexicon.saysNone(first)
                ? lexicon.normalizer().utterance(echo + rest) : answer;
    }
}
