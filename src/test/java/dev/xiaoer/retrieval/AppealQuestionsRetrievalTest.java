package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Kind;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.testing.RealKnowledge;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two classes of appeal question the twenty-ninth session was handed, held by other phrasings of their class than the
 * sentences handed over, with what the dialogue replies as well as what retrieval finds (the misreads showed in the walk
 * started). Every row failed at c03fea87, but those of the guards (named so), which pass on both.
 */
class AppealQuestionsRetrievalTest {
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    static Retriever retriever;
    static Dialogue dialogue;

    @BeforeAll
    static void load() {
        retriever = RealRetriever.build();
        dialogue = DialogueEngine.create(RealKnowledge.load(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
    }

    /**
     * A question asking which penalties may be appealed, or which ones may (哪些能申诉, 什么样的扣分能申诉成功, 哪种处罚可以申诉),
     * is the valid list, answered at once: phrases.yaml {@code cases-asked} read only 什么情况/哪些情况 as asking which cases,
     * so the walk asked the seller's case first; and 能/可以 are stopwords, so 哪些能申诉 was 哪些…申诉 and met the invalid
     * list's 哪些申诉是无效的. In such a question scope.yaml {@code which-cases} reads 能申诉/可以申诉 as the seed's 可申诉.
     */
    @ParameterizedTest
    @ValueSource(strings = {"哪些能申诉啊", "哪种处罚能申诉", "什么样的扣分能申诉成功", "哪几种扣分可以申诉成功", "哪类扣分能申诉",
        "什么样的违规可以申诉", "什么样的扣分是可以申诉的", "哪些处罚是可以申诉成功的", "发货超时扣分哪些可以申诉", "什么样的处罚可以申诉"})
    void whichPenaltiesMayBeAppealedIsTheValidList(String message) {
        assertListed("appeal.valid", message);
    }

    /** The same asked of the penalties that may not be (哪些不能申诉, 什么样的扣分是申诉不了的): the invalid list. */
    @ParameterizedTest
    @ValueSource(strings = {"哪些不能申诉", "哪些扣分不能申诉", "什么样的扣分是申诉不了的", "哪些申诉会被驳回", "哪种处罚申诉无效",
        "哪些申诉是没用的", "什么样的申诉是无效的"})
    void whichPenaltiesMayNotBeAppealedIsTheInvalidList(String message) {
        assertListed("appeal.invalid", message);
    }

    /** Which cases, asked as before (哪些情况…): the lists, as they were (a guard). */
    @ParameterizedTest
    @CsvSource({"哪些情况可以申诉, appeal.valid", "哪些情况是可以申诉的, appeal.valid", "什么情况能申诉成功, appeal.valid",
        "哪些情况申诉无效, appeal.invalid", "哪些情况申诉了也没用, appeal.invalid"})
    void whichCasesAskedAsBeforeKeepTheirList(String message, String entry) {
        assertListed(entry, message);
    }

    /**
     * A seller asking whether their own case may be appealed, or why not, or how, still starts the walk that asks the case
     * (a guard): 这种/我这个 tell a case, 为什么/凭什么 ask no list, 有什么申诉技巧 and 哪些申诉材料 ask no case.
     */
    @ParameterizedTest
    @ValueSource(strings = {"我这个能申诉吗", "被扣分了能申诉吗", "这种扣分能申诉吗", "扣分了想申诉", "为什么不能申诉",
        "凭什么扣我分 我要申诉", "哪些申诉材料要准备", "申诉需要什么凭证"})
    void anOwnCaseAskedStillStartsTheWalk(String message) {
        assertWalk("appeal-check", say(message));
    }

    /**
     * Shipping late told as the seller's own and asked of an appeal (自己发晚了，能申诉吗) starts the appeal walk: 晚 met no
     * phrasing, so 自己 + 发 met the waybill entry's 自己发的快递单号填错 and the waybill walk asked how it was shipped.
     * scope.yaml {@code read-as} reads 发晚/晚发/发货晚/发迟 as the seed's 延迟发货 in a message naming 申诉 or 自己.
     */
    @ParameterizedTest
    @ValueSource(strings = {"我们自己晚发了两天，能申诉吗", "是我们自己发晚的，能申诉不", "自己晚发了，还能申诉么",
        "我们自己这边发货晚了，这种能申诉吗", "我们自己发迟了两天，能申诉吗", "这单是我们自己发货晚了，可以申诉吗"})
    void ownLateShippingAskedOfAnAppealStartsTheAppealWalk(String message) {
        assertWalk("appeal-check", say(message));
        Retrieval r = retriever.search(message);
        assertNotNull(r.best(), r::toString);
        assertEquals("appeal.valid", r.best().faqId(), () -> message + " → " + r);
    }

    /**
     * The same told of another order after an appeal walk ended (我不认可…想申诉, 快递丢件, …) is the appeal's entry again, never
     * the waybill walk: asked of an appeal it starts the walk; told alone it is answered the entry, as any of the walk's
     * entries is right after it ended.
     */
    @ParameterizedTest
    // (told alone, with no 申诉 — 是我们自己这边发晚了 — it is read as it was, the waybill walk: the reading needs 申诉, since 自己
    // alone also turned 自己发晚了会扣分吗 and 我们自己发晚了几单，会不会被罚 into the appeal walk; left, in docs/retrieval.md)
    @ValueSource(strings = {"还有一单是我们自己发晚了，那个能申诉吗"})
    void ownLateShippingAfterAnAppealWalkIsTheAppealAgain(String message) {
        Reply reply = say("我不认可维权处理结果，想申诉", "快递丢件", message);
        assertEquals("appeal.disagree", reply.faqId(), reply::toString);
        if (reply.flow() != null) {
            assertEquals("appeal-check", reply.flow().id(), reply::toString);
        }
    }

    /**
     * A waybill shipped by the seller's own courier (自己发的) and the evening's shipment (今晚发货) are still the waybill walk,
     * and late shipping asked of no appeal keeps its answer (a guard: the reading needs 申诉 or 自己).
     */
    @ParameterizedTest
    @ValueSource(strings = {"自己发的快递单号填错了", "我自己发的货，单号填错了怎么改", "今晚发货的单号填错了", "昨晚发的货单号填错了"})
    void theSellersOwnCourierIsStillTheWaybillWalk(String message) {
        assertWalk("waybill-fix", say(message));
    }

    /** Late shipping asked of no appeal, and 自己 of an appeal's proof, keep their answers (a guard). */
    @ParameterizedTest
    @CsvSource({"发晚了买家投诉怎么办, complaint.avoid", "申诉凭证可以自己做一份交上去吗, appeal.valid"})
    void otherQuestionsKeepTheirAnswer(String message, String entry) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), () -> message + " → " + r);
        assertEquals(entry, r.best().faqId(), () -> message + " → " + r);
    }

    private static Reply say(String... said) {
        Turn turn = null;
        for (String text : said) {
            turn = dialogue.handle(turn == null ? null : turn.session(), "c-test", text, NOW);
        }
        return turn.reply();
    }

    private static void assertListed(String entry, String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), () -> message + " → " + r);
        assertEquals(entry, r.best().faqId(), () -> message + " → " + r);
        Reply reply = say(message);
        assertEquals(Kind.FAQ, reply.kind(), () -> message + " → " + reply);
        assertEquals(entry, reply.faqId(), () -> message + " → " + reply);
    }

    private static void assertWalk(String flow, Reply reply) {
        assertEquals(Kind.FLOW, reply.kind(), reply::toString);
        assertNotNull(reply.flow(), reply::toString);
        assertEquals(flow, reply.flow().id(), reply::toString);
    }
}
