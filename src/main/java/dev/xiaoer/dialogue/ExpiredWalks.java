package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.text.Utterance;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A walk that timed out while it waited at a step: whether the message after the pause is that step's answer left over
 * (仓库说是自己联系的物流, 电话也发了 他都确认了 after half an hour): it asks nothing, names no walk's matter (phrases.yaml
 * {@code matter-named}: 保证金, 退货, 运单号, 申诉…) and names the things of the walk's steps or reads clearly at the step it
 * waited at. Such a message is not read, neither at the old step nor as an opening of the walk again from its facts: the
 * seller is told the walk timed out and asks again (docs/dialogue.md, the pieces). A message naming the matter
 * (保证金的事 子服务这回全部关掉了) opens its walk as any first message does. Built once per knowledge version; immutable and
 * thread-safe.
 */
final class ExpiredWalks {
    private final KnowledgeBase kb;
    private final Map<String, StepReader> stepReaders;
    private final EarlierSteps earlierSteps;
    /** The words that name a walk's matter (phrases.yaml {@code matter-named}, optional: null when absent, and nothing is left over). */
    private final Pattern matterNamed;

    ExpiredWalks(KnowledgeBase kb, AnswerLexicon lexicon, Map<String, StepReader> stepReaders, EarlierSteps earlierSteps) {
        this.kb = kb;
        this.stepReaders = stepReaders;
        this.earlierSteps = earlierSteps;
        this.matterNamed = lexicon.optionalPattern("matter-named");
    }

    /**
     * Whether {@code u}, no question ({@code asks} false), is the answer to the step {@code stepId} of the walk {@code flowId}
     * that timed out before it: it names no walk's matter, and names the things of that walk's steps or reads clearly at
     * that step.
     */
    boolean leftOver(String flowId, String stepId, Utterance u, boolean asks, LocalDate today) {
        Flow flow = kb.flow(flowId).orElse(null);
        FlowStep step = flow == null ? null : flow.step(stepId);
        if (asks || matterNamed == null || step == null || step.isEnd() || matterNamed.matcher(u.normalized()).find()) {
            return false;
        }
        StepReader reader = stepReaders.get(flow.id() + "/" + step.id());
        return flow.steps().values().stream().anyMatch(other -> !other.isEnd() && earlierSteps.mentions(u, other))
                || reader != null && reader.read(u, today, true).clear();
    }
}
