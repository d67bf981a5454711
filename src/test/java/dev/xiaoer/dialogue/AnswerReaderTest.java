package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.dialogue.AnswerReader.Meaning;
import dev.xiaoer.knowledge.Branch;
import dev.xiaoer.knowledge.Choice;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerReaderTest {
    private static AnswerReader reader;
    private static PhraseMatcher phrases;
    private static final List<Choice> SHIPPED = List.of(
            new Choice("自己联系物流", List.of("自己联系", "自己找的快递", "自己发的"), new Branch("self", null)),
            new Choice("线上下单·物流平台", List.of("线上发货", "物流平台"), new Branch("online", null)));
    private static final List<Choice> SITUATION = List.of(
            new Choice("运单号填错了", List.of("填错了"), new Branch("modify", null)),
            new Choice("发货时没填", List.of("没填"), new Branch("fill", null)),
            new Choice("订单需要补发", List.of("补发"), new Branch("reship", null)));

    @BeforeAll
    static void load() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        phrases = new PhraseMatcher(kb.phrases(), new ScriptConverter());
        reader = new AnswerReader(phrases);
    }

    @ParameterizedTest
    @ValueSource(strings = {"是", "是的", "对", "嗯", "嗯嗯", "好了", "关好了", "都关了", "已经关了", "已经都处理完了",
            "已经超过30天了", "可以", "ok", "OK", "👌", "👌👌", "好的呢", "是的亲", "確認好了", "都完结了", "有", "有一个",
            "没问题", "没错", "已經關閉了"})
    void yes(String text) {
        assertEquals(Meaning.YES, reader.readYesNo(text).meaning(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不", "没", "没有", "还没", "还没关", "不是", "没有的", "还没有呢", "還沒關", "沒有",
            "还有没完结的", "没有了", "没关好", "还不到30天", "不是的亲", "没呢", "还没弄好", "都没关"})
    void no(String text) {
        assertEquals(Meaning.NO, reader.readYesNo(text).meaning(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"官方直送怎么关？", "是不是都要关", "有没有别的办法", "哈哈哈", "asdf", "怎么查订单状态",
            "为什么", "？？"})
    void unread(String text) {
        assertEquals(Meaning.UNREAD, reader.readYesNo(text).meaning(), text);
    }

    @Test
    void negationWinsOverYesWordsInside() {
        // 没有 contains 有, 还没关好 contains 关好 and 好: negation decides
        assertEquals(Meaning.NO, reader.readYesNo("没有").meaning());
        assertEquals(Meaning.NO, reader.readYesNo("还没关好").meaning());
        assertEquals(Meaning.NO, reader.readYesNo("还没有都关了").meaning());
    }

    @Test
    void exactPhrasesAreCertainPatternsAreNot() {
        assertTrue(reader.readYesNo("好了").certain());
        assertTrue(!reader.readYesNo("已经都处理完了").certain());
    }

    @ParameterizedTest
    @CsvSource({"1,0", "2,1", "第二个,1", "第一个,0", "②,1", "①,0", "二,1", "一,0", "选2,1", "2号,1", "２,1",
            "第2个,1", "两,1"})
    void choiceByNumber(String text, int index) {
        AnswerReader.Reading r = reader.readChoice(SHIPPED, text);
        assertEquals(Meaning.CHOICE, r.meaning(), text);
        assertEquals(index, r.index(), text);
        assertTrue(r.certain());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "0", "第五个", "十"})
    void numberOutOfRangeIsUnread(String text) {
        assertEquals(Meaning.UNREAD, reader.readChoice(SHIPPED, text).meaning(), text);
    }

    @ParameterizedTest
    @CsvSource({"线上发货,1", "自己联系的快递,0", "自己发的,0", "物流平台,1", "是线上下的单,1", "我自己联系物流发的,0",
            "自己聯繫的快遞,0", "線上發貨,1"})
    void choiceByWords(String text, int index) {
        AnswerReader.Reading r = reader.readChoice(SHIPPED, text);
        assertEquals(Meaning.CHOICE, r.meaning(), text);
        assertEquals(index, r.index(), text);
    }

    @ParameterizedTest
    @CsvSource({"要补发,2", "单号填错了,0", "发货的时候没填,1", "运单号填错,0", "需要补发订单,2"})
    void choiceByWordsOrOverlap(String text, int index) {
        AnswerReader.Reading r = reader.readChoice(SITUATION, text);
        assertEquals(Meaning.CHOICE, r.meaning(), text);
        assertEquals(index, r.index(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"哈哈", "不知道", "怎么改"})
    void choiceUnread(String text) {
        assertEquals(Meaning.UNREAD, reader.readChoice(SITUATION, text).meaning(), text);
    }

    @Test
    void phraseWordsMatchOnlyTheWholeMessage() {
        assertTrue(phrases.isCancel("退出"));
        assertTrue(phrases.isCancel("算了吧！"));
        assertTrue(!phrases.isCancel("怎么退出安心购"));
        assertTrue(phrases.isHandoff("转人工！！"));
        assertTrue(!phrases.isHandoff("人工客服几点上班"));
        assertTrue(phrases.smalltalk("您好").isPresent());
        assertTrue(phrases.smalltalk("你好，保证金怎么退").isEmpty());
    }

    /** A quick reply the bot itself offers must be understood when the seller taps it. */
    @org.junit.jupiter.api.Test
    void everyQuickReplyOfAYesNoStepReadsAsYesOrNoOrIsAQuestion() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        for (dev.xiaoer.knowledge.Flow flow : kb.flows().values()) {
            for (dev.xiaoer.knowledge.FlowStep step : flow.steps().values()) {
                if (step.expect() != dev.xiaoer.knowledge.FlowStep.Expect.YES_NO) {
                    continue;
                }
                for (String quick : step.quickReplies()) {
                    AnswerReader.Reading reading = reader.read(step, quick);
                    org.junit.jupiter.api.Assertions.assertTrue(reading.read() || AnswerReader.isQuestion(quick),
                            () -> flow.id() + "/" + step.id() + ": quick reply '" + quick + "' is not understood");
                }
            }
        }
    }
}
