package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides what the bot does with a scored message, and holds its calibration: fall back when a
 * known out-of-scope question matches at least as well as the best entry; otherwise a logistic
 * model ({@link RetrievalSettings.Calibration}) turns the best candidate's signals into the
 * confidence, the estimated probability that it is the right answer, and the thresholds decide:
 * answer, offer the best candidates (clarify), or fall back. Immutable and thread-safe.
 */
final class Decider {
    /**
     * From how many content words a message is long: one whose only plausible entry on the topics it
     * names is the best is answered with it; a shorter one is still asked (§5 of docs/retrieval.md).
     */
    static final int LONG_MESSAGE_WORDS = 8;

    /** A long message's floor for a plausible option, as a share of {@code minOptionScore}. */
    static final double LONG_OPTION_FLOOR = 0.8;

    /** A long message's floor for a plausible option ({@code LONG_OPTION_FLOOR} of {@code minOptionScore}). */
    static double longOptionFloor(RetrievalSettings settings) {
        return LONG_OPTION_FLOOR * settings.minOptionScore();
    }

    /** From what score a message's best phrasing is the message itself: an editor's phrasing decides it. */
    static final double EXACT_PHRASING = 0.999;

    private final RetrievalSettings settings;
    private final ScopeRules scope;

    /** A decider with no declared scope. */
    Decider(RetrievalSettings settings) {
        this(settings, ScopeRules.NONE);
    }

    Decider(RetrievalSettings settings, ScopeRules scope) {
        this.settings = settings;
        this.scope = scope;
    }

    /**
     * The decision: scope first (a message about another platform is declined, one that names no
     * topic is asked which), then the known out-of-scope questions, then the calibrated confidence;
     * an entry whose answer does not speak of an aspect the message asks (its fee, how long…) is not
     * the answer, however well it matches.
     */
    Retrieval decide(Scored scored) {
        List<Candidate> ranked = scored.ranked();
        Scored.Reading reading = scored.reading();
        List<Scope.Aspect> asked = reading.asked();
        if (reading.otherPlatform() != null) {
            return Retrieval.declined(Retrieval.Decline.OTHER_PLATFORM, ranked, List.of(), 0, scored.normalized(),
                    reading.otherPlatform());
        }
        if (reading.vague()) {
            List<Candidate> likely = likely(asked, ranked, reading.menuTopics());
            return Retrieval.declined(Retrieval.Decline.VAGUE, ranked, likely, 0, scored.normalized(),
                    likely == scope.menu() ? Retrieval.MENU : "");
        }
        if (reading.asks().size() >= 2) {
            // two things asked, each of its own topic (我的保证金什么时候能退，运单号填错了): name both
            return new Retrieval(Retrieval.Decision.CLARIFY, ranked, reading.asks(), confidence(scored),
                    scored.normalized());
        }
        if (ranked.isEmpty()) {
            return Retrieval.declined(Retrieval.Decline.NO_MATCH, ranked, List.of(), 0, scored.normalized(), "");
        }
        // (against the best score: a runner-up the asking phrases put first, 售后退货，运费谁出每次都扯不清，退货前有什么要注意的,
        // is not declined for scoring below the entry it was put before)
        double top = ranked.size() > 1 ? Math.max(ranked.get(0).score(), ranked.get(1).score()) : ranked.get(0).score();
        // (not a bare topic that asks nothing, 安心购的事: it says what it is about and asks nothing of it, so no known question
        // declines what it asks; the known ones that name the topic, 安心购有什么好处, ask something it does not. The seller is
        // asked which of the topic's entries, below)
        if (scored.askedDecline() >= top && !bareAsksNothing(scored)) {
            // a known out-of-scope question declines what it asks: one out of scope for an aspect
            // (一个处罚能申诉几次) does not decline a message that does not ask it (想申诉一个发货的处罚 怎么弄)
            return Retrieval.declined(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, ranked, List.of(), 0, scored.normalized(), "");
        }
        double confidence = confidence(scored);
        if (ranked.size() == 1 && scope.hasTopics() && scope.named(scored.normalized()).isEmpty()
                && scored.signals().phrasingScore() < EXACT_PHRASING) {
            // no other entry shares a word with a message that names no topic: its lead is all its score, and says nothing
            // of it (推广ROI太低了，怎么优化投放 meets only 价格太低 of one appeal phrasing); a question of the knowledge's names
            // its topic (还有个判罚我也觉得冤) or meets several entries
            return new Retrieval(Retrieval.Decision.FALLBACK, ranked, List.of(), confidence, scored.normalized());
        }
        if (!asked.isEmpty()) {
            // what is asked is asked of the best entry, and, when that is of no topic the message
            // names alone, of the named topic's best entry as well: both must speak of it
            Candidate named = ofNamedTopic(ranked, reading);
            List<Candidate> others = ofOtherNamedTopics(ranked, reading);
            List<Scope.Aspect> unspoken = asked.stream().filter(a -> !scope.aspects().speaksOf(ranked.get(0).faqId(), a)
                    || !scope.aspects().speaksOf(named.faqId(), a)
                    || others.stream().anyMatch(o -> !scope.aspects().speaksOf(o.faqId(), a))).toList();
            if (!unspoken.isEmpty()) {
                // the topic is found, but not what is asked of it: say so, offer the entry as related
                // (the named topic's, when it is the one that does not say it)
                Candidate related = java.util.stream.Stream.concat(java.util.stream.Stream.of(named), others.stream())
                        .filter(c -> !scope.aspects().speaksOfAll(c.faqId(), unspoken)).findFirst().orElse(ranked.get(0));
                Retrieval.Decline why = confidence >= settings.clarifyThreshold()
                        ? Retrieval.Decline.UNANSWERED : Retrieval.Decline.NO_MATCH;
                return Retrieval.declined(why, ranked, why == Retrieval.Decline.UNANSWERED ? List.of(related)
                        : List.of(), 0, scored.normalized(),
                        unspoken.stream().map(Scope.Aspect::label).collect(Collectors.joining("、")));
            }
        }
        // (not when the best's own phrasing speaks of the topic the message names: 投诉都处理完了才行吗 found the unfreeze
        // conditions by 有投诉没处理完保证金能解冻吗, and complaint.avoid, the one entry of 投诉's topic, does not answer it)
        java.util.BitSet named = confidence >= settings.clarifyThreshold() ? scope.named(scored.normalized()) : null;
        if (named != null && scope.offTopic(ranked.get(0).faqId(), named) && !bestPhrasingNames(scored, named)) {
            Candidate onTopic = onNamedTopicInstead(scored, asked, named);
            if (onTopic != null) {
                // the best is of a topic the message does not name, and a plausible entry is of one it names: that one
                // is what it asks (想退出现货安心购，页面上找不到退出按钮 is not asking for the deposit's transfer-out button,
                // however alike 找不到…按钮 reads)
                // (answered as any answer is: a bare topic still gets its menu, and an aspect asked beside it that its
                // answer does not speak of is said so)
                List<Candidate> first = new ArrayList<>(List.of(onTopic));
                ranked.stream().filter(c -> c != onTopic).forEach(first::add);
                return answerUnlessBare(new Scored(first, scored.declineScore(), scored.normalized(), scored.signals(),
                        scored.reading(), scored.askedDecline()), confidence);
            }
        }
        if (confidence >= settings.answerThreshold()) {
            return answerUnlessBare(scored, confidence);
        }
        if (confidence >= settings.clarifyThreshold()) {
            // the plausible candidates: two or more are asked about; one alone is the answer
            List<Candidate> plausible = options(ranked, scored.reading().words(), scored.reading().askingFinds()).stream()
                    .filter(o -> asked.isEmpty() || scope.aspects().speaksOfAll(o.faqId(), asked)).toList();
            List<Candidate> options = onNamedTopics(plausible, scored);
            if (options.size() == 1 && plausible.size() >= 2 && scored.reading().words() < LONG_MESSAGE_WORDS) {
                // a short message whose only other plausible entry is of a topic it does not name may be a
                // follow-up the entry does not answer (更换支付宝以后原来账户里的钱怎么办): it is still asked — when
                // that entry meets it by a word that names a topic (退款怎么弄: the deposit's 保障金退款), not by a word
                // any backend has (how to change alipay账号，1688卖家后台哪里弄 met 官方直送在哪个后台关 by 后台)
                List<Candidate> alike = plausible.stream().filter(o -> o == plausible.get(0)
                        || !scope.named(String.join(" ", o.matchedWords())).isEmpty()).toList();
                if (alike.size() >= 2) {
                    options = alike;
                }
            }
            if (options.size() >= 2) {
                return clarifyUnlessBare(scored, options, confidence);
            }
            if (options.size() == 1 && (!offTopicBest(scored) || options.get(0).faqId().equals(scored.reading().askingFinds()))) {
                // no other entry is plausible: the best is the one the message can mean — unless it is of no topic the
                // message names (想對一個判罰提出異議，買家說沒收到貨…物流明明顯示本人簽收 names the ruling, not the reship),
                // and a long story's asking part does not find it alone (…平台直接判了退款…该怎么让平台重新看: the topic
                // named, 退款, is the story's)
                return answerUnlessBare(scored, confidence);
            }
        }
        // a bare topic (安心购, 官方直送, 申诉的事) that finds no answer still names what it is about: the seller is asked which
        // of the topic's entries, as for a bare topic that finds one
        if (bareAsksNothing(scored) && !ranked.isEmpty()) {
            return ofBareTopic(scored, Retrieval.UNFOUND_TOPIC, confidence);
        }
        return new Retrieval(Retrieval.Decision.FALLBACK, ranked, List.of(), confidence, scored.normalized());
    }

    /** Whether the message is a bare topic (安心购的事, 支付宝) that asks nothing (no question word). */
    private boolean bareAsksNothing(Scored scored) {
        return !scored.reading().bareTopic().isEmpty() && !scope.asks(scored.normalized());
    }

    /**
     * The answer, unless the message is a bare topic (支付宝, 退货的事): that says what about, not what is asked of it, and
     * the seller is asked which of the topic's entries (the best first), unless an editor wrote the message as a phrasing
     * (保证金 is the refund's). A bare topic that is clarified or falls back is left so: the dialogue starts the flow that
     * walks through its entries (申诉怎么弄).
     */
    private Retrieval answerUnlessBare(Scored scored, double confidence) {
        java.util.BitSet bare = scored.reading().bareTopic();
        if (bare.isEmpty() || scored.signals().phrasingScore() >= EXACT_PHRASING) {
            return answer(scored, confidence);
        }
        return ofBareTopic(scored, "", 0);
    }

    /**
     * A bare topic's decline: which of the topic's entries (the best first), or the topic's menu when none is found;
     * {@code confidence} is the best's, kept for an undecided one a flow may walk ({@link Retrieval#UNFOUND_TOPIC}).
     */
    private Retrieval ofBareTopic(Scored scored, String detail, double confidence) {
        java.util.BitSet bare = scored.reading().bareTopic();
        List<Candidate> ofTopic = scored.ranked().stream().filter(c -> !scope.offTopic(c.faqId(), bare))
                .limit(settings.maxOptions()).toList();
        return ofTopic.isEmpty() ? Retrieval.declined(Retrieval.Decline.VAGUE, scored.ranked(), scope.menu(bare), 0,
                scored.normalized(), "")
                : Retrieval.declined(Retrieval.Decline.VAGUE, scored.ranked(), ofTopic, confidence, scored.normalized(), detail);
    }

    /**
     * The clarify, unless the message is a bare topic that asks nothing (运单号, 单号): it names a topic, and the seller is
     * asked which of the topic's entries, as a vague message is, with the same options. One that asks (退款怎么弄？) is
     * clarified: in a flow, the dialogue takes a clarify as a question beside the step.
     */
    private Retrieval clarifyUnlessBare(Scored scored, List<Candidate> options, double confidence) {
        java.util.BitSet bare = scored.reading().bareTopic();
        if (bare.isEmpty() || scored.signals().phrasingScore() >= EXACT_PHRASING || scope.asks(scored.normalized())) {
            return new Retrieval(Retrieval.Decision.CLARIFY, scored.ranked(), options, confidence, scored.normalized());
        }
        return Retrieval.declined(Retrieval.Decline.VAGUE, scored.ranked(), options, 0, scored.normalized(), "");
    }

    /**
     * The options of a clarify without the entries of topics the message does not name, when it names
     * some (运单号要换一个 is not about changing the Alipay account, however alike 换 reads); the best is
     * kept whatever its topic. When only the best is left, it is the one a long message can mean: its
     * context names the topic (前几天出了一单货…单号填成了另一个订单的，要怎么修改).
     */
    private List<Candidate> onNamedTopics(List<Candidate> options, Scored scored) {
        java.util.BitSet named = scope.named(scored.normalized());
        if (named.isEmpty() || options.size() < 2) {
            return options;
        }
        return options.stream().filter(o -> o == options.get(0) || !scope.offTopic(o.faqId(), named)).toList();
    }

    /**
     * The best candidate of a topic the message names, when it is a plausible option beside the best (at least
     * {@code minOptionScore} and {@code optionRatio} of it), speaks of what is asked, and is the only such one; else null.
     */
    private Candidate onNamedTopicInstead(Scored scored, List<Scope.Aspect> asked, java.util.BitSet named) {
        List<Candidate> ranked = scored.ranked();
        double best = ranked.get(0).score();
        List<Candidate> plausible = ranked.stream().filter(c -> !scope.offTopic(c.faqId(), named)
                && c.score() >= settings.minOptionScore() && c.score() >= settings.optionRatio() * best
                && scope.aspects().speaksOfAll(c.faqId(), asked)).toList();
        return plausible.size() == 1 ? plausible.get(0) : null;
    }

    /** Whether the phrasing the best candidate was found by names one of the topics the message names ({@code named}). */
    private boolean bestPhrasingNames(Scored scored, java.util.BitSet named) {
        String phrasing = scored.ranked().get(0).matchedPhrasing();
        return phrasing != null && scope.named(phrasing).intersects(named);
    }

    /** Whether the best candidate is of a topic the message does not name, while it names some. */
    private boolean offTopicBest(Scored scored) {
        return scope.offTopic(scored.ranked().get(0).faqId(), scope.named(scored.normalized()));
    }

    /**
     * The best candidate of a topic the message names alone; the best candidate when it names none
     * alone, when the best is of one of them, or when no candidate is. 改运单号会不会影响店铺评分 asks the
     * rating of changing a waybill: the complaints entry that speaks of ratings is not what it asks.
     */
    private Candidate ofNamedTopic(List<Candidate> ranked, Scored.Reading reading) {
        Candidate best = ranked.get(0);
        if (reading.topicCount() == 0 || reading.names(scope.topic(best.faqId()))) {
            return best;
        }
        for (Candidate c : ranked) {
            if (reading.names(scope.topic(c.faqId()))) {
                return c;
            }
        }
        return best;
    }

    /**
     * The best candidate of each topic the message names alone but the best's, when it names two or more and that
     * candidate is a plausible option ({@code optionRatio} of the best): what is asked may be asked of any of them
     * (单号改完以后平台会不会判我虚假发货扣分 names the waybill and, by 扣分, the appeals, whose answers speak of penalties; it
     * asks what changing the waybill leads to), so each must speak of it. A topic named in passing, whose entries the
     * message hardly matches (条件都满足了，押金多久能释放到支付宝: the Alipay account's change), is not asked of.
     */
    private List<Candidate> ofOtherNamedTopics(List<Candidate> ranked, Scored.Reading reading) {
        if (reading.topicCount() < 2) {
            return List.of();
        }
        int bestTopic = scope.topic(ranked.get(0).faqId());
        List<Candidate> others = new ArrayList<>();
        java.util.BitSet seen = new java.util.BitSet();
        for (Candidate c : ranked) {
            int t = scope.topic(c.faqId());
            if (t != bestTopic && reading.names(t) && !seen.get(t) && c.score() >= settings.optionRatio() * ranked.get(0).score()) {
                seen.set(t);
                others.add(c);
            }
        }
        return others;
    }

    /**
     * The best candidate as the answer; {@code detail} names what a second question asks that its
     * answer does not speak of (the fee of 怎么转出？转出要收手续费吗), to be said so beside it.
     */
    private Retrieval answer(Scored scored, double confidence) {
        String best = scored.ranked().get(0).faqId();
        String unspoken = scored.reading().besides().stream().filter(a -> !scope.aspects().speaksOf(best, a))
                .map(Scope.Aspect::label).collect(Collectors.joining("、"));
        return new Retrieval(Retrieval.Decision.ANSWER, scored.ranked(), List.of(), confidence, scored.normalized(), null,
                unspoken);
    }

    /** The calibrated probability that the best candidate is the right answer: 1 / (1 + e^-(bias + Σ weight × input)). */
    double confidence(Scored scored) {
        RetrievalSettings.Calibration calibration = settings.calibration();
        double[] weights = calibration.weights();
        double[] inputs = inputs(scored);
        double z = calibration.bias();
        for (int i = 0; i < inputs.length; i++) {
            z += weights[i] * inputs[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The model's inputs, in the order of {@link RetrievalSettings.Calibration#weights}: the best
     * score, its lead over the runner-up, its best phrasing's score, its entry coverage, the share
     * of the message its phrasing explains, the share no phrasing has, how close the decline
     * score comes (decline minus best), and how long the message is. What {@code Calibrate} fits the
     * weights on.
     */
    static double[] inputs(Scored scored) {
        double best = scored.best();
        Scored.Signals s = scored.signals();
        return new double[] {best, best - scored.second(), s.phrasingScore(), s.entryCoverage(), s.queryCoverage(),
            s.unseenShare(), scored.declineScore() - best, Math.log1p(scored.reading().words())};
    }

    /**
     * The entries to offer for a message that names no topic: those that speak of what it asks
     * (多久: the entries that give a time), at most {@code maxOptions}, when there are two or more;
     * otherwise the menu of the topics it names by words several topics share (售后), when it names two
     * or more that way, else the topic menu.
     */
    private List<Candidate> likely(List<Scope.Aspect> asked, List<Candidate> ranked, java.util.BitSet topics) {
        if (!asked.isEmpty()) {
            List<Candidate> speaking = scope.aspects().speakingOfAll(asked, ranked);
            if (speaking.size() >= 2) {
                return speaking.subList(0, Math.min(speaking.size(), settings.maxOptions()));
            }
        }
        List<Candidate> named = scope.menu(topics);
        return named.size() >= 2 ? named : scope.menu();
    }

    /**
     * The options of a clarify: the best, the runner-up, and further candidates within the clarify
     * band of the best, up to the most options; each only when it is plausible, scoring at least
     * {@code minOptionScore}, and, but the best, {@code optionRatio} of the best (no unrelated entry
     * fills the list). The best is one below that too when it is what a long message's asking part finds alone
     * ({@code askingFinds}, {@link Scored.Reading}).
     */
    private List<Candidate> options(List<Candidate> ranked, int words, String askingFinds) {
        double best = ranked.get(0).score();
        // a long message's context dilutes every score: when none reaches the floor, its floor is lower (LONG_OPTION_FLOOR
        // of the short one's), rather than falling back on a message the confidence reads as likely answered
        double floor = words >= LONG_MESSAGE_WORDS && best < settings.minOptionScore()
                ? longOptionFloor(settings) : settings.minOptionScore();
        List<Candidate> options = new ArrayList<>();
        if (ranked.get(0).score() >= floor || ranked.get(0).faqId().equals(askingFinds)) {
            // (below it too when the part that asks finds the best alone, above that floor: the story diluted it)
            options.add(ranked.get(0));
        }
        for (int i = 1; i < ranked.size() && options.size() < settings.maxOptions(); i++) {
            Candidate c = ranked.get(i);
            if (c.score() >= settings.optionRatio() * best && c.score() >= floor && (i == 1 || best - c.score() <= settings.clarifyBand())) {
                options.add(c);
            }
        }
        return options;
    }
}
