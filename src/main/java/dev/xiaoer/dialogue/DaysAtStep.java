package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the days a reply tells stand at a step whose options hold day conditions (超过30天了 / 还不到30天): which side of
 * the line they fall on, an estimate that decides only far from it, a hedged reckoning beside a date told as a fact, a
 * pending state dated before the end another clause dates, a month without a day that may fall either side. Part of
 * {@link WholeReplyReader}; built once per step and knowledge version, immutable and thread-safe.
 */
final class DaysAtStep {
    /** What a clause reckoning the time with a guess may carry, and nothing else (这都超了吧). */
    private static final Set<String> RECKONING_CUES = Set.of("guess", "partial", "over", "under", "complete");

    private final FlowStep step;
    private final AnswerLexicon lexicon;
    private final ClauseVerdicts verdicts;

    DaysAtStep(FlowStep step, AnswerLexicon lexicon, ClauseVerdicts verdicts) {
        this.step = step;
        this.lexicon = lexicon;
        this.verdicts = verdicts;
    }

    /**
     * Whether {@code days} stay on this side of the line while the same reply read with every month told without a day
     * taken at its first day moves on (上个月就没单了, 最后一单是11月份): it may fall either side, so it says neither.
     */
    boolean eitherSide(String text, List<String> clauses, int days, LocalDate today) {
        return days >= 0 && !movesOnAt(days) && movesOnAt(lexicon.earliestDaysIn(text, clauses, today));
    }

    /**
     * Whether {@code clause}, which tells a state the step holds pending (发的货), is dated before the end another clause
     * of the reply dates ({@code days} ago, the most recent told): shipped before National Day, received on 8 October
     * (国庆前发的货，买家10月8号确认收货) — what it tells was over by then.
     */
    boolean overBefore(String clause, List<String> own, int days, LocalDate today) {
        // (not one told as still not done, 9月20号有一单还没发货: dated or not, it is not over)
        List<String> cues = lexicon.cuesIn(clause);
        if (cues.contains("negation") || cues.contains("still") || cues.contains("ongoing")
                || lexicon.daysIn(clause, List.of(clause), today) <= days) {
            return false;
        }
        return own.stream().anyMatch(c -> !c.equals(clause) && !verdicts.keepsFromAllMet(c)
                && lexicon.daysIn(c, List.of(c), today) == days);
    }

    /**
     * The clauses of a reply reckoning the time with a guess and no date of their own (这都超了吧, 应该还没到30天吧), or
     * telling some sales over (有些单子早就过了30天), when they are its only part or guess and stand beside clauses stating
     * the last sale's date as a fact (最后一单是10月20号交易成功的) that all agree with them; otherwise none.
     */
    List<String> reckoningBesideDates(List<String> own, LocalDate today) {
        if (own.size() < 2) {
            return List.of();
        }
        List<String> reckoning = new ArrayList<>();
        List<Integer> dated = new ArrayList<>();
        Boolean over = null;
        for (String clause : own) {
            List<String> cues = lexicon.cuesIn(clause);
            int days = lexicon.daysIn(clause, List.of(clause), today);
            // (some sales told over as a fact, 有些单子早就过了30天, beside the last sale's date: what that date says decides)
            if (days >= 0 && cues.contains("partial") && cues.contains("over") && RECKONING_CUES.containsAll(cues)
                    && !cues.contains("under") && !lexicon.namesTheLast(clause)) {
                if (over != null && !over) {
                    return List.of();
                }
                over = true;
                reckoning.add(clause);
                continue;
            }
            if (days >= 0) {
                // (the date of the last sale: one sale's date, 有一单10月20号交易成功的, says nothing of the others)
                if (cues.contains("partial") || cues.contains("unsure") || !lexicon.namesTheLast(clause)) {
                    return List.of();
                }
                dated.add(days);
                continue;
            }
            if (!cues.contains("partial")) {
                continue;
            }
            boolean said = cues.contains("over");
            // a guess of 'over' or 'under' and nothing else (a reckoning of the others, 其他的应该也超了吧, 剩下的估计都超了吧,
            // is a guess about sales not dated)
            if (!cues.contains("guess") || !RECKONING_CUES.containsAll(cues) || said == cues.contains("under")
                    || over != null && over != said) {
                return List.of();
            }
            over = said;
            reckoning.add(clause);
        }
        boolean agree = over != null;
        for (int days : dated) {
            agree = agree && movesOnAt(days) == over; // (no 'over' said: no unboxing of a null)
        }
        return dated.isEmpty() || !agree ? List.of() : reckoning;
    }

    /**
     * The days a reply tells as an estimate and nothing else uncertain (大概国庆前后吧, 两个月前左右), when they
     * meet an option surely: the same option holds for two thirds and for half again as many days; else -1.
     * {@code plainOwn} are the reply's own clauses without their words of estimate.
     */
    int estimatedDays(String text, List<String> plainOwn, LocalDate today) {
        String plain = lexicon.withoutApproximation(text);
        if (plain.equals(text)) {
            return -1;
        }
        List<String> cues = lexicon.cuesIn(plain);
        if (cues.contains("partial") || cues.contains("unsure") || cues.contains("others")) {
            return -1;
        }
        int days = lexicon.daysIn(plain, plainOwn, today);
        if (days < 0) {
            return -1;
        }
        int fewer = days * 2 / 3;
        int more = days + (days + 1) / 2;
        return step.options().stream().anyMatch(o -> o.days() != null && o.days().holds(days)
                && o.days().holds(fewer) && o.days().holds(more)) ? days : -1;
    }

    /** Whether {@code days} meet an option of this step that moves the flow on (超过30天了 → transfer-out). */
    boolean movesOnAt(int days) {
        return step.options().stream().anyMatch(o -> o.days() != null && o.days().holds(days) && !o.stays());
    }

}
