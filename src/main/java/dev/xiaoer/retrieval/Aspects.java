package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Scope;
import dev.xiaoer.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The aspects of {@code scope.yaml} in the form messages are read in: what a text asks of a topic beyond how and where
 * (its fee, how long…; `not-asked` words taken out first), which entries' answers speak of each, and which known
 * out-of-scope questions are out of scope for an aspect only. Immutable and thread-safe.
 */
final class Aspects {
    /** No aspects: nothing is asked, no entry speaks of anything. */
    static final Aspects NONE = new Aspects(List.of(), List.of(), Map.of(), List.of(), Map.of());

    private final List<Scope.Aspect> aspects;
    /** Words that hold an asked word but ask nothing, longest first. */
    private final List<String> notAsked;
    /** By aspect name: the entries whose answer speaks of it. */
    private final Map<String, Set<String>> speaking;
    /** Every entry as a candidate of no score, in the knowledge's order. */
    private final List<Candidate> entries;
    /** The aspects each known out-of-scope question asks, for those that ask one. */
    private final Map<String, List<Scope.Aspect>> questionAspects;
    /** The aspects' words by first character: what a text asks, read in one pass. */
    private final AspectWords words;

    private Aspects(List<Scope.Aspect> aspects, List<String> notAsked, Map<String, Set<String>> speaking,
                    List<Candidate> entries, Map<String, List<Scope.Aspect>> questionAspects) {
        this.aspects = aspects;
        this.notAsked = notAsked;
        this.words = new AspectWords(aspects, notAsked);
        this.speaking = speaking;
        this.entries = entries;
        this.questionAspects = questionAspects;
    }

    /**
     * The knowledge's aspects, normalised; {@code namesATopic} tells which known out-of-scope questions name a topic
     * (only those can be out of scope for an aspect alone).
     */
    static Aspects of(KnowledgeBase knowledge, TextNormalizer normalizer, Predicate<String> namesATopic) {
        Scope scope = knowledge.scope();
        List<Scope.Aspect> aspects = new ArrayList<>();
        Map<String, Set<String>> speaking = new HashMap<>();
        for (Scope.Aspect a : scope.aspects()) {
            Scope.Aspect normalized = new Scope.Aspect(a.name(), a.label(), ScopeRules.words(normalizer, a.asked()),
                    ScopeRules.words(normalizer, a.answered()), ScopeRules.words(normalizer, a.told()), a.source());
            aspects.add(normalized);
            Set<String> entries = new HashSet<>();
            for (FaqEntry f : knowledge.faqs()) {
                if (normalized.spokenOfIn(normalizer.normalize(f.answer()).replace(" ", ""))) {
                    entries.add(f.id());
                }
            }
            speaking.put(a.name(), Set.copyOf(entries));
        }
        List<String> notAsked = ScopeRules.words(normalizer, scope.notAsked()).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, List<Scope.Aspect>> questionAspects = new HashMap<>();
        AspectWords words = new AspectWords(aspects, notAsked);
        for (String q : knowledge.phrases().outOfScope()) {
            // only a question about a topic's aspect: one naming no topic (诚信通多少钱一年) is out of scope in all its words
            List<Scope.Aspect> asked = words.asked(normalizer.normalize(q));
            if (!asked.isEmpty() && namesATopic.test(q)) {
                questionAspects.put(q, asked);
            }
        }
        return new Aspects(List.copyOf(aspects), notAsked, Map.copyOf(speaking),
                knowledge.faqs().stream().map(f -> new Candidate(f.id(), f.question(), 0, f.question(), List.of())).toList(),
                Map.copyOf(questionAspects));
    }

    /**
     * The not-asked words that hold one of {@code questionWords} which an aspect also asks by (前几天, 没多久: 几天 and 多久
     * ask how long elsewhere; not 哪里能看到, whose 哪 asks where): words that tell a time or a count, and ask nothing.
     */
    List<String> told(List<String> questionWords) {
        // (and a count told, 好几个买家, whose 几个 asks no aspect but still asks how many where it stands alone)
        return notAsked.stream().filter(w -> questionWords.stream().anyMatch(q -> w.contains(q)
                && (aspects.stream().anyMatch(a -> a.asked().contains(q)) || q.startsWith("几")))).toList();
    }

    /** The aspects {@code text} asks (an asked or a told word of theirs, {@code not-asked} words taken out), in the scope's order. */
    List<Scope.Aspect> asked(String text) {
        return words.asked(text);
    }

    /**
     * The aspects {@code text} asks by a told word, wherever it stands (快递网点不肯给盖公章 in a clause that asks nothing):
     * what the whole of a message asks beside what its asking phrases ask.
     */
    List<Scope.Aspect> toldIn(String text) {
        return words.toldIn(text);
    }

    /** The aspects, normalised, in the scope's order; the not-asked words, longest first (for the tests). */
    List<Scope.Aspect> all() {
        return aspects;
    }

    List<String> notAsked() {
        return notAsked;
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
        if (its == null) {
            return false;
        }
        for (Scope.Aspect a : its) {
            if (asked.contains(a)) {
                return false;
            }
        }
        return true;
    }
}
