package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Flow;
import dev.xiaoer.text.Utterance;
import java.util.Map;

/**
 * A correction that speaks of an earlier step (不对 地址写错了 at the fee step): the walk goes back there and reads what the
 * corrected words tell — its option taken, or the part told kept, the things it does not name still told. Part of
 * {@link StepTurns}; immutable and thread-safe.
 */
final class CorrectionsBack {
    private final AnswerLexicon lexicon;
    private final Map<String, StepReader> stepReaders;
    private final FlowRunner flows;
    private final LaterSteps laterSteps;

    CorrectionsBack(AnswerLexicon lexicon, Map<String, StepReader> stepReaders, FlowRunner flows, LaterSteps laterSteps) {
        this.lexicon = lexicon;
        this.stepReaders = stepReaders;
        this.flows = flows;
        this.laterSteps = laterSteps;
    }

    /** The earlier step a correction speaks of, with what it tells there: its option taken, or the part told kept. */
    Turn turn(Session s, Flow flow, EarlierSteps.Corrected back, Utterance u) {
        Session there = s.atStep(flow.id(), back.step().id());
        StepReader reader = stepReaders.get(flow.id() + "/" + back.step().id());
        if (back.reading().clear()) {
            Utterance fixed = lexicon.corrected(u);
            // (a 'not yet' there keeps the things it does not name, told when the step was passed: 哦不对 电话号码我给错了 —
            // the address stands, as going back on an unmet condition keeps it)
            boolean notYet = back.step().negativeOption().filter(back.reading().option()::equals).isPresent();
            there = notYet ? there.telling(reader.itemsNotNamed(fixed)) : there;
            return flows.take(there, flow, back.step(), back.reading().option(),
                    next -> laterSteps.ahead(flow, next, fixed, DialogueEngine.today(s)));
        }
        int told = back.reading().toldItems();
        return flows.toldInPart(there.telling(told), back.step(), reader.itemsLeft(told));
    }
}
