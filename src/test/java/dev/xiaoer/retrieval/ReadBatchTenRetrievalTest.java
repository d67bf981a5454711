package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retrieval misreads the twenty-eighth session was handed (each a sentence of the evaluation), held by other phrasings of
 * their class than that sentence. Every row failed at b7d3d5c3, but those of the guards (named so), which pass on both.
 */
class ReadBatchTenRetrievalTest {
    static Retriever retriever;

    @BeforeAll
    static void load() {
        retriever = RealRetriever.build();
    }

    /**
     * A waybill (运单, no 号) to change with no case told is the modify entry's, whose walk asks how it was shipped: smartcn
     * cut 运单 into 运 + 单 and only the online entry's phrasings say 运单 without 号, so they met it alone (or it fell back).
     * scope.yaml {@code read-as} reads 运单 as 运单号 in a message that tells no online case (a case denied in its clause,
     * 不是在物流平台下的单, is not told).
     */
    @ParameterizedTest
    @ValueSource(strings = {"运单在哪里改", "运单能改吗", "修改运单", "运单要改一下", "運單點樣改",
        "不是在物流平台下的单，是自己联系的快递，运单怎么改", "没走物流平台，运单填错了"})
    void aWaybillToChangeIsTheModifyEntry(String message) {
        assertAnswers("waybill.modify", message);
    }

    /**
     * A waybill whose message tells the online case (物流平台, 线上, 在线) or cancels it (撤销: only the online answer says it)
     * keeps its 运单 and stays the online entry's (a guard).
     */
    @ParameterizedTest
    @ValueSource(strings = {"物流平台的运单怎么修改", "在线下单的运单要改", "运单怎么撤销", "运单能不能取消"})
    void aWaybillInTheOnlineCaseStaysTheOnlineEntry(String message) {
        assertAnswers("waybill.online", message);
    }

    /**
     * How not to be complained about, asked in Cantonese (點樣先…, 唔俾人/唔畀客投訴): 先 after how is Mandarin 才, and 唔 before
     * 俾/畀 was left as it is, so only 投诉 met the avoid entry (and 人 the return details' 收件人). The dialect table now reads
     * them as 怎样才, 不给, 不给买家 (phrases.yaml).
     */
    @ParameterizedTest
    @ValueSource(strings = {"點樣先唔會俾買家投訴", "點做先唔會俾人投訴", "點樣先可以唔俾客人投訴", "点样先可以唔被投诉",
        "點樣至可以唔俾人投訴"})
    void avoidingComplaintsAskedInCantoneseIsTheAvoidEntry(String message) {
        assertAnswers("complaint.avoid", message);
    }

    /**
     * 1688 named by another of its names alone (阿里巴巴, 阿里1688: a follow-up after another platform's question) asks nothing of
     * the seed's menu 我的阿里: smartcn cut 阿里 off and it met alipay.change. The names are kept whole and are stopwords, as
     * 1688 is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"那在阿里1688上呢", "阿里巴巴上的呢", "在阿里巴巴上呢"})
    void oursNamedByAnotherNameIsNotTheAlipayMenu(String message) {
        Retrieval r = retriever.search(message);
        assertTrue(r.decision() != Retrieval.Decision.ANSWER || !r.best().faqId().equals("alipay.change"), r::toString);
    }

    /** 阿里巴巴国际站 is still another platform (a guard): its name is kept whole, not cut into 1688's name. */
    @ParameterizedTest
    @ValueSource(strings = {"阿里巴巴国际站的保证金要怎么退", "阿里巴巴国际站的运单号填错了"})
    void theInternationalSiteIsStillAnotherPlatform(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.OTHER_PLATFORM, r.decline(), r::toString);
    }

    /**
     * A bare topic that asks nothing (安心购这块, 安心购的事情) is asked which of the topic's entries: a known out-of-scope question
     * naming the topic (安心购有什么好处) scored above the best entry and declined it, though it asks what the message does not.
     */
    @ParameterizedTest
    @CsvSource({"安心购这块, anxingou.", "安心购的事情, anxingou.", "现货安心购这块, anxingou."})
    void aBareTopicIsAskedWhichNotDeclined(String message, String ofTopic) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(!r.options().isEmpty() && r.options().stream().allMatch(c -> c.faqId().startsWith(ofTopic)), r::toString);
    }

    /** A known out-of-scope question of the topic that asks something still declines (a guard). */
    @ParameterizedTest
    @ValueSource(strings = {"安心购有什么好处呀", "安心购的赔付标准是啥"})
    void aKnownQuestionOfTheTopicStillDeclines(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, r.decline(), r::toString);
    }

    private static void assertAnswers(String expectedId, String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), () -> message + " → " + r);
        assertEquals(expectedId, r.best().faqId(), () -> message + " → " + r);
    }
}
