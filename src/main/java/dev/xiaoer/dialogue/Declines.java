package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.Retriever;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The turns that answer nothing: which entry was meant (a clarify), what the knowledge does not
 * cover (a fallback, in the scope's words for another platform or an unsaid aspect), and a person
 * taking over. Immutable and thread-safe.
 */
final class Declines {
    private final KnowledgeBase kb;
    private final Replies replies;
    private final Retriever retriever;
    private final FlowEntries flowEntries;

    Declines(KnowledgeBase kb, Replies replies, Retriever retriever, FlowEntries flowEntries) {
        this.kb = kb;
        this.replies = replies;
        this.retriever = retriever;
        this.flowEntries = flowEntries;
    }

    /** Asks which of retrieval's options is meant; {@code position} is the flow position kept. */
    Turn clarify(Session s, Retrieval r, FlowPosition position) {
        List<Related> options = r.options().stream().map(c -> new Related(c.faqId(), c.question())).toList();
        List<String> ids = r.options().stream().map(Candidate::faqId).toList();
        // (in a walk, a bare ok next takes the question in, not the step's: FlowFrame.ADVISED)
        return TurnBuilder.reply(Kind.CLARIFY, replies.clarify(r, position != null)).confidence(r.confidence())
                .options(options).at(position).leaving(s.clarifying(ids).telling(FlowFrame.ADVISED));
    }

    /**
     * Says the knowledge base does not cover it (another platform, or what the nearest entry does
     * not say, in the scope's words, that entry offered as related); the second fallback in a row
     * hands off to a person.
     */
    Turn fallback(Session s, Retrieval r, FlowPosition position) {
        double confidence = r.confidence();
        // another platform's question is understood, and declined: it neither hands off nor counts
        // toward doing so (抖店的保证金怎么退, then 那1688的呢)
        boolean understood = r.decline() == Retrieval.Decline.OTHER_PLATFORM;
        if (s.fallbacks() >= 1 && !understood) {
            return TurnBuilder.reply(Kind.HANDOFF, replies.message("handoff-fallbacks").strip())
                    .confidence(confidence).at(ended(position)).leaving(s.handedOff(HandoffReason.FALLBACKS));
        }
        Optional<String> declined = switch (r.decline()) {
            case OTHER_PLATFORM -> kb.scope().reply("other-platform", Map.of("platform", r.detail()));
            case UNANSWERED -> kb.scope().reply("unanswered", Map.of("aspect", r.detail()));
            default -> Optional.empty();
        };
        List<Related> related = new ArrayList<>();
        if (r.decline() == Retrieval.Decline.UNANSWERED) {
            r.options().forEach(c -> related.add(new Related(c.faqId(), c.question())));
        }
        return TurnBuilder.reply(Kind.FALLBACK, declined.orElseGet(() -> replies.message("fallback").strip()))
                .confidence(confidence).related(related).at(position)
                // (in a walk, a bare ok next, after "要不要我帮您转人工客服？", is no answer to the step: FlowFrame.ADVISED)
                .leaving((understood ? ofOurs(s, r) : s.fellBack()).telling(FlowFrame.ADVISED));
    }

    /**
     * After another platform's question is declined, the entry that answers it asked of 1688 is kept for one turn as the
     * only option a follow-up naming 1688 alone (那1688的呢) picks ({@link IdleTurns#picked}): the entry retrieval answers
     * with, or the starter of the walk that covers a question it cannot decide (拼多多的申诉怎么弄: the appeal walk, as
     * 申诉怎么弄 starts it). A second platform asked after the first with nothing of its own (淘宝的保证金怎么退, 那拼多多的呢)
     * keeps the entry kept before it. The session as it was ({@code s}, understood) when none does, or mid-flow.
     */
    private Session ofOurs(Session s, Retrieval declined) {
        Session understood = s.understood();
        if (s.inFlow()) {
            return understood;
        }
        Retrieval ours = retriever.askedOfOurs(declined.normalized());
        if (ours.decision() == Retrieval.Decision.ANSWER) {
            return understood.clarifying(List.of(ours.best().faqId()));
        }
        if (ours.decision() != Retrieval.Decision.FALLBACK) {
            return understood;
        }
        Optional<FaqEntry> walk = flowEntries.coveringUndecided(ours, false);
        if (walk.isPresent()) {
            return understood.clarifying(List.of(walk.get().id()));
        }
        // (nothing of its own, 那拼多多的呢: the entry kept before it)
        return ours.candidates().isEmpty() && s.clarifyOptions().size() == 1 ? understood.clarifying(s.clarifyOptions()) : understood;
    }

    Turn handoff(Session s, FlowPosition ending) {
        return TurnBuilder.reply(Kind.HANDOFF, replies.message("handoff").strip()).at(ending)
                .leaving(s.handedOff(HandoffReason.REQUESTED));
    }

    private static FlowPosition ended(FlowPosition p) {
        return p == null ? null : new FlowPosition(p.id(), p.step(), true, List.of());
    }
}
