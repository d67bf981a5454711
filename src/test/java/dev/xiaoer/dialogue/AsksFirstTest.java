package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question about an entry whose answer holds for one answer to the flow's first step (the valid or
 * invalid appeal lists) is answered when it gives that answer (停产了), and starts the flow when it
 * only shares the step's own words (发货被扣分了 — every appeal is about a penalty).
 */
class AsksFirstTest {
    private static final RealConversations talk = new RealConversations();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "发货被扣分了 想申诉 怎么弄      | appeal-check",
        "被投诉不发货扣分了 能申诉撤销吗 | appeal-check",
        // (a reviewer's: why the seller's own appeal failed is their case, not a question of which cases there are)
        "我的申诉什么原因被驳回了        | appeal-check",
        // deducted points got back is an appeal, not the deposit got back (拿回 is 退回 there)
        "之前有個買家投訴我們，已經被扣分了，想問一下還有機會把分數拿回來嗎？ | appeal-check",
        // a word shared with one case beside a story of another gives neither
        "上个月有一单是定制款，被判发货超时扣了分，可我们当天就交给快递了，这种能申诉吗 | appeal-check",
        // undoing a penalty is asked of the appeal (scope.yaml's undo aspect is answered by an entry speaking of 申诉)
        "投诉扣分的处罚能撤回吗 我不服 | appeal-check",
        // a clarify led by such an entry asks the flow's question instead of offering the entry's answer
        "扣分了 能申诉回来吗          | appeal-check",
        "运单号要换一个               | waybill-fix",
        // the conditions of the refund as a whole are its walk's steps; so is the unfreeze's beside a wish to get the money out
        "保证金退回要满足哪些条件     | deposit-refund",
        "保证金解冻要满足啥条件 我想把钱转出来 | deposit-refund",
        // asking whether it is unfrozen tells no stage reached
        "保证金解冻了吗 怎么转出      | deposit-refund",
        "买家投诉我们不发货 扣了分 这个能申诉吗 | appeal-check",
    })
    void aQuestionNotGivingTheReasonStartsTheFlow(String question, String flow) {
        Turn t = talk.say(question);
        assertEquals(flow, t.reply().flow().id(), question);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // (one run-on question telling the case: the entry's list, which holds it)
        "停产了发不了货能申诉吗       | appeal.invalid",
        // asking which cases there are: the list is the answer, whatever the seller's own case
        "什么情况下申诉有效           | appeal.valid",
        "哪些情况申诉是无效的         | appeal.invalid",
        // the unfreeze's conditions asked are that entry's list, whatever the seller's services
        "保证金怎么样才能解冻 要满足哪些条件 | deposit.unfreeze-conditions",
        // a question telling the unfreeze done is past the services and the conditions: the transfer-out answers it
        "保证金已经解冻了 转出的钱到哪     | deposit.transfer-out",
        "解冻以后钱怎么转出来          | deposit.transfer-out",
    })
    void aQuestionGivingTheReasonIsAnswered(String question, String faqId) {
        Turn t = talk.say(question);
        assertEquals(faqId, t.reply().faqId(), question);
        assertNull(t.reply().flow());
    }

    /**
     * A first message that tells the case plainly (no 'not', no doubt: 快递揽收晚了) is walked from that case: the
     * flow's step for it answers, with the same words as the entry, and the flow is done (a doubt keeps the entry's
     * answer above, and so does a case told only inside the question; a 'not' that is the case itself, 停产了发不了货, does
     * not — twenty-fifth session, phrases.yaml {@code not-denying}: the step says 这种情况属于申诉无效的场景 before the same
     * list).
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "快递揽收晚了被扣分 能申诉吗  | valid",
        // an inability beside the case (发不了货) is what happened, not a doubt of it ('inability' cues)
        "活动价设低了发不了货被扣分 能申诉吗 | invalid",
        "停产了发不了货 能申诉吗      | invalid",
    })
    void aQuestionTellingTheCasePlainlyIsWalkedToItsAnswer(String question, String step) {
        Turn t = talk.say(question);
        assertEquals("appeal-check", t.reply().flow().id(), question);
        assertEquals(step, t.reply().flow().step(), question);
        assertTrue(t.reply().flow().done(), question);
    }
}
