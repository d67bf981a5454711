package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;
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
 * canonical form): which platform a message names, which aspects it asks and which entries speak of
 * them, whether it names no topic at all, which of its clauses ask, and the topic menu. Built with
 * the index; immutable and thread-safe.
 */
final class ScopeRules {
    /** What a platform name stands for: the platform of the knowledge, another one, or neither. */
    private record Name(String platform, boolean ours) {
    }

    private static final Name NOT_A_PLATFORM = new Name(null, false);

    /** No scope: no platform, aspect, vague word or menu. */
    static final ScopeRules NONE = new ScopeRules(new LongestMatch(List.of()), Map.of(), List.of(), List.of(), Map.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), Map.of());

    private final LongestMatch names;
    private final Map<String, Name> nameOf;
    private final List<Scope.Aspect> aspects;
    /** Words that hold an asked word but ask nothing, longest first. */
    private final List<String> notAsked;
    /** By aspect name: the entries whose answer speaks of it. */
    private final Map<String, Set<String>> speaking;
    private final LongestMatch vague;
    /** The vague words and the topic words that name two topics or more (售后, 投诉): a bare topic word's run. */
    private final LongestMatch vagueOrShared;
    /** The words that say what a message is about and ask nothing (事, 问题), and every topic's words: a bare topic's run. */
    private final LongestMatch aboutOrTopic;
    /** The topic words that name two topics or more. */
    private final Set<String> shared;
    private final Set<String> about;
    private final List<String> questionWords;
    private final List<Candidate> menu;
    /** The topic of each item of the menu, by its place in it. */
    private final List<Integer> menuTopics;
    /** Every entry as a candidate of no score, in the knowledge's order. */
    private final List<Candidate> entries;
    /** Each topic's words, normalised, by topic. */
    private final List<List<String>> topicWords;
    /** Each entry's topic, by entry id. */
    private final Map<String, Integer> topicOf;
    /** The topics each known out-of-scope question names, by its text as written (none: absent). */
    private final Map<String, java.util.BitSet> questionTopics;
    /** The aspects each known out-of-scope question asks, for those that ask one. */
    private final Map<String, List<Scope.Aspect>> questionAspects;

    private ScopeRules(LongestMatch names, Map<String, Name> nameOf, List<Scope.Aspect> aspects, List<String> notAsked,
                       Map<String, Set<String>> speaking, List<String> vagueWords, List<String> aboutWords,
                       List<String> questionWords,
                       List<Candidate> menu, List<Integer> menuTopics, List<Candidate> entries, List<List<String>> topicWords,
                       Map<String, Integer> topicOf, Map<String, java.util.BitSet> questionTopics,
                       Map<String, List<Scope.Aspect>> questionAspects) {
        this.names = names;
        this.nameOf = nameOf;
        this.aspects = aspects;
        this.notAsked = notAsked;
        this.speaking = speaking;
        this.vague = new LongestMatch(vagueWords);
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
        this.questionWords = questionWords;
        this.menu = menu;
        this.menuTopics = menuTopics;
        this.entries = entries;
        this.topicWords = topicWords;
        this.topicOf = topicOf;
        this.questionTopics = questionTopics;
        this.questionAspects = questionAspects;
    }

    static ScopeRules of(KnowledgeBase knowledge, TextNormalizer normalizer) {
        Scope scope = knowledge.scope();
        Map<String, Name> nameOf = new HashMap<>();
        // names keep their spaces (tiktok shop): the text they are found in has its own
        scope.platform().forEach(n -> nameOf.put(normalizer.normalize(n), new Name(null, true)));
        scope.otherPlatforms().forEach((platform, list) ->
                list.forEach(n -> nameOf.putIfAbsent(normalizer.normalize(n), new Name(platform, false))));
        scope.notPlatforms().forEach(n -> nameOf.put(normalizer.normalize(n), NOT_A_PLATFORM));
        nameOf.remove("");
        List<Scope.Aspect> aspects = new ArrayList<>();
        Map<String, Set<String>> speaking = new HashMap<>();
        for (Scope.Aspect a : scope.aspects()) {
            Scope.Aspect normalized = new Scope.Aspect(a.name(), a.label(), words(normalizer, a.asked()),
                    words(normalizer, a.answered()), a.source());
            aspects.add(normalized);
            Set<String> entries = new HashSet<>();
            for (FaqEntry f : knowledge.faqs()) {
                if (normalized.spokenOfIn(normalizer.normalize(f.answer()).replace(" ", ""))) {
                    entries.add(f.id());
                }
            }
            speaking.put(a.name(), Set.copyOf(entries));
        }
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
        List<String> notAsked = words(normalizer, scope.notAsked()).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, List<Scope.Aspect>> questionAspects = new HashMap<>();
        for (String q : knowledge.phrases().outOfScope()) {
            // only a question about a topic's aspect: one naming no topic (诚信通多少钱一年) is out of scope in all its words
            List<Scope.Aspect> asked = asked(aspects, notAsked, normalizer.normalize(q));
            if (!asked.isEmpty() && questionTopics.containsKey(q)) {
                questionAspects.put(q, asked);
            }
        }
        return new ScopeRules(new LongestMatch(nameOf.keySet()), Map.copyOf(nameOf), List.copyOf(aspects), notAsked,
                Map.copyOf(speaking), words(normalizer, scope.vague()), words(normalizer, scope.about()),
                List.copyOf(new LinkedHashSet<>(words(normalizer, scope.questionWords()))), List.copyOf(menu),
                List.copyOf(menuTopics),
                knowledge.faqs().stream().map(f -> new Candidate(f.id(), f.question(), 0, f.question(), List.of())).toList(),
                List.copyOf(topicWords), Map.copyOf(topicOf), Map.copyOf(questionTopics),
                Map.copyOf(questionAspects));
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

    private static List<String> words(TextNormalizer normalizer, List<String> list) {
        return list.stream().map(w -> word(normalizer, w)).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /**
     * The other platform {@code normalized} text is about: the first one it names, when it names
     * none of the knowledge's own; null otherwise. A Latin name counts only as a whole word.
     */
    String otherPlatform(String normalized) {
        if (names.isEmpty()) {
            return null;
        }
        String other = null;
        for (int i = 0; i < normalized.length(); ) {
            String w = names.at(normalized, i);
            if (w == null || !wholeWord(normalized, i, w.length())) {
                i++;
                continue;
            }
            Name name = nameOf.get(w);
            if (name.ours()) {
                return null;
            }
            if (other == null && name.platform() != null) {
                other = name.platform();
            }
            i += w.length();
        }
        return other;
    }

    /** False when a name that begins or ends with a Latin letter or digit runs on into one (jd in jdk, 1688 in 16888). */
    private static boolean wholeWord(String text, int at, int length) {
        int end = at + length;
        boolean before = at > 0 && latin(text.charAt(at - 1)) && latin(text.charAt(at));
        boolean after = end < text.length() && latin(text.charAt(end)) && latin(text.charAt(end - 1));
        return !before && !after;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The aspects {@code text} asks, in the scope's order. */
    List<Scope.Aspect> asked(String text) {
        return asked(aspects, notAsked, text);
    }

    private static List<Scope.Aspect> asked(List<Scope.Aspect> aspects, List<String> notAsked, String text) {
        String t = text.replace(" ", "");
        for (String w : notAsked) {
            t = t.replace(w, " ");
        }
        List<Scope.Aspect> asked = new ArrayList<>();
        for (Scope.Aspect a : aspects) {
            if (a.askedIn(t) != null) {
                asked.add(a);
            }
        }
        return asked;
    }

    /** True when the answer of entry {@code faqId} speaks of the aspect. */
    boolean speaksOf(String faqId, Scope.Aspect aspect) {
        Set<String> entries = speaking.get(aspect.name());
        return entries != null && entries.contains(faqId);
    }

    /** True when the entry's answer speaks of every one of the aspects. */
    boolean speaksOfAll(String faqId, List<Scope.Aspect> asked) {
        for (Scope.Aspect a : asked) {
            if (!speaksOf(faqId, a)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the content words of a message are made of nothing but words that ask without
     * naming a topic (read as one run, so that however the words were cut, 有链接吗 is 链接); also when
     * it has none (怎么办, 为什么: nothing but function words).
     */
    boolean vague(List<String> words) {
        if (vague.isEmpty()) {
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

    /** True when a clause holds a word that asks. */
    boolean asks(String clause) {
        for (String w : questionWords) {
            if (clause.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean hasQuestionWords() {
        return !questionWords.isEmpty();
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

    /**
     * True when a message that names {@code named} topics names none of the phrasing's: the topic of
     * its entry, or those a known out-of-scope question names (保证金的客服电话是多少 is not what a
     * message about the waybill asks). A question that names no topic is never off topic.
     */
    /**
     * True when {@code p} is a known out-of-scope question that asks an aspect of a topic (一个处罚能申诉几次:
     * how many times) and the message asks none of its aspects: it is out of scope for what it asks, and
     * a message that does not ask it (想申诉一个发货的处罚 怎么弄) is not declined for sharing its other
     * words. A message that asks it is declined by the aspect, or by the question.
     */
    boolean unasked(Phrasing p, List<Scope.Aspect> asked) {
        if (!p.outOfScope()) {
            return false;
        }
        List<Scope.Aspect> its = questionAspects.get(p.text());
        return its != null && its.stream().noneMatch(asked::contains);
    }

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

    /**
     * The entries that speak of every one of the aspects: those among {@code ranked} first, in their
     * order, then the rest in the knowledge's order.
     */
    List<Candidate> speakingOfAll(List<Scope.Aspect> asked, List<Candidate> ranked) {
        List<Candidate> speaking = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<Candidate> list : List.of(ranked, entries)) {
            for (Candidate c : list) {
                if (speaksOfAll(c.faqId(), asked) && ids.add(c.faqId())) {
                    speaking.add(c);
                }
            }
        }
        return speaking;
    }
}
