package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reply says once the seller's corrections are followed (超过30天了吧…哦不对，上个礼拜还有一单才关闭: only what
 * follows the last one) and its set turns of phrase are read plainly: X才怪 and 怎么可能X are 不是X, counts of none are
 * "none" ({@link CountsOfNone}), "either … or …" names the states all are in, a run-on reply is cut into clauses, what was
 * meant or is usual before what happened is left out, a 'not' denying a 'not' before a clause saying all is done says it.
 * The words and patterns are {@code phrases.yaml}'s ({@code corrections}, and {@code patterns}' optional
 * {@code ours-named}, {@code run-on-break}, {@code intended-before}, {@code double-negation}, {@code denied-none},
 * {@code former-state}, {@code unchanged}, {@code checked-then-found}, {@code conclusion-asked}). Part of
 * {@link AnswerLexicon}; immutable and thread-safe.
 */
final class CorrectedReplies {
    /** "Either … or …" inside one clause (不是交易成功就是交易关闭, 不是成功就是关闭了, 要么关了要么成功了). */
    private static final Pattern EITHER = Pattern.compile("(?:不是|要么)([^，。,.!！?？;；\\s]{1,12}?)(?:就是|要么)");
    /** What is said only to be denied: X才怪 (都关了才怪) is 不是X, read as its "not all" phrasing is. */
    private static final Pattern SARCASTIC = Pattern.compile("(\\S+)才怪[了呢啊吧]*(?=\\s|$)");
    /** "How could X" (怎么可能都完结了, 哪可能都关了): not X. */
    private static final Pattern RHETORICAL_HOW = Pattern.compile("(?:怎么|哪里|哪)可能(?:会)?(\\S+)");
    /** "If X, would I be asking you?" (要是都完结了我还问你): not X. */
    private static final Pattern RHETORICAL_IF = Pattern.compile("(?:要是|如果|真要是)(\\S+?)(?:的话)?我还(?:问|找|来问|来找)你[呢啊吗吧]*");

    private final TextNormalizer normalizer;
    /** Words with which a seller takes back what they just said (哦不对, 说错了), anywhere. */
    private final List<String> corrections;
    /** Those that take back only as a clause of their own (不对，…; 都发了，不对，…: 地址不对 is no correction), listed with a leading ^. */
    private final List<String> openingCorrections;
    /**
     * Those that take back only as a clause of their own after another (过了30天，不是，是20天: 不是 alone at the start
     * answers the question, and is no correction), listed with a leading ~.
     */
    private final List<String> laterCorrections;
    /** The first characters of {@link #corrections}, sorted, and for each the markers that begin with it. */
    private final char[] markerFirsts;
    private final String[][] markersByFirst;
    /** {@link #openingCorrections} with the space after them, and with a space either side; {@link #laterCorrections} so too. */
    private final List<String> openingSpaced;
    private final List<String> openingInside;
    private final List<String> laterInside;
    /** Counts and "none" said in so many words (zero counts, states listed then none, not one, none other), said plainly. */
    private final CountsOfNone countsOfNone;
    /**
     * The characters one of which every {@code run-on-break} in the project's phrases needs (了, or a consent: 可以, 行, 没问题,
     * ok): its patterns are zero-width, so {@link RequiredChars} cannot read them.
     */
    private static final String RUN_ON_BREAK_CHARS = "了可行问oO";
    /** Where a run-on reply starts its next clause ({@code run-on-break}; optional): a space put there. */
    private final Pattern runOnBreak;
    /** What was meant or is usual, told before what happened ({@code intended-before}; optional): taken out. */
    private final Pattern intendedBefore;
    /** Our own platform named as the side the reply speaks of ({@code ours-named}; optional): taken out. */
    private final Pattern oursNamed;
    /** A conclusion asking to be confirmed after the facts told ({@code conclusion-asked}; optional): taken out. */
    private final Pattern conclusionAsked;
    /** A check said as a clause of its own, then what was found ({@code checked-then-found}; optional): the check and what
     * came before it taken out. */
    private final Pattern checkedThenFound;
    /** The characters one of which every match of {@link #intendedBefore}, {@link #checkedThenFound}, {@link #formerState} holds ({@link RequiredChars}). */
    private final String intendedBeforeChars;
    private final String checkedThenFoundChars;
    private final String formerStateChars;
    /** A 'not' denying a 'not' ({@code double-negation}; optional): both taken out. */
    private final Pattern doubleNegation;
    /** "None" denied ({@code denied-none}; optional): read as 有, there are some. */
    private final Pattern deniedNone;
    /** The state a thing was in, before what has become of it ({@code former-state}; optional): taken out. */
    private final Pattern formerState;
    /** A thing told before said unchanged, in a clause of its own ({@code unchanged}; optional): read as still what it was. */
    private final Pattern unchanged;

    /** How far off a date said before was ({@code off-by}: 记错了一天), optional: after a marker that ends a reply, no new answer. */
    private final Pattern offBy;
    /** What each step of the flows asks about (its {@code about} words, in the compared form), by step: what a clause is about. */
    private final List<List<String>> topics;
    /** The flow of each of {@link #topics}, by its index among the flows. */
    private final int[] topicFlow;

    CorrectedReplies(Phrases phrases, TextNormalizer normalizer, String noneHead) {
        this(phrases, normalizer, noneHead, List.of());
    }

    /**
     * @param topics the things each step asks about ({@code about} words, compared form), one list a step, the steps by flow
     *               in its order: a correction takes back what was said before it of the things it speaks of, not what was
     *               said of the flow's steps before theirs
     */
    CorrectedReplies(Phrases phrases, TextNormalizer normalizer, String noneHead, List<List<List<String>>> topics) {
        this.normalizer = normalizer;
        this.topics = topics.stream().flatMap(List::stream).toList();
        this.topicFlow = new int[this.topics.size()];
        for (int f = 0, i = 0; f < topics.size(); f++) {
            for (int k = 0; k < topics.get(f).size(); k++) {
                topicFlow[i++] = f;
            }
        }
        this.corrections = markers(phrases, "");
        this.openingCorrections = markers(phrases, "^");
        this.laterCorrections = markers(phrases, "~");
        this.offBy = phrases.patterns().get("off-by");
        this.countsOfNone = new CountsOfNone(phrases, noneHead);
        this.runOnBreak = phrases.patterns().get("run-on-break");
        this.intendedBefore = phrases.patterns().get("intended-before");
        this.checkedThenFound = phrases.patterns().get("checked-then-found");
        this.oursNamed = phrases.patterns().get("ours-named");
        this.conclusionAsked = phrases.patterns().get("conclusion-asked");
        this.doubleNegation = phrases.patterns().get("double-negation");
        this.deniedNone = phrases.patterns().get("denied-none");
        this.formerState = phrases.patterns().get("former-state");
        this.unchanged = phrases.patterns().get("unchanged");
        this.formerStateChars = RequiredChars.of(formerState);
        this.intendedBeforeChars = RequiredChars.of(intendedBefore);
        this.checkedThenFoundChars = RequiredChars.of(checkedThenFound);
        Map<Character, List<String>> byFirst = new TreeMap<>();
        corrections.forEach(m -> byFirst.computeIfAbsent(m.charAt(0), c -> new java.util.ArrayList<>()).add(m));
        this.markerFirsts = new char[byFirst.size()];
        this.markersByFirst = new String[byFirst.size()][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            markerFirsts[k] = e.getKey();
            markersByFirst[k++] = e.getValue().toArray(String[]::new);
        }
        this.openingSpaced = openingCorrections.stream().map(m -> m + " ").toList();
        this.openingInside = openingCorrections.stream().map(m -> " " + m + " ").toList();
        this.laterInside = laterCorrections.stream().map(m -> " " + m + " ").toList();
    }

    /** The correction markers listed with {@code prefix} ("" for those without ^ or ~), in the basic form. */
    private List<String> markers(Phrases phrases, String prefix) {
        return phrases.corrections().stream()
                .filter(w -> prefix.isEmpty() ? !w.startsWith("^") && !w.startsWith("~") : w.startsWith(prefix))
                .map(w -> normalizer.basic(w.substring(prefix.length()))).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether {@code u} takes back what it said before (刚才说错了, ^不对 …): a correction marker in it. */
    boolean hasCorrection(Utterance u) {
        return correctedAt(u.basic()) >= 0;
    }

    /**
     * {@code basic} without a correction marker that ends it (是10月20号，记错了; 11月20号 说错了): such a marker takes back what
     * was said before the reply, or earlier in it, and what the reply says is what stands before the marker.
     */
    private String withoutTrailingMarker(String basic) {
        String text = withoutTrailingParticles(basic);
        // (…and by how much, after the date it corrects to, 是11月1号确认收货的 记错了一天: the marker still ends it; with no date
        // before it, 哦我记错了一天, the reply is read whole)
        Matcher off = offBy == null ? null : offBy.matcher(text);
        while (off != null && off.find()) {
            if (off.end() == text.length() && DATE_BEFORE.matcher(text.substring(0, off.start())).find()) {
                String amount = text.substring(off.start());
                for (String marker : corrections) {
                    if (amount.startsWith(marker)) {
                        return text.substring(0, off.start()).strip();
                    }
                }
            }
        }
        for (String marker : corrections) {
            if (text.endsWith(marker) && text.length() > marker.length()) {
                return text.substring(0, text.length() - marker.length()).strip();
            }
        }
        return basic;
    }

    /** A date or a day count (11月1号, 10号, 20天): what a correction's "off by so much" may follow. */
    private static final Pattern DATE_BEFORE = Pattern.compile("[0-9一二三四五六七八九十]+\\s?(?:月|号|日|天)");

    /** Particles and spaces after a reply's last word (记错了啊, 说错了哈). */
    private static final Pattern TRAILING_PARTICLES = Pattern.compile("[\\s啊哈呀哦啦嘛吧呢]+$");
    /** The characters of {@link #TRAILING_PARTICLES}' class ({@code \s}: space, tab, the line breaks, vertical tab, form feed). */
    private static final String PARTICLES = " \t\n\u000B\f\r啊哈呀哦啦嘛吧呢";

    /**
     * {@code text} without {@link #TRAILING_PARTICLES}, by a loop: the same text, but for one that ends with a line break
     * the class has not (\u0085, \u2028, \u2029), before which {@code $} also matches: that one goes to the pattern.
     */
    static String withoutTrailingParticles(String text) {
        int end = text.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            return TRAILING_PARTICLES.matcher(text).replaceFirst("");
        }
        while (end > 0 && PARTICLES.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    /**
     * Where what a reply says after its last correction marker begins, or -1 when it has none: the end of the marker
     * occurrence that ends last. The plain markers are looked for only where the text has their first character, the
     * others only in a text with a space (both need one).
     */
    private int correctedAt(String basic) {
        int after = -1;
        for (int i = 0; i < basic.length(); i++) {
            int k = Arrays.binarySearch(markerFirsts, basic.charAt(i));
            if (k < 0) {
                continue;
            }
            for (String marker : markersByFirst[k]) {
                if (i + marker.length() > after && basic.startsWith(marker, i)) {
                    after = i + marker.length();
                }
            }
        }
        if (basic.indexOf(' ') < 0) {
            return after;
        }
        // (those marked ^ only as a clause of their own: 都发了，不对，电话号码发错了一位)
        for (int i = 0; i < openingCorrections.size(); i++) {
            String marker = openingCorrections.get(i);
            if (basic.startsWith(openingSpaced.get(i)) && marker.length() > after) {
                after = marker.length();
            }
            int at = basic.lastIndexOf(openingInside.get(i));
            if (at >= 0 && at + marker.length() + 1 > after) {
                after = at + marker.length() + 1;
            }
        }
        // (those marked ~ only as a clause of their own after another: 过了30天，不是，是20天)
        for (int i = 0; i < laterCorrections.size(); i++) {
            String marker = laterCorrections.get(i);
            int at = basic.lastIndexOf(laterInside.get(i));
            if (at > 0 && at + marker.length() + 1 > after) {
                after = at + marker.length() + 1;
            }
        }
        return after;
    }

    /**
     * The clauses of {@code before} (what a reply said up to its last correction marker) that stand after it: each naming
     * things of a flow's steps none of which {@code corrected} (what follows the marker) names, the first of them before the
     * first it names ({@link #before}). Empty when what follows names no step's things: then it may take back any of them.
     * (Steps of another flow say nothing of it: 在平台下单的 哦不对 是自己联系的德邦 names an order, as the deposit's steps do,
     * and a courier, as the return's do — the way of shipping corrected.)
     */
    private String standingBefore(String before, String corrected) {
        boolean[] named = topicsOf(corrected);
        if (named == null) {
            return "";
        }
        StringBuilder stands = new StringBuilder();
        String parted = runOnBreak == null ? before : runOnBreak.matcher(before).replaceAll(" ");
        String[] clauses = parted.split("[\\s，,。；;！!？?]+");
        // (the clause right before the marker, or holding it, is what it takes back, whatever it names: 子服务都关了 哦不是 还有一个
        // 没关 订单倒是都成功了 — its 还有一个没关 names no step's things but is of the services)
        int last = clauses.length - 1;
        int end = last > 0 && topicsOf(clauses[last]) == null ? last - 1 : last;
        for (int c = 0; c < end; c++) {
            String clause = clauses[c];
            boolean[] own = clause.isEmpty() ? null : topicsOf(clause);
            if (own == null) {
                continue;
            }
            // (of steps before those corrected, in the flow's order: the seller goes through them in turn and corrects the
            // last — 快递丢件了 但其实是我们地址写错了 names a return's later step before its earlier one, and is taken back)
            if (before(own, named)) {
                stands.append(stands.length() == 0 ? "" : " ").append(clause);
            }
        }
        return stands.toString();
    }

    /**
     * Whether the steps {@code own} names (by {@link #topics}' index) are none of those {@code named}, and in a flow of both
     * the first of {@code own} comes before the first of {@code named}.
     */
    private boolean before(boolean[] own, boolean[] named) {
        boolean any = false;
        for (int i = 0; i < own.length; i++) {
            if (own[i] && named[i]) {
                return false;
            }
        }
        // (the steps are by flow in its order, so the first of a flow named is the lowest index of that flow)
        for (int i = 0; i < own.length; i++) {
            boolean firstOfFlow = i == 0 || topicFlow[i - 1] != topicFlow[i];
            if (!firstOfFlow) {
                continue;
            }
            int ownFirst = -1;
            int namedFirst = -1;
            for (int k = i; k < own.length && topicFlow[k] == topicFlow[i]; k++) {
                ownFirst = ownFirst < 0 && own[k] ? k : ownFirst;
                namedFirst = namedFirst < 0 && named[k] ? k : namedFirst;
            }
            if (ownFirst >= 0 && namedFirst >= 0) {
                if (ownFirst > namedFirst) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Which steps' things {@code text} names (by {@link #topics}' index), or null when it names none. */
    private boolean[] topicsOf(String text) {
        String compared = StepReader.matchText(normalizer.utterance(text));
        boolean[] named = new boolean[topics.size()];
        boolean any = false;
        for (int i = 0; i < named.length; i++) {
            for (String word : topics.get(i)) {
                if (compared.contains(word)) {
                    named[i] = any = true;
                    break;
                }
            }
        }
        return any ? named : null;
    }

    /**
     * What a reply says once the seller has corrected themselves: only what follows the last correction, its set
     * turns of phrase read plainly; the reply itself when there is nothing to read otherwise.
     */
    Utterance of(Utterance u) {
        String basic = withoutTrailingMarker(u.basic());
        int after = correctedAt(basic);
        String rest = after < 0 || after >= basic.length() ? basic : basic.substring(after).strip();
        // what was said before the correction of earlier steps' things than it speaks of stands (子服务上礼拜都关了 订单全部交易成功
        // 哦不是 有两单是交易关闭 投诉也没有: the services are still closed)
        if (after > 0 && after < basic.length() && !topics.isEmpty()) {
            String stands = standingBefore(basic.substring(0, after), rest);
            rest = stands.isEmpty() ? rest : stands + " " + rest;
        }
        // our platform named as the side it is said of (1688这边官方直送我没开): context, like 这边, that says nothing of the step
        if (oursNamed != null && (rest.contains("1688") || rest.contains("阿里"))) {
            rest = oursNamed.matcher(rest).replaceAll("");
        }
        // a check, then what was found (等下我查查 哦没有了 全部是交易成功): what was found
        if (checkedThenFound != null && RequiredChars.mayMatch(checkedThenFoundChars, rest)) {
            rest = checkedThenFound.matcher(rest).replaceFirst("");
        }
        // the facts, then a conclusion asking to be confirmed (…没开过所以应该没问题吧): the facts
        if (conclusionAsked != null && (rest.contains("问题") || rest.contains("可以") || rest.contains("行")
                || rest.contains("ok") || rest.contains("够") || rest.contains("满足"))) {
            rest = conclusionAsked.matcher(rest).replaceFirst("");
        }
        // "X, my foot" (都关了才怪, 都处理完了才怪呢): not X
        // (each looked for only when its word is there: this runs for every reading of every reply)
        if (rest.contains("才怪")) {
            rest = SARCASTIC.matcher(rest).replaceAll("不是$1");
        }
        if (rest.contains("我还")) {
            rest = RHETORICAL_IF.matcher(rest).replaceAll("不是$1");
        }
        // "how could X" (怎么可能都完结了，天天有单): not X
        if (rest.contains("可能")) {
            rest = RHETORICAL_HOW.matcher(rest).replaceAll("不是$1");
        }
        // counts of none and "none" in so many words (投诉是0, 待收货 退款中都没有, 一单都没有, 没有其他投诉): said plainly
        rest = countsOfNone.plain(rest);
        // the state a thing was in, before what has become of it (开着的全关掉了, 没完结的那单现在也完结了): what it has become
        if (formerState != null && RequiredChars.mayMatch(formerStateChars, rest)) {
            rest = formerState.matcher(rest).replaceAll("");
        }
        // a thing told before said unchanged (新号码发过去了 地址没变): still what it was (地址还是原来的), its 没 denies nothing
        if (unchanged != null && (rest.contains("没") || rest.contains("不变") || rest.contains("照旧"))) {
            rest = unchanged.matcher(rest).replaceAll(m -> m.groupCount() > 0 && m.group(1) != null ? m.group(1) + "还是原来的" : " ")
                    .strip();
        }
        // a reply run on without punctuation (子服务关了订单完结了也没投诉, 顺丰到付可以): its clauses apart
        if (runOnBreak != null && RequiredChars.mayMatch(RUN_ON_BREAK_CHARS, rest)) {
            rest = runOnBreak.matcher(rest).replaceAll(" ");
        }
        // what was meant or is usual, before what happened this time (本来想线上下单的，后来自己找了快递): what happened
        if (intendedBefore != null && RequiredChars.mayMatch(intendedBeforeChars, rest)) {
            rest = intendedBefore.matcher(rest).replaceFirst("");
        }
        // a 'not' denying a 'not' (不是没关 都关掉了): what follows it is said
        if (doubleNegation != null && (rest.contains("不") || rest.contains("并非"))) {
            rest = doubleNegation.matcher(rest).replaceAll("");
        }
        // "none" denied with nothing after it saying all is done (不是没有投诉): there are some
        if (deniedNone != null && rest.contains("没有")) {
            rest = deniedNone.matcher(rest).replaceAll("有");
        }
        // "either … or …" (不是交易成功就是交易关闭) names the states all of them are in, and denies none
        Matcher either = rest.contains("就是") || rest.contains("要么") ? EITHER.matcher(rest) : null;
        if (either != null && either.find()) {
            // (each of them is one or the other: all of them are, 都)
            rest = either.replaceAll("都是$1或").replace("都都是", "都是");
        }
        return rest.isEmpty() || rest.equals(basic) ? u : normalizer.utterance(rest);
    }
}
