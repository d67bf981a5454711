package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.StepOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the clauses of a reply at a step with days (the 30-day step) say of some sales only: days told of some sales
 * without the last (有几单超过了), of the earliest (最早的一单超过30天了), or one clause saying some are not past beside
 * another saying past (成功的超过了 关闭的没超过). None is "all past": the step asks again.
 */
final class SalesTold {
    private final FlowStep step;
    private final AnswerLexicon lexicon;
    private final WholeReplyReader whole;

    SalesTold(FlowStep step, AnswerLexicon lexicon, WholeReplyReader whole) {
        this.step = step;
        this.lexicon = lexicon;
        this.whole = whole;
    }

    /**
     * Whether the reply's {@code own} clauses, read as past 30 days ({@code overDays}: by its days; {@code pastDays}: by
     * days or as the step's "all met" where the step counts days), say it of some sales only.
     */
    boolean notAllPast(List<String> own, boolean overDays, boolean pastDays, LocalDate today) {
        // (…nor of the earliest with no clause naming the last: 最早的一单超过30天了, 前面的都超过了)
        // (some told over beside the last sale's own date, 有几单早就超过30天了 最后一单是11月1号交易成功的: that date decides)
        return overDays && own.stream().anyMatch(c -> someNotTheLast(c, today))
                && own.stream().noneMatch(c -> lexicon.namesTheLast(c) && lexicon.daysIn(c, today) >= 0)
                || pastDays && own.stream().anyMatch(c -> EARLIEST.matcher(c).find()) && own.stream().noneMatch(lexicon::namesTheLast)
                // (…nor when one clause alone says some are not past, 成功的超过了 关闭的没超过: not all)
                || pastDays && own.size() > 1 && own.stream().anyMatch(c -> saysNotYetAlone(c, today));
    }

    /** Whether {@code clause}, read alone, clearly says the step's "not yet" (关闭的没超过, 成功的还没到30天). */
    private boolean saysNotYetAlone(String clause, LocalDate today) {
        Optional<StepOption> no = step.negativeOption();
        if (no.isEmpty()) {
            return false;
        }
        // (by its words, not by a date, which a clause alone may misplace: 今天是12月3号, 11月5号那单是别的店的; and no
        // 'not' denied, 不是不到30天)
        if (clause.contains("不是")) {
            return false;
        }
        // (the 'not yet' said of the ones named, the rest left unsaid: 关闭的超过了 成功的还没)
        if (ELLIPTIC_NOT_YET.matcher(clause.strip()).find()) {
            return true;
        }
        StepReader.Reading alone = whole.read(lexicon.normalizer().utterance(clause), today, true);
        // (by days only when the clause tells a sale of this shop: 关闭的半个月, 只有一笔关闭的刚过二十天 — not another shop's,
        // 11月2号嗰单系我另一间铺嘅, in any of its words)
        boolean daysOfASale = SALE.matcher(clause).find() && !clause.contains("今天") && !lexicon.ofAnotherShop(clause);
        return alone.clear() && (alone.how() != StepReader.How.DAYS || daysOfASale) && alone.option().equals(no.get());
    }

    /** A sale named by how it ended or counted (关闭的, 成功的, 确认收货的, 一单, 一笔, 那单). */
    private static final Pattern SALE = Pattern.compile("关闭的|成功的|确认收货的|交易关闭|交易成功|[一那这][单笔]");

    /** Some sales named by how they ended, then only "not yet" (成功的还没, 关闭的那几单还没有呢). */
    private static final Pattern ELLIPTIC_NOT_YET = Pattern.compile(
            "^(?:交易)?(?:成功|关闭|确认收货|完结)的?(?:那些|那几单|那单|订单|单子?)?(?:还没有?|还未|没有?)(?:呢|哦|啊|呀)?$");

    /** A clause telling days of some sales (有几单, 有的, 一些订单) without naming the last one (最后, 最近那). */
    private boolean someNotTheLast(String clause, LocalDate today) {
        // (not another shop's, 双十一那几单是我另一个店的: none of this shop's sales)
        return SOME_SALES.matcher(clause).find() && !lexicon.namesTheLast(clause) && lexicon.daysIn(clause, today) >= 0
                && !lexicon.ofAnotherShop(clause);
    }

    /** Some sales, counted loosely (有几单, 有些单, 有的, 一些订单, 部分订单): not "a month" (一个月). */
    private static final Pattern SOME_SALES = Pattern.compile(
            "有几[单笔个]|有些|(?<![所没])有的|一些[单笔订]|部分[单笔订]|几[单笔]订?单?(?:都|已经|是)"
            // (the sales of a month named, 10月的订单超过了: those, not the last — a later month's may follow)
            + "|(?<![0-9一二三四五六七八九十])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:的)?(?:那些|那几|那批)?(?:订单|单子|单|笔)");
    /** The earliest sales (最早的一单, 第一单, 最老的订单, 前面的): what is said of them says nothing of the last. */
    private static final Pattern EARLIEST = Pattern.compile(
            "最早|最老|最旧|第一[单笔批]|头一[单笔批]|前面的|前面那些|早期的");

}
