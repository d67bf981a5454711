package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.text.Utterance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which question starts a flow instead of being answered alone: one that could be any of the
 * entries a flow covers (its first step asks what tells them apart), and one answered by an entry
 * whose answer holds only for one answer to the flow's first step ({@code asks-first}) when the
 * question does not give that answer (发货了没填单号还能补吗 does not say how it was shipped; 自己联系的快递
 * 漏填了单号 does). Immutable and thread-safe.
 */
final class FlowEntries {
    private final KnowledgeBase kb;
    private final Map<String, StepReader> stepReaders;

    FlowEntries(KnowledgeBase kb, Map<String, StepReader> stepReaders) {
        this.kb = kb;
        this.stepReaders = stepReaders;
    }

    /** The entry that starts the flow covering every one of {@code options}, when one does. */
    Optional<FaqEntry> covering(List<Candidate> options) {
        if (options.size() < 2) {
            return Optional.empty();
        }
        for (Flow flow : kb.flows().values()) {
            if (!flow.covers().isEmpty() && options.stream().allMatch(c -> flow.covers().contains(c.faqId()))) {
                Optional<FaqEntry> starter = starter(flow);
                if (starter.isPresent()) {
                    return starter;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The entry that starts the flow {@code entry}'s answer depends on, when {@code said} does not
     * answer that flow's first step and the conversation is not already in that flow; else {@code entry}.
     */
    FaqEntry asked(FaqEntry entry, Utterance said, String activeFlow, LocalDate today) {
        for (Flow flow : kb.flows().values()) {
            if (flow.asksFirst().contains(entry.id()) && !flow.id().equals(activeFlow)) {
                StepReader first = stepReaders.get(flow.id() + "/" + flow.start());
                if (first != null && !first.read(said, today).clear()) {
                    return starter(flow).orElse(entry);
                }
            }
        }
        return entry;
    }

    private Optional<FaqEntry> starter(Flow flow) {
        return kb.faqs().stream().filter(e -> flow.id().equals(e.flow())).findFirst();
    }
}
