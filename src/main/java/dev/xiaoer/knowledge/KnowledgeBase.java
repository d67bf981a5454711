package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bot knows, loaded and validated from one knowledge directory: FAQ entries,
 * guided flows, synonyms and conversation phrases. Immutable; a reload builds a new one.
 *
 * @param version a short fingerprint of the files' content, so clients can tell two loads apart
 */
public record KnowledgeBase(List<FaqEntry> faqs, Map<String, Flow> flows, List<SynonymRule> synonyms,
                            Phrases phrases, String version) {

    public KnowledgeBase {
        faqs = List.copyOf(faqs);
        flows = Map.copyOf(flows);
        synonyms = List.copyOf(synonyms);
    }

    public Optional<FaqEntry> faq(String id) {
        return faqs.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(id == null ? null : flows.get(id));
    }
}
