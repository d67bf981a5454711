package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The things a step asks about together ({@code items}: 退货地址, 收货人, 收货人电话) in the form replies are
 * compared in, and whether a reply tells of only some of them (退货地址已经发给买家了): then it is not yet the
 * step's "all met", unless it has a word for all of them (都, 也, 什么的 — phrases.yaml {@code all-items}).
 * Built by {@link StepReader} once per step; read-only, so thread-safe.
 */
final class StepItems {
    /** Items a step may ask about together that are told apart (bits of an int, as the session keeps them). */
    private static final int MAX_ITEMS = Integer.SIZE - 2;

    private final List<List<String>> items;
    private final AnswerLexicon lexicon;
    /** Each item's first name, as written: how a reply asking for the rest names it. */
    private final List<String> firstNames;
    /**
     * The items the step turns on (bits; their first name written with a leading !): a reply naming one is no part,
     * whatever it leaves out (运费我们出 at the fee step), while one naming only the others is (快递说好了用顺丰).
     */
    private final int turnsOn;
    /**
     * Each item's first name as compared, the longest first: what a reply that only names the items is made of (时间, 吊牌 —
     * not the others, which hold what is told of an item: 我们出 and 到付 at the fee step).
     */
    private final List<String> firstNamesLongestFirst;
    /** Every item's names, the longest first, each with its item's index. */
    private final List<Name> namesLongestFirst;
    /** The same names alone. */
    private final List<String> allNamesLongestFirst;

    StepItems(FlowStep step, AnswerLexicon lexicon) {
        this.lexicon = lexicon;
        List<List<String>> compared = new ArrayList<>();
        List<String> first = new ArrayList<>();
        int on = 0;
        // (one pass, so that an item's bit, its names and its first name stay at the same index; at most MAX_ITEMS)
        for (List<String> written : step.items()) {
            boolean turning = written.get(0).startsWith("!");
            List<String> names = turning
                    ? java.util.stream.Stream.concat(java.util.stream.Stream.of(written.get(0).substring(1)),
                            written.stream().skip(1)).toList()
                    : written;
            List<String> c = StepReader.compared(names, lexicon);
            if (!c.isEmpty() && compared.size() < MAX_ITEMS) {
                on |= turning ? 1 << compared.size() : 0;
                compared.add(c);
                first.add(names.get(0));
            }
        }
        this.turnsOn = on;
        this.items = List.copyOf(compared);
        this.firstNames = List.copyOf(first);
        List<Name> all = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            for (String word : compared.get(i)) {
                all.add(new Name(word, i));
            }
        }
        all.sort((a, b) -> b.word().length() - a.word().length());
        this.namesLongestFirst = List.copyOf(all);
        this.allNamesLongestFirst = all.stream().map(Name::word).toList();
        this.firstNamesLongestFirst = compared.stream().map(names -> names.get(0))
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /**
     * Whether {@code clauses} (compared form) name some of the items, not all of them with those {@code before} (bits), and
     * no clause has a word for all of them. While the item the step turns on is untold, an 'also' counts only beside an
     * item ({@link AnswerLexicon#saysAllItems(String, boolean)}): 快递要求用顺丰 他也同意了 says the buyer agreed to the
     * courier, and names no payer.
     */
    boolean toldInPart(List<String> clauses, int before) {
        int[] own = clauses.stream().mapToInt(this::named).toArray();
        int named = 0;
        for (int bits : own) {
            named |= bits;
        }
        boolean turningUntold = turnsOn != 0 && ((named | before) & turnsOn) == 0;
        boolean all = false;
        boolean namedBefore = false;
        for (int i = 0; i < own.length; i++) {
            // (an 'also' beside an item adds it to the item a clause before it names, 地址发了 收货人也发了: that one and
            // this, not the rest; alone, or first, it tells the rest: 电话也发了, 时间也说好了 5天内寄出)
            // (…and so does a 都 after the one thing a clause names, Cantonese for 'also': 地址發咗 收件人都發咗)
            boolean alsoOfAnother = own[i] != 0 && namedBefore;
            String clause = alsoOfAnother && Integer.bitCount(own[i]) == 1 ? clauses.get(i).replace("都", "") : clauses.get(i);
            all |= lexicon.saysAllItems(clause, !alsoOfAnother && (!turningUntold || own[i] != 0));
            namedBefore |= own[i] != 0;
        }
        return items.size() >= 2 && named != 0 && (named & turnsOn) == 0 && (named | before) != all() && !all;
    }

    /**
     * Whether {@code text}, with its cue kinds {@code cues}, names every item not among {@code before} (bits), and has a
     * word of its own for having told it.
     */
    boolean completes(String text, List<String> cues, int before) {
        int named = named(text);
        return items.size() >= 2 && named != 0 && (named | before) == all() && (named & ~before) != 0
                && (lexicon.saysAllItems(text) || cues.contains("complete"));
    }

    /**
     * Whether {@code text} names some of the items and says nothing else of them (时间和吊牌, 地址电话呢): what is done with
     * them untold. Only the joining words and particles are left once the names are taken out.
     */
    boolean namesOnly(String text) {
        return onlyBeside(text, firstNamesLongestFirst, NAMES_ONLY_REST);
    }

    /** Whether {@code text} holds some of {@code names} (the longest first) and, once they are taken out, only {@code rest}. */
    private static boolean onlyBeside(String text, List<String> names, Pattern rest) {
        String left = text;
        boolean any = false;
        for (String w : names) {
            any |= left.contains(w);
            left = left.replace(w, "");
        }
        return any && rest.matcher(left).matches();
    }

    /** The joining words, particles and punctuation beside the items' names in a reply that only names or lists them. */
    private static final String JOINING = "和跟与及、，,。.\\s的呢吧啊呀哦嘛还有以这那些个两";
    /** What may be left of a reply that only names the items: joining words, 'all', particles, punctuation. */
    private static final Pattern NAMES_ONLY_REST = Pattern.compile("[" + JOINING + "都也]*");

    /**
     * Whether {@code clause} is only the names of some of the items, any of their names (退货地址, 收件人): one of a list
     * that a clause after it tells of (退货地址 收件人 电话都发给他了).
     */
    boolean listsOnly(String clause) {
        return onlyBeside(clause, allNamesLongestFirst, LISTED_REST);
    }

    /**
     * What may be left of a clause that only lists the items: what they are of (退货), joining words, particles — not 都 or
     * 也, which tell of them (电话都发了).
     */
    private static final Pattern LISTED_REST = Pattern.compile("(?:退货|退回|寄回)?[" + JOINING + "]*");

    /** Whether {@code bits} hold the item the step turns on (the fee step's payer): told alone, it is the step's answer. */
    boolean holdsTurning(int bits) {
        return (bits & turnsOn) != 0;
    }

    /** Whether the step asks about several things together. */
    boolean any() {
        return items.size() >= 2;
    }

    /**
     * The items {@code text} names, as bits by their order: each name taken out once found, the longest first, so that a
     * name holding another's (收件人电话: the phone, not the receiver) names its own item only.
     */
    int named(String text) {
        int named = 0;
        String rest = text;
        for (Name name : namesLongestFirst) {
            if (rest.contains(name.word())) {
                named |= 1 << name.item();
                rest = rest.replace(name.word(), " ");
            }
        }
        return named;
    }

    /** One of an item's names, compared form, with the item's index. */
    private record Name(String word, int item) {}

    /** The first name of each item not in {@code told} (bits), as the step lists it: what is still to be told (电话, 时间). */
    List<String> left(int told) {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < firstNames.size(); i++) {
            if ((told & (1 << i)) == 0) {
                left.add(firstNames.get(i));
            }
        }
        return left;
    }

    /** Every item's bit. */
    int all() {
        return (1 << items.size()) - 1;
    }
}
