package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Scope;
import dev.xiaoer.text.LongestMatch;
import dev.xiaoer.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge's {@link Scope} in the form messages are read in (normalised, synonyms in their
 * canonical form): the topics a message names and the topic menu, whether it names no topic at all
 * (vague, a bare topic), and which of its clauses ask; with its two other parts, the platform names
 * ({@link PlatformNames}: which platform a message is about) and the aspects ({@link Aspects}: what it
 * asks beyond how and where, and which entries speak of it). Built with the index; immutable and
 * thread-safe.
 */
final class ScopeRules {
    /** No scope: no platform, aspect, vague word or menu. */
    static final ScopeRules NONE = new ScopeRules(PlatformNames.NONE, Aspects.NONE, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), null, List.of(), List.of());

    private final PlatformNames platforms;
    private final Aspects aspects;
    private final LongestMatch vague;
    /** The topics' words that are no vague word themselves (补填, 没填 are, though 补, 没 and 填 are vague). */
    private final Set<String> naming;
    /** The vague words and the topic words that name two topics or more (售后, 投诉): a bare topic word's run. */
    private final LongestMatch vagueOrShared;
    /** The words that say what a message is about and ask nothing (事, 问题), and every topic's words: a bare topic's run. */
    private final LongestMatch aboutOrTopic;
    /** The topic words that name two topics or more. */
    private final Set<String> shared;
    private final Set<String> about;
    /** The words by which a clause that asks points back at what a clause before it named (这个, 它). */
    private final List<String> refers;
    private final List<String> questionWords;
    private final List<Candidate> menu;
    /** The topic of each item of the menu, by its place in it. */
    private final List<Integer> menuTopics;
    /** The not-asked words that hold a question word and ask nothing (前几天, 没多久), longest first. */
    private final List<String> told;
    /** Each topic's words, normalised, by topic. */
    private final List<List<String>> topicWords;
    /** Each entry's topic, by entry id. */
    private final Map<String, Integer> topicOf;
    /** The topics each known out-of-scope question names, by its text as written (none: absent). */
    private final Map<String, java.util.BitSet> questionTopics;
    /** A question asking which cases there are (phrases.yaml {@code cases-asked}); null when the knowledge has none. */
    private final java.util.regex.Pattern casesAsked;
    /** The words read as others in such a question (scope.yaml {@code which-cases}), normalised, longest first. */
    private final List<Map.Entry<String, String>> whichCases;
    /** The words a message reads as others unless it tells one of their {@code unless} (scope.yaml {@code read-as}), normalised. */
    private final List<ReadAs> readAs;

    /**
     * A word a message reads as {@code as} when it holds none of {@code unless} but after one of {@code deniedBy} in its clause,
     * and one of {@code when} (when there are any).
     */
    private record ReadAs(String word, String as, List<String> unless, List<String> deniedBy, List<String> when) {
        /** Whether {@code text} names what the reading needs ({@code when}: one of its words, anywhere; none: always). */
        boolean applies(String text) {
            return when.isEmpty() || when.stream().anyMatch(text::contains);
        }

        /** Whether {@code text} tells one of {@code unless}, not denied before it in its clause (不是在物流平台下的单). */
        boolean tellsAnUnless(String text) {
            for (String clause : text.split(" ")) {
                for (String w : unless) {
                    for (int at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
                        String before = clause.substring(0, at);
                        if (deniedBy.stream().noneMatch(before::contains)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private ScopeRules(PlatformNames platforms, Aspects aspects, List<String> vagueWords, List<String> aboutWords,
                       List<String> refers, List<String> questionWords, List<Candidate> menu, List<Integer> menuTopics,
                       List<List<String>> topicWords, Map<String, Integer> topicOf,
                       Map<String, java.util.BitSet> questionTopics,
                       java.util.regex.Pattern casesAsked, List<Map.Entry<String, String>> whichCases, List<ReadAs> readAs) {
        this.platforms = platforms;
        this.aspects = aspects;
        this.vague = new LongestMatch(vagueWords);
        Set<String> naming = new HashSet<>();
        topicWords.forEach(naming::addAll);
        naming.removeAll(vagueWords);
        this.naming = Set.copyOf(naming);
        Set<String> shared = new HashSet<>();
        for (int t = 0; t < topicWords.size(); t++) {
            for (String w : topicWords.get(t)) {
                for (int u = t + 1; u < topicWords.size(); u++) {
                    if (topicWords.get(u).contains(w)) {
                        shared.add(w);
                    }
                }
            }
        }
        this.shared = Set.copyOf(shared);
        List<String> vagueOrShared = new ArrayList<>(vagueWords);
        vagueOrShared.addAll(shared);
        this.vagueOrShared = new LongestMatch(vagueOrShared);
        List<String> aboutOrTopic = new ArrayList<>(aboutWords);
        topicWords.forEach(aboutOrTopic::addAll);
        this.aboutOrTopic = new LongestMatch(aboutOrTopic);
        this.about = Set.copyOf(aboutWords);
        this.refers = List.copyOf(refers);
        this.questionWords = questionWords;
        this.told = aspects.told(questionWords);
        this.menu = menu;
        this.menuTopics = menuTopics;
        this.topicWords = topicWords;
        this.topicOf = topicOf;
        this.questionTopics = questionTopics;
        this.casesAsked = casesAsked;
        this.whichCases = whichCases;
        this.readAs = readAs;
    }

    static ScopeRules of(KnowledgeBase knowledge, TextNormalizer normalizer) {
        Scope scope = knowledge.scope();
        List<Candidate> menu = new ArrayList<>();
        List<Integer> menuTopics = new ArrayList<>();
        List<List<String>> topicWords = new ArrayList<>();
        Map<String, Integer> topicOf = new HashMap<>();
        for (Scope.Topic t : scope.topics()) {
            if (knowledge.faq(t.entry()).isPresent()) {
                menu.add(new Candidate(t.entry(), t.label(), 0, "", List.of()));
                menuTopics.add(topicWords.size());
            }
            int index = topicWords.size();
            topicWords.add(words(normalizer, t.words()));
            knowledge.faqs().stream().filter(f -> t.holds(f.id())).forEach(f -> topicOf.putIfAbsent(f.id(), index));
        }
        Map<String, java.util.BitSet> questionTopics = new HashMap<>();
        for (String q : knowledge.phrases().outOfScope()) {
            java.util.BitSet named = named(topicWords, normalizer.normalize(q));
            if (!named.isEmpty()) {
                questionTopics.put(q, named);
            }
        }
        return new ScopeRules(PlatformNames.of(scope, normalizer), Aspects.of(knowledge, normalizer, questionTopics::containsKey),
                words(normalizer, scope.vague()), words(normalizer, scope.about()), words(normalizer, scope.refers()),
                List.copyOf(new LinkedHashSet<>(words(normalizer, scope.questionWords()))), List.copyOf(menu),
                List.copyOf(menuTopics), List.copyOf(topicWords), Map.copyOf(topicOf), Map.copyOf(questionTopics),
                knowledge.phrases().patterns().get("cases-asked"), whichCases(scope, normalizer),
                readAs(scope, normalizer));
    }

    private static List<ReadAs> readAs(Scope scope, TextNormalizer normalizer) {
        List<ReadAs> reads = new ArrayList<>();
        scope.readAs().forEach((w, r) -> {
            String word = word(normalizer, w);
            if (!word.isEmpty()) {
                reads.add(new ReadAs(word, word(normalizer, r.as()), words(normalizer, r.unless()),
                        words(normalizer, r.deniedBy()), words(normalizer, r.when())));
            }
        });
        return List.copyOf(reads);
    }

    private static List<Map.Entry<String, String>> whichCases(Scope scope, TextNormalizer normalizer) {
        List<Map.Entry<String, String>> reads = new ArrayList<>();
        scope.whichCases().forEach((w, as) -> {
            String word = word(normalizer, w);
            if (!word.isEmpty()) {
                reads.add(Map.entry(word, word(normalizer, as)));
            }
        });
        reads.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return List.copyOf(reads);
    }

    /** A scope word as messages are read: normalised, without spaces; a {@code #} (any number) kept. */
    private static String word(TextNormalizer normalizer, String w) {
        String[] parts = w.split("#", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('#');
            }
            out.append(normalizer.normalize(parts[i]).replace(" ", ""));
        }
        return out.toString();
    }

    static List<String> words(TextNormalizer normalizer, List<String> list) {
        return list.stream().map(w -> word(normalizer, w)).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /**
     * Whether a phrase of a message points back at what a phrase before it named, by a word of the scope's
     * {@code refers} (这个要怎么退出, 要怎么整走它).
     */
    boolean refersBack(String phrase) {
        return refers.stream().anyMatch(phrase::contains);
    }

    /** The platform names: which other platform a message is about. */
    PlatformNames platforms() {
        return platforms;
    }

    /** The aspects: what a message asks beyond how and where, and which entries speak of it. */
    Aspects aspects() {
        return aspects;
    }

    /**
     * True when the content words of a message are made of nothing but words that ask without
     * naming a topic (read as one run, so that however the words were cut, 有链接吗 is 链接); also when
     * it has none (怎么办, 为什么: nothing but function words). A word that names a topic is never vague, whatever
     * it is made of (怎么补填 names the waybill's, though 补 and 填 alone are vague).
     */
    boolean vague(List<String> words) {
        if (vague.isEmpty() || words.stream().anyMatch(naming::contains)) {
            return false;
        }
        String run = String.join("", words);
        for (int i = 0; i < run.length(); ) {
            String w = vague.at(run, i);
            if (w == null) {
                return false;
            }
            i += w.length();
        }
        return true;
    }

    /**
     * The topics a message names when its content words are nothing but words that ask without naming
     * a topic and topic words that name two topics or more (售后: the after-sales and the disputes
     * topics; 投诉怎么办: three): a bare word that does not say which topic, whose answer is the menu of
     * those topics. Empty for any other message (保证金 names one topic: it is answered).
     */
    java.util.BitSet sharedTopicsOnly(List<String> words) {
        String run = String.join("", words);
        if (shared.isEmpty() || run.isEmpty()) {
            return new java.util.BitSet();
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < run.length(); ) {
            String w = vagueOrShared.at(run, i);
            if (w == null) {
                return new java.util.BitSet();
            }
            if (shared.contains(w)) {
                named.append(w).append(' ');
            }
            i += w.length();
        }
        return named.isEmpty() ? new java.util.BitSet() : named(topicWords, named.toString());
    }

    /**
     * The one topic a message names when its content words are nothing but one word of that topic and words that say
     * what it is about and ask nothing (支付宝, 退货的事, 运单号的问题): a bare topic, which says what about but not what
     * is asked of it. Empty for any other message: one naming two topics or none, or saying two topic words (不服判责).
     */
    java.util.BitSet bareTopic(List<String> words) {
        String run = String.join("", words);
        if (aboutOrTopic.isEmpty() || run.isEmpty()) {
            return new java.util.BitSet();
        }
        String named = null;
        for (int i = 0; i < run.length(); ) {
            String w = aboutOrTopic.at(run, i);
            if (w == null || !about.contains(w) && named != null) {
                // (two topic words say more than the topic: 不服判责 asks about the ruling)
                return new java.util.BitSet();
            }
            if (!about.contains(w)) {
                named = w;
            }
            i += w.length();
        }
        java.util.BitSet topics = named == null ? new java.util.BitSet() : named(topicWords, named);
        return topics.cardinality() == 1 ? topics : new java.util.BitSet();
    }

    /** The items of the topic menu of the {@code topics} given, in the menu's order. */
    List<Candidate> menu(java.util.BitSet topics) {
        List<Candidate> items = new ArrayList<>();
        for (int i = 0; i < menu.size(); i++) {
            if (topics.get(menuTopics.get(i))) {
                items.add(menu.get(i));
            }
        }
        return items;
    }

    /**
     * A phrase that says what the message does not ask (不是问怎么退保证金，是问保证金一共要交多少): it holds a question word and
     * asks nothing; the phrase after it asks.
     */
    private static final java.util.regex.Pattern NOT_ASKING =
            java.util.regex.Pattern.compile("(?:^| )(?:我们?)?[并也]?不是(?:想|要)?问[^ ]*");

    /** True when a clause holds a word that asks. */
    boolean asks(String clause) {
        // (a time told, 开店没多久, 前几天, holds a question word and asks nothing; nor does 不是问…)
        String c = NOT_ASKING.matcher(clause).replaceAll(" ");
        for (String w : told) {
            c = c.replace(w, " ");
        }
        for (String w : questionWords) {
            if (c.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean hasQuestionWords() {
        return !questionWords.isEmpty();
    }

    /** Whether topics are declared: without them, no message names one. */
    boolean hasTopics() {
        return !topicWords.isEmpty();
    }

    /**
     * {@code normalized} (a message's normalised text) with the scope's {@code read-as} words read as theirs, when it holds
     * none of their {@code unless} words, or only after one of their {@code denied-by} in its clause: 运单怎么修改 reads
     * 运单号怎么修改 (the modify entry, whose walk asks how it was shipped), and so does 不是在物流平台下的单…运单怎么改, while
     * 物流平台的运单怎么撤销 tells the online case and keeps its 运单. A word already written as what it reads as (运单号) is
     * left as it is. Only messages are read so: the knowledge keeps its words, so no word's weight moves.
     */
    String readAs(String normalized) {
        String text = normalized;
        for (ReadAs r : readAs) {
            if (!text.contains(r.word()) || r.tellsAnUnless(text) || !r.applies(text)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(text.length() + 4);
            int from = 0;
            for (int at = text.indexOf(r.word()); at >= 0; at = text.indexOf(r.word(), at + r.word().length())) {
                if (!text.startsWith(r.as(), at)) {
                    sb.append(text, from, at).append(r.as());
                    from = at + r.word().length();
                }
            }
            text = sb.append(text, from, text.length()).toString();
        }
        return text;
    }

    /**
     * {@code normalized} (a message's normalised text) as a question asking which cases there are reads it: when it asks
     * so (phrases.yaml {@code cases-asked}: 什么情况, 哪些情况), the scope's {@code which-cases} words read as theirs
     * (什么情况申诉能成功 → 什么情况可以申诉: the valid appeals' list). A question about a case told (这种情况申诉能成功吗), and
     * any other message, is read as it is.
     */
    String asWhichCases(String normalized) {
        if (casesAsked == null || whichCases.isEmpty() || !casesAsked.matcher(normalized).find()) {
            return normalized;
        }
        String text = normalized;
        for (Map.Entry<String, String> e : whichCases) {
            text = text.replace(e.getKey(), e.getValue());
        }
        return text;
    }

    /**
     * The topics a message names (by their words), as a bit set of topic indexes; empty when it
     * names none.
     */
    java.util.BitSet named(String normalized) {
        return named(topicWords, normalized);
    }

    private static java.util.BitSet named(List<List<String>> topicWords, String normalized) {
        java.util.BitSet named = new java.util.BitSet();
        String text = normalized.replace(" ", "");
        for (int t = 0; t < topicWords.size(); t++) {
            for (String w : topicWords.get(t)) {
                if (text.contains(w)) {
                    named.set(t);
                    break;
                }
            }
        }
        return named;
    }

    /**
     * The topics a message names by a word that names no other topic: 保证金 names the deposit
     * topic alone, 投诉 three. Two of them are two things asked.
     */
    java.util.BitSet namedAlone(String normalized) {
        java.util.BitSet alone = new java.util.BitSet();
        String text = normalized.replace(" ", "");
        for (int t = 0; t < topicWords.size(); t++) {
            for (String w : topicWords.get(t)) {
                if (text.contains(w) && onlyIn(w, t)) {
                    alone.set(t);
                    break;
                }
            }
        }
        return alone;
    }

    private boolean onlyIn(String word, int topic) {
        for (int t = 0; t < topicWords.size(); t++) {
            if (t != topic && topicWords.get(t).contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The topic of entry {@code faqId}, or -1. */
    int topic(String faqId) {
        Integer t = topicOf.get(faqId);
        return t == null ? -1 : t;
    }

    /** The word that names topic {@code topic} first (安心购, 保证金), as messages are read. */
    String topicWord(int topic) {
        return topicWords.get(topic).isEmpty() ? null : topicWords.get(topic).get(0);
    }

    /**
     * True when a message that names {@code named} topics names none of the phrasing's: the topic of
     * its entry, or those a known out-of-scope question names (保证金的客服电话是多少 is not what a
     * message about the waybill asks). A question that names no topic is never off topic.
     */
    boolean offTopic(Phrasing p, java.util.BitSet named) {
        if (named.isEmpty()) {
            return false;
        }
        if (p.outOfScope()) {
            java.util.BitSet topics = questionTopics.get(p.text());
            return topics != null && !topics.intersects(named);
        }
        return offTopic(p.entry().id(), named);
    }

    /** True when a message that names {@code named} topics does not name the topic of entry {@code faqId}. */
    boolean offTopic(String faqId, java.util.BitSet named) {
        if (named.isEmpty()) { // most messages name no topic: no look-up for each of the candidates
            return false;
        }
        Integer topic = topicOf.get(faqId);
        return topic != null && !named.get(topic);
    }

    /** The topic menu: each topic's entry, with the topic's label as its question. */
    List<Candidate> menu() {
        return menu;
    }
}
