package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One step of a guided flow: what the bot says and the answers it expects, as options with
 * meanings. {@code affirmative} and {@code negative} name the option that a bare 是/对/嗯 and a bare
 * 不/没有/还没 mean for this step's question (null: such an answer does not answer it). A step
 * without options is an end step: it finishes the flow. A step whose bare yes and no mean nothing
 * is a choice: its prompt lists the options numbered. {@code about} lists words that say a reply
 * is about this step's question (投诉, 结案): said at a later step with this step's blocking answer
 * (还有个投诉没结案), the flow goes back here. {@code exempt} lists what need not be done for the
 * bare affirmative's "all met" (the 24h/48h… shipping services, which cannot be closed): a reply that
 * leaves only these out (其他都关了，就剩48小时发货那个关不掉) still means it. {@code pending} lists states
 * that are not yet what the step asks (发货了 is not 交易成功): a reply stating one, not negated (订单都发货了),
 * never means the bare affirmative's "all met", however much it sounds like it. {@code settled} lists states
 * that are what the step asks (交易关闭 is a finished trade): 还有 before one of them adds to "all met" (全是交易成功，
 * 还有两单是交易关闭的) rather than tells what is left. {@code items} lists the things the step's question asks about together,
 * each as its ways of being named (地址; 收货人, 收件人; 电话): a reply that tells of some of them and not all,
 * with no word for all of them (都, 也…), is not yet the bare affirmative's "all met". {@code contradicts} lists
 * pairs of words that cannot both be true of one answer (他出 and 到付: a parcel sent freight-collect is
 * paid by its receiver): a reply naming both contradicts itself, and the step asks again. {@code premise}
 * lists, at a choice, the words of what the whole question is about (扣分, 处罚, 判责 when asking why a
 * penalty was wrong): a reply may say them of any option, so they tell none (被扣了好多分 is no reason).
 * {@code elsewhere} lists things a seller may tell the same state of that are not what the step asks about (店铺,
 * 支付宝 at the sub-services step: 店铺已经关了 says nothing of the sub-services): a reply whose clauses name only
 * such things first is not the bare affirmative's "all met". {@code entry}, on an end step only, names the FAQ entry that
 * says what the step says (transfer-out: deposit.transfer-out): a question about it right after the flow ended there is
 * answered with that entry, not walked again (null: none).
 */
public record FlowStep(String id, String say, List<StepOption> options, String affirmative, String negative,
                       List<String> about, List<String> exempt, List<String> pending, List<String> settled, List<List<String>> items, List<List<String>> contradicts, List<String> premise, List<String> elsewhere, String help, String entry, Source source) {

    public FlowStep {
        options = List.copyOf(options);
        about = List.copyOf(about);
        exempt = List.copyOf(exempt);
        pending = List.copyOf(pending);
        settled = List.copyOf(settled);
        items = items.stream().map(List::copyOf).toList();
        contradicts = contradicts.stream().map(List::copyOf).toList();
        premise = List.copyOf(premise);
        elsewhere = List.copyOf(elsewhere);
    }

    public boolean isEnd() {
        return options.isEmpty();
    }

    /** True for a step that asks to pick one of several things rather than yes or no. */
    public boolean isChoice() {
        return !isEnd() && affirmative == null && negative == null;
    }

    /** True for a step whose options hold day conditions (超过30天了 / 还不到30天): it is answered by the days told. */
    public boolean readsDays() {
        return options.stream().anyMatch(o -> o.days() != null);
    }

    public Optional<StepOption> option(String label) {
        return options.stream().filter(o -> o.label().equals(label)).findFirst();
    }

    /** The option a bare affirmative means here, if any. */
    public Optional<StepOption> affirmativeOption() {
        return affirmative == null ? Optional.empty() : option(affirmative);
    }

    /** The option a bare negative means here, if any. */
    public Optional<StepOption> negativeOption() {
        return negative == null ? Optional.empty() : option(negative);
    }

    /** The quick replies: the options' labels, in order. */
    public List<String> labels() {
        return options.stream().map(StepOption::label).toList();
    }
}
