package dev.xiaoer.dialogue;

import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * A reply cut into the parts step reading weighs on their own: its clauses (split at punctuation and at
 * the clause breaks of {@code phrases.yaml}) and the whole, with what a seller grants before a 'but',
 * says is not the case, or says outright sorted out. Made by {@link AnswerLexicon} with its clause
 * breaks and its polarity cues.
 */
final class ReplyClauses {
    /**
     * A clause that says what it is instead of what it is not: 是B / 而是B / 就是B / 只是B — not one that refers back to what
     * was said (就是一开始说的 单号没填上去: the 'not' after it is the fact referred to).
     */
    private static final Pattern CONTRAST = Pattern.compile(
            // (not 就是 before a fact it adds with no 'not' of its own, 投诉没有 就是有个差评: 'only that', a fact beside, not what
            // it is; one that says 'not', 投诉是没有 就是有一单申请了客服介入还没判, is what it is)
            "(?!就是(?:有|还|又|前天|昨天|今天|最近|上周|刚)[^没不未]*$)(?![^，,。\\s]*[吗么]$)(?![^，,。\\s]*(?:说|讲|提)过?的$)(?:(?:而|就|只|应该|其实|主要|都)?是(?![的啊呀滴吧嘞]|不是|否)|(?:用|走|找|发|选)的是|我们?(?:用|走)的是)");
    /** "Not only" (不只是, 不仅是…), which adds rather than contrasts. */
    private static final Pattern NOT_ONLY = Pattern.compile("不(?:只|仅|光|单|止)是");
    /** A clause granting something before a 'but' (是定制的货没错, 虽然价格是低了点, 定制倒是定制). */
    private static final Pattern CONCEDED = Pattern.compile("(?:没错|不假|倒是|确实是|是是是)$|^(?:虽然|虽说|尽管)");
    /** A clause starting with 'but'. */
    private static final Pattern BUT = Pattern.compile("但|可是|可|不过|然而|只是");
    /** A clause saying what the case is not (不是快递的问题, 也不是价格的事, 跟快递没关系, 价格没问题). */
    private static final Pattern DENIAL = Pattern.compile(
            "^(?:并|也|倒|真|确实|肯定|绝对)?不是|^并非|^不怪|^(?:跟|和|与).{1,8}(?:没关系|无关|没有关系|没什么关系|不相干)$"
                    // or that a thing was right (定制链接的发货保障设置没问题)
                    + "|.{2,}(?:没(?:有)?问题|没毛病|没设错|没弄错|没搞错|设对了|是对的)$"
                    // or that it was not done wrong (单号没填错)
                    + "|没有?(?:填|写|输|打|录)错");
    /**
     * What it is, said outright: such a clause alone says the answer (主要是快递没来拿货，价格没问题); not 都是,
     * which is "all are" as often (都是交易成功，不过有一单买家申请了退款).
     */
    /** A clause denying a date only (不是2号, 也不是11月): a correction of it, when another clause tells the date it is. */
    private static final Pattern DATE_DENIED = Pattern.compile(
            "^(?:并|也|而)?不是(?:[0-9一二三四五六七八九十]{1,3}月)?(?:[0-9一二三四五六七八九十]{1,3}(?:号|日)|份)?(?:的|呀|啊|哦)?$");
    /** A date named (11月1号, 1号, 十一月). */
    private static final Pattern DATE_NAMED = Pattern.compile("[0-9一二三四五六七八九十]{1,3}(?:号|日|月)");
    private static final Pattern STRONG_CONTRAST = Pattern.compile("(?:而|主要|其实|只)是|是因为");

    private final Pattern clauseBreak;
    /** The first characters of the break words: a part holding none is not split (no Matcher made). */
    private final String breakFirsts;
    /** The cue kinds a text carries ({@link AnswerLexicon#cuesIn}). */
    private final Function<String, List<String>> cues;
    /** A label copied off the back end before its value ({@code page-label}: 状态：交易成功), or null. */
    private final Pattern pageLabel;
    /** The characters one of which every match of {@link #pageLabel} holds (状): a reply holding none is not searched. */
    private final String pageLabelChars;

    /**
     * @param breaks the words a clause ends before without punctuation (但是, 不过…), none empty, longest first
     * @param notABreak where a break word is part of another (发不过来: its 不过 is no 'but'), or null
     * @param pageLabel a label copied off the back end before its value (状态：交易成功), taken out; or null
     */
    ReplyClauses(List<String> breaks, Pattern notABreak, Pattern pageLabel, Function<String, List<String>> cues) {
        this.pageLabel = pageLabel;
        this.pageLabelChars = RequiredChars.of(pageLabel);
        this.clauseBreak = Pattern.compile(breaks.isEmpty() ? "(?!)"
                : "(?=" + breaks.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")"
                        + (notABreak == null ? "" : "(?!" + notABreak.pattern() + ")"));
        this.breakFirsts = breaks.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
        this.cues = cues;
    }

    /**
     * The parts of a reply to read on their own: each clause (split at punctuation) and the whole; but
     * where one clause says what it is (是B) and another what it is not (不是A), only the clauses that
     * are not negated.
     */
    List<String> of(Utterance u) {
        List<String> clauses = new ArrayList<>();
        // 'not only' adds (不只是快递的问题 我们自己也发晚了 tells both): read as 'also', not as a 只是 clause
        String normalized = u.normalized();
        if (normalized.indexOf('不') >= 0) {
            normalized = NOT_ONLY.matcher(normalized).replaceAll("也是");
        }
        // (a label copied off the back end says nothing: 状态：交易成功 is 交易成功)
        if (pageLabel != null && RequiredChars.mayMatch(pageLabelChars, normalized)) {
            normalized = pageLabel.matcher(normalized).replaceAll("");
        }
        // (a part ending on its copula, 还有几单是 状态：交易关闭, runs on into the next: what it is follows)
        String[] parts = normalized.split(" ");
        for (int i = 0; i + 1 < parts.length; i++) {
            if (parts[i].length() >= 2 && parts[i].endsWith("是") && !parts[i].endsWith("不是") && !parts[i + 1].isEmpty()) {
                parts[i + 1] = parts[i] + parts[i + 1];
                parts[i] = "";
            }
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            for (String clause : RequiredChars.mayMatch(breakFirsts, part) ? clauseBreak.split(part) : new String[] {part}) {
                if (!clause.isEmpty()) {
                    clauses.add(clause);
                }
            }
        }
        if (clauses.size() < 2) {
            return clauses; // (one clause: nothing conceded, no other to contrast with, and nothing to join)
        }
        // 是定制的货没错，但我们按时交给快递了: what is conceded is no answer, what follows the 'but' is
        for (int i = clauses.size() - 2; i >= 0; i--) {
            // …unless the 'but' adds a second fact (虽然是快递的问题 但我们也发晚了: both are told)
            if (CONCEDED.matcher(clauses.get(i)).find() && BUT.matcher(clauses.get(i + 1)).lookingAt()
                    && clauses.get(i + 1).indexOf('也') < 0) {
                clauses.remove(i);
            }
        }
        // 最后一单是11月1号确认收货的 不是2号: the date denied is the one corrected, the date told stands
        if (clauses.stream().anyMatch(ReplyClauses::deniesADate)
                && clauses.stream().anyMatch(c -> !DATE_DENIED.matcher(c).matches() && DATE_NAMED.matcher(c).find())) {
            clauses.removeIf(ReplyClauses::deniesADate);
            if (clauses.size() < 2) {
                return clauses;
            }
        }
        // (只是 after no 'not' is a 'but' that adds: 投诉都处理完了，只是最后一单今天才交易成功 tells both)
        List<String> outright = clauses.stream().filter(c -> STRONG_CONTRAST.matcher(c).lookingAt()
                && (!c.startsWith("只是") || clauses.stream().anyMatch(o -> o != c && isNot(o)))).toList();
        // (…unless another clause adds a fact of its own: 主要是快递丢件，我们也有一点责任 tells both)
        boolean added = clauses.stream().anyMatch(c -> !outright.contains(c) && c.indexOf('也') >= 0 && !isNot(c));
        if (!outright.isEmpty() && outright.size() < clauses.size() && !added) {
            return outright;
        }
        // 不是A，是B and 是B，不是A: what it is counts, what it is not does not; a 'not' after a 'but' is a
        // fact added, not what it is not (是货早就寄出去了，但后台一直没填单号)
        boolean contrast = clauses.stream().anyMatch(c -> CONTRAST.matcher(c).lookingAt())
                && clauses.stream().anyMatch(c -> !CONTRAST.matcher(c).lookingAt() && isNot(c) && !BUT.matcher(c).lookingAt());
        if (contrast) {
            return clauses.stream().filter(c -> CONTRAST.matcher(c).lookingAt() || !isNot(c) || BUT.matcher(c).lookingAt())
                    .toList();
        }
        if (clauses.size() > 1) {
            clauses.add(String.join("", clauses));
        }
        return clauses;
    }

    /** Whether {@code clause} denies a date and nothing else (不是2号). */
    private static boolean deniesADate(String clause) {
        return DATE_DENIED.matcher(clause).matches() && DATE_NAMED.matcher(clause).find();
    }

    /**
     * Whether a clause says only what something is not (我没自己联系快递), beside one saying what it is: not
     * one telling something still pending or a part (不过有一单还没收货), which is no 'not' of the other.
     */
    private boolean isNot(String clause) {
        List<String> found = cues.apply(clause);
        return found.contains("negation") && !found.contains("still") && !found.contains("some") && !found.contains("ongoing");
    }

    /** Whether every clause says only what the case is not (跟快递没关系): it tells no listed option. */
    static boolean onlyDenials(List<String> clauses) {
        return StepReader.ownClauses(clauses).stream().allMatch(c -> DENIAL.matcher(c).find());
    }

    /** A clause saying only which order the reply is about (说的是另一单, after a correction): no case of its own. */
    private static final Pattern ORDER_MEANT = Pattern.compile(
            "^(?:我)?(?:说|讲|指|问)的是(?:另一|另外一|另外|那|这)个?(?:订单|单|客户|买家|包裹)(?:啦|呀|啊|哈)?$");

    /**
     * At a choice among causes, the clauses of a reply that tell one: a clause saying only what the
     * case is not (不是快递的问题), or only which order is meant (说的是另一单), tells none, so beside a clause that tells
     * something (买家拍的那款我们停产了) it is left out, and so is the whole read joined; {@code clauses} as {@link #of} gives
     * them.
     */
    static List<String> withoutDenials(List<String> clauses) {
        List<String> own = StepReader.ownClauses(clauses);
        List<String> told = own.stream().filter(c -> !DENIAL.matcher(c).find() && !ORDER_MEANT.matcher(c).matches()).toList();
        if (told.isEmpty() || told.size() == own.size()) {
            return clauses;
        }
        List<String> kept = new ArrayList<>(told);
        if (kept.size() > 1) {
            kept.add(String.join("", told));
        }
        return kept;
    }
}
