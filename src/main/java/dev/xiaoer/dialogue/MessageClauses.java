package dev.xiaoer.dialogue;

import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's clauses (its {@link Utterance#basic} form split where punctuation stood), and which of them state, ask or
 * say what is wanted: what {@link IntentReader} hands the step readers and retrieval when a message both tells and asks
 * (最后一笔是去年国庆前后，钱多久能到 → the fact, and the question). Immutable and thread-safe.
 */
final class MessageClauses {
    /** What ends a clause in the raw text: punctuation and spaces. */
    private static final Pattern RAW_CLAUSE_END = Pattern.compile("[\\s，。,.!！?？;；、~～…]+");

    private final TextNormalizer normalizer;
    /** Whether a clause (basic form) is chatter alone (嗯, 好的, 亲): what opens a message without saying anything. */
    private final java.util.function.Predicate<String> chatter;

    /** Where a run-on clause turns from what happened to what is wanted (被投诉了想申诉; phrases.yaml {@code want-after-deed}, optional). */
    private final Pattern wantAfterDeed;

    /** What the seller says they want done now (我想先申诉这个, 先帮我改这个; phrases.yaml {@code own-want}, optional). */
    private final Pattern ownWant;

    MessageClauses(TextNormalizer normalizer, java.util.function.Predicate<String> chatter, Pattern wantAfterDeed,
                   Pattern ownWant) {
        this.ownWant = ownWant;
        this.normalizer = normalizer;
        this.chatter = chatter;
        this.wantAfterDeed = wantAfterDeed;
    }

    /** The message's clauses: its {@link Utterance#basic} form split where punctuation stood. */
    static List<String> of(Utterance u) {
        List<String> clauses = new ArrayList<>();
        String basic = u.basic();
        if (basic.indexOf(' ') < 0) {
            if (!basic.isEmpty()) {
                clauses.add(basic); // (what split would give, without its list and array)
            }
            return clauses;
        }
        for (String part : basic.split(" ")) {
            if (part.isEmpty()) {
                continue;
            }
            int last = clauses.size() - 1;
            if (last >= 0 && latin(part) && latin(clauses.get(last))) {
                clauses.set(last, clauses.get(last) + " " + part); // can i talk to a person: one clause
            } else {
                clauses.add(part);
            }
        }
        return clauses;
    }

    /**
     * The clauses of a message that state rather than ask (最后一笔是去年国庆前后，钱多久能到支付宝 →
     * 最后一笔是去年国庆前后), or null when it has no such clause or only such clauses.
     */
    Utterance statements(Utterance u) {
        List<String> clauses = of(u);
        // (the last clause of a message ending in a question mark asks, whatever its words: 都关好了是指全部都要关吗 官方直送也要？)
        String raw = u.raw().strip();
        boolean lastAsks = raw.endsWith("?") || raw.endsWith("？");
        // (so does the first, closed by a question mark with a question after it, 超过30天了？在哪看: the seller asks back
        // whether, and tells nothing. A later one, 超过30天了，有一单上周才成功？那要等多久, is a fact told with puzzlement,
        // and one with no question after it, 可能都完了吧？不太清楚, a hedged statement: both stay statements)
        // (chatter before it, 嗯，超过30天了？在哪看, opens nothing)
        int first = 0;
        while (first < clauses.size() && chatter.test(clauses.get(first))) {
            first++;
        }
        int asking = first + 1 < clauses.size() && firstQuestionMarked(raw, clauses.get(first))
                && QuestionWords.asks(clauses.get(first + 1)) ? first : -1;
        return partOf(clauses, (clause, i) -> !QuestionWords.asks(clause) && !(lastAsks && i == clauses.size() - 1)
                && i != asking);
    }

    /**
     * What a message that asks tells of its case: its statements ({@link #statements}), and of each clause asking how to go on
     * what it says before the asking (自己联系的快递，单号填错了怎么改 → 自己联系的快递，单号填错了); not a clause asking whether
     * (要不要补发) nor one naming nothing before its how (怎么改). Null when it tells nothing.
     */
    Utterance toldBesidesHow(Utterance u) {
        Utterance stated = statements(u);
        List<String> told = new ArrayList<>(stated == null ? List.of() : of(stated));
        for (String clause : of(u)) {
            String before = QuestionWords.toldBeforeHow(clause);
            if (before != null) {
                told.add(before);
            }
        }
        return told.isEmpty() ? null : normalizer.utterance(String.join("，", told));
    }

    /**
     * Whether a question mark closes the first clause of {@code raw}, the raw text of the clause {@code first} (checked by
     * normalising it, so that the raw text's clauses and the basic form's need not line up).
     */
    private boolean firstQuestionMarked(String raw, String first) {
        int wide = raw.indexOf('？');
        int narrow = raw.indexOf('?');
        int mark = wide < 0 ? narrow : narrow < 0 ? wide : Math.min(wide, narrow);
        if (mark <= 0 || mark == raw.length() - 1) {
            return false;
        }
        Matcher end = RAW_CLAUSE_END.matcher(raw);
        int start = 0;
        while (end.find()) {
            if (end.start() > start) {
                String clause = normalizer.utterance(raw.substring(start, end.start())).basic().strip();
                // (chatter before it, 嗯，超过30天了？在哪看, is passed over)
                if (!clause.isEmpty() && !chatter.test(clause)) {
                    String closing = end.group();
                    return (closing.indexOf('？') >= 0 || closing.indexOf('?') >= 0) && clause.equals(first);
                }
            }
            start = end.end();
        }
        return false;
    }

    /**
     * The clauses of a message that ask (别的都关了，官方直送要在哪里关啊 → 官方直送要在哪里关啊), or null when
     * it has no such clause or only such clauses.
     */
    Utterance questions(Utterance u) {
        return partOf(of(u), (clause, i) -> QuestionWords.asks(clause));
    }

    /**
     * The clauses of a message that ask or say what is wanted (客户说物流信息对不上，我得改下运单号 → 我得改下
     * 运单号), or null when none does or all do.
     */
    Utterance wanting(Utterance u) {
        // (a run-on clause is cut where it turns to what is wanted: 被投诉了想申诉 → 被投诉了 | 想申诉)
        List<String> clauses = wantAfterDeed == null ? of(u)
                : of(u).stream().flatMap(c -> java.util.Arrays.stream(wantAfterDeed.split(c))).filter(c -> !c.isEmpty()).toList();
        return partOf(clauses, (clause, i) -> QuestionWords.wants(clause));
    }

    /**
     * What a message says the seller wants done now ({@code own-want}: 我想先申诉这个, 先帮我改这个): its clauses that ask or
     * say what is wanted (or the whole message, when every clause does), when they say it so; null otherwise.
     */
    Utterance ownWant(Utterance u) {
        // (the part's clauses are the whole's: what the whole does not say, no part of it does)
        if (ownWant == null || !ownWant.matcher(u.basic()).find()) {
            return null;
        }
        Utterance part = wanting(u);
        if (part == null || ownWant.matcher(part.basic()).find()) {
            return part == null ? u : part;
        }
        // the thing wanted named in one clause and "this first" said in another (我还要退保证金，先弄这个): both
        Utterance both = partOf(of(u), (clause, i) -> QuestionWords.wants(clause) || ownWant.matcher(clause).find());
        return both == null ? u : both;
    }

    /**
     * The first clause of a message of several (保证金退回 子服务关完了 … → 保证金退回): where an opening names its task before
     * the facts, with no word of wanting; null for a message of one clause.
     */
    Utterance opening(Utterance u) {
        return partOf(of(u), (clause, i) -> i == 0);
    }

    /** The clauses of {@code u} that are not {@code part}'s (是快递丢件 beside 我要先补发), or null when none or all are. */
    Utterance besides(Utterance u, Utterance part) {
        List<String> taken = of(part);
        return partOf(of(u), (clause, i) -> !taken.contains(clause));
    }

    /** The first clause of {@code u} (那1688的呢 of 那1688的呢 我买家保障的子服务都关了), or null when it is the whole message. */
    Utterance first(Utterance u) {
        return partOf(of(u), (clause, i) -> i == 0);
    }

    /** What a clause selection keeps: a clause, and its place in the message. */
    private interface Kept {
        boolean test(String clause, int index);
    }

    /** The {@code clauses} that {@code kept} holds for, joined, or null when none or all do. */
    private Utterance partOf(List<String> clauses, Kept kept) {
        List<String> part = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            if (kept.test(clauses.get(i), i)) {
                part.add(clauses.get(i));
            }
        }
        if (part.isEmpty() || part.size() == clauses.size()) {
            return null;
        }
        return normalizer.utterance(String.join("，", part));
    }

    /** Whether {@code text} is Latin words alone ({@code [a-z0-9 ]+}), read without a regex's Matcher. */
    private static boolean latin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ')) {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
