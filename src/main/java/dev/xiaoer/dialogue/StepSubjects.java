package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reply's clauses are about, by the first thing each names: the step's own things ({@code about}) or things
 * the same state may be told of that the step does not ask about ({@code elsewhere}: 店铺已经关了 at the sub-services
 * step, 保证金是去年交的 at the 30-day step). A thing named as another's owner (店铺的子服务, 买家保障里的) is not what
 * the clause is about (but the step's own thing owning another is: 官方直送的店铺), nor is a length of time (30天, 一个月): it says when, not what. Built once per step; thread-safe.
 */
final class StepSubjects {
    /** What follows a thing named as the owner of the next (店铺的子服务, 后台里面的订单). */
    private static final Pattern OWNER = Pattern.compile("(?:管理|中心|后台|页面|列表)?(?:的(?!话|状态)|里的|里面|里|下的|下面|上的|上面)");
    /** A length of time among a step's words (30天, 三十天, 一个月). */
    private static final Pattern DURATION = Pattern.compile(".*[0-9一二三四五六七八九十两半几多]+个?[天日周月年].*");

    private final List<String> about;
    private final List<String> elsewhere;
    private final AnswerLexicon lexicon;

    StepSubjects(FlowStep step, AnswerLexicon lexicon) {
        this.about = StepReader.compared(step.about(), lexicon).stream().filter(w -> !DURATION.matcher(w).matches()).toList();
        this.elsewhere = StepReader.compared(step.elsewhere(), lexicon);
        this.lexicon = lexicon;
    }

    /**
     * Whether some clause of {@code clauses} is about a thing elsewhere and none about the step's own: what the reply
     * tells, however like "all met" it reads, is not of what the step asks.
     */
    boolean onlyElsewhere(List<String> clauses) {
        if (elsewhere.isEmpty()) {
            return false;
        }
        boolean away = false;
        for (String clause : clauses) {
            Subject subject = subjectOf(clause);
            // (a clause naming nothing that says the days are over or not yet, before any thing elsewhere is named, answers
            // the step: 超过了，店里没新单 — but not one saying it of a thing elsewhere, 没新单超过一个月了, nor one going on
            // about it, 保证金是去年交的 早超过30天了)
            List<String> cues = subject == Subject.NONE && !away || subject == Subject.OWN ? lexicon.cuesIn(clause) : List.of();
            // (…nor one of the step's own things still to be looked at, 子服务的话我看看: it tells nothing of them yet)
            if (subject == Subject.OWN && cues.contains("unsure")) {
                continue;
            }
            if (subject == Subject.OWN || cues.contains("over") || cues.contains("under")) {
                return false;
            }
            away |= subject == Subject.ELSEWHERE;
        }
        return away;
    }

    /** Whether {@code clause} names neither the step's own things nor things elsewhere (都确认了). */
    boolean namesNothing(String clause) {
        return subjectOf(clause) == Subject.NONE;
    }

    /** What a clause is about: the step's own thing, a thing elsewhere, or neither named. */
    private enum Subject { OWN, ELSEWHERE, NONE }

    /** What {@code clause} is about, by the first thing it names that is not another's owner. */
    private Subject subjectOf(String clause) {
        for (int at = 0; at < clause.length(); at++) {
            String own = startingAt(clause, at, about);
            String away = startingAt(clause, at, elsewhere);
            if (own == null && away == null) {
                continue;
            }
            // (the longer word named here wins; the step's own on a tie)
            boolean isOwn = own != null && (away == null || own.length() >= away.length());
            int end = at + (isOwn ? own : away).length();
            // (the step's own thing owning another is still the step's: 官方直送的店铺)
            // (…and a thing elsewhere right before the step's own word names whose: 两个店买家保障下面的子服务都关了)
            if (!isOwn && (OWNER.matcher(clause).region(end, clause.length()).lookingAt()
                    || startingAt(clause, end, about) != null)) {
                at = end - 1;
                continue;
            }
            // (the step's own word naming which one of things elsewhere: 最后一笔退款, 最后一笔货款 are a refund and a payout)
            if (isOwn && lexicon.namesTheLast(own) && startingAt(clause, end, elsewhere) != null) {
                return Subject.ELSEWHERE;
            }
            return isOwn ? Subject.OWN : Subject.ELSEWHERE;
        }
        return Subject.NONE;
    }

    private static String startingAt(String clause, int at, List<String> words) {
        String found = null;
        for (String w : words) {
            if (clause.startsWith(w, at) && (found == null || w.length() > found.length())) {
                found = w;
            }
        }
        return found;
    }
}
