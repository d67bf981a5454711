package dev.xiaoer.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the bot knows, loaded and validated from one knowledge directory: FAQ entries,
 * guided flows, synonyms, conversation phrases and the scope (what the bot covers and what not). Immutable; a reload builds a new one.
 *
 * <p>A value like a record (equal when its parts are), with FAQ entries also found by id in
 * constant time: a turn looks its answer up by id, and a knowledge base may hold 100k entries.
 */
public final class KnowledgeBase {
    private final List<FaqEntry> faqs;
    private final Map<String, Flow> flows;
    private final List<SynonymRule> synonyms;
    private final Phrases phrases;
    private final Scope scope;
    private final String version;
    private final Map<String, FaqEntry> faqsById;

    /**
     * @param version a short fingerprint of the files' content, so clients can tell two loads apart
     */
    public KnowledgeBase(List<FaqEntry> faqs, Map<String, Flow> flows, List<SynonymRule> synonyms,
                         Phrases phrases, Scope scope, String version) {
        this.faqs = List.copyOf(faqs);
        this.scope = scope == null ? Scope.NONE : scope;
        this.flows = FileOrder.copyOf(flows);
        this.synonyms = List.copyOf(synonyms);
        this.phrases = phrases;
        this.version = version;
        Map<String, FaqEntry> byId = new HashMap<>(this.faqs.size() * 2);
        for (FaqEntry f : this.faqs) {
            byId.putIfAbsent(f.id(), f); // ids are unique once validated; the first one wins otherwise
        }
        this.faqsById = byId;
    }

    /** A knowledge base without a declared scope ({@link Scope#NONE}). */
    public KnowledgeBase(List<FaqEntry> faqs, Map<String, Flow> flows, List<SynonymRule> synonyms,
                         Phrases phrases, String version) {
        this(faqs, flows, synonyms, phrases, Scope.NONE, version);
    }

    public List<FaqEntry> faqs() {
        return faqs;
    }

    public Map<String, Flow> flows() {
        return flows;
    }

    public List<SynonymRule> synonyms() {
        return synonyms;
    }

    public Phrases phrases() {
        return phrases;
    }

    /** What the bot covers and what it does not ({@code scope.yaml}); {@link Scope#NONE} without that file. */
    public Scope scope() {
        return scope;
    }

    /** A short fingerprint of the files' content, so clients can tell two loads apart. */
    public String version() {
        return version;
    }

    public Optional<FaqEntry> faq(String id) {
        return Optional.ofNullable(id == null ? null : faqsById.get(id));
    }

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(id == null ? null : flows.get(id));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnowledgeBase k && faqs.equals(k.faqs) && flows.equals(k.flows)
                && synonyms.equals(k.synonyms) && Objects.equals(phrases, k.phrases) && scope.equals(k.scope)
                && Objects.equals(version, k.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(faqs, flows, synonyms, phrases, scope, version);
    }

    @Override
    public String toString() {
        return "KnowledgeBase[" + faqs.size() + " FAQ entries, " + flows.size() + " flows, " + synonyms.size()
                + " synonym rules, version " + version + "]";
    }
}
