package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.store.TranscriptEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 200-conversation test over real HTTP with the REAL dialogue engine and knowledge: every
 * conversation walks a multi-step flow (deposit-refund with a stay, each waybill-fix branch, each
 * appeal-check option, return-checklist with a no then a yes, digressions with 继续, cancels), each
 * reply is checked as it comes (kind, flow id, step, done), the last one exactly, and afterwards each
 * conversation's stored transcript must be complete and in order: seller, bot, seller, bot… with the
 * texts said and the replies given.
 */
class RealFlowsConcurrentTest extends ConcurrentConversationsTest {

    /** What a reply must show; a null field is not checked, except {@code flow} where NONE means "no flow object". */
    record Expect(String kind, String flow, String step, Boolean done) {
        static final String NONE = "<none>";
    }

    record Say(String text, Expect expect) {
    }

    private static Say say(String text, String kind, String flow, String step, Boolean done) {
        return new Say(text, new Expect(kind, flow, step, done));
    }

    private static Say flow(String text, String flow, String step) {
        return say(text, "flow", flow, step, false);
    }

    private static Say end(String text, String flow, String step) {
        return say(text, "flow", flow, step, true);
    }

    private static final String DEPOSIT = "deposit-refund";
    private static final String WAYBILL = "waybill-fix";
    private static final String APPEAL = "appeal-check";
    private static final String RETURNS = "return-checklist";

    /** The conversation kinds; conversation i follows SCRIPTS[i % SCRIPTS.size()]. */
    static final List<List<Say>> SCRIPTS = List.of(
            // deposit-refund all the way to transfer-out, with a stay (a "no") on the way
            List.of(flow("保证金怎么退", DEPOSIT, "close-services"),
                    flow("还没关", DEPOSIT, "close-services"),
                    flow("都关了", DEPOSIT, "check-orders"),
                    flow("是的", DEPOSIT, "check-complaints"),
                    flow("没有投诉", DEPOSIT, "check-aftersales-window"),
                    flow("还不到30天", DEPOSIT, "check-aftersales-window"),
                    end("已经超过了", DEPOSIT, "transfer-out")),
            List.of(flow("押金怎么退回来", DEPOSIT, "close-services"),
                    flow("嗯嗯", DEPOSIT, "check-orders"),
                    flow("还没", DEPOSIT, "check-orders"),
                    flow("已经都完结了", DEPOSIT, "check-complaints"),
                    flow("还有一个投诉没结案", DEPOSIT, "check-complaints"),
                    flow("投诉都处理完了", DEPOSIT, "check-aftersales-window"),
                    end("超过30天了", DEPOSIT, "transfer-out")),
            // waybill-fix, every branch
            List.of(flow("运单号填错了怎么改", WAYBILL, "how-shipped"),
                    flow("自己联系的快递", WAYBILL, "self-situation"),
                    end("1", WAYBILL, "modify")),
            List.of(flow("物流单号怎么修改", WAYBILL, "how-shipped"),
                    flow("①", WAYBILL, "self-situation"),
                    end("②", WAYBILL, "fill-missing")),
            List.of(flow("单号填错了能改吗", WAYBILL, "how-shipped"),
                    flow("自己发的", WAYBILL, "self-situation"),
                    end("要补发", WAYBILL, "reship")),
            List.of(flow("快递单号写错了", WAYBILL, "how-shipped"),
                    end("线上发货", WAYBILL, "online")),
            // appeal-check, every option (by number, numeral and words)
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"), end("1", APPEAL, "invalid")),
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"), end("第二个", APPEAL, "invalid")),
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"), end("商品停产了", APPEAL, "invalid")),
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"), end("四", APPEAL, "invalid")),
            List.of(flow("对纠纷判责有异议怎么办", APPEAL, "reason"), end("是快递公司的原因", APPEAL, "valid")),
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"), end("6", APPEAL, "other")),
            // return-checklist: a "no" at each item, then yes (a bare yes right after the advice on a "no" takes it in)
            List.of(flow("退货需要约定哪些事项", RETURNS, "address"),
                    flow("还没有", RETURNS, "address"),
                    flow("确认好了", RETURNS, "shipping-fee"),
                    flow("没有", RETURNS, "shipping-fee"),
                    flow("嗯", RETURNS, "shipping-fee"),
                    flow("约定好了", RETURNS, "deadline-condition"),
                    flow("还没", RETURNS, "deadline-condition"),
                    end("都说好了", RETURNS, "wangwang")),
            // digressions answered inside the flow, then 继续 / 接着来
            List.of(flow("保证金怎么退", DEPOSIT, "close-services"),
                    say("官方直送怎么关？", "faq", DEPOSIT, "close-services", false),
                    flow("继续", DEPOSIT, "close-services"),
                    flow("关好了", DEPOSIT, "check-orders"),
                    say("售后受理期是多久", "faq", DEPOSIT, "check-orders", false),
                    flow("接着来", DEPOSIT, "check-orders"),
                    flow("是", DEPOSIT, "check-complaints")),
            List.of(flow("不认可维权处理结果怎么办", APPEAL, "reason"),
                    say("怎么更换支付宝", "faq", APPEAL, "reason", false),
                    flow("接着来", APPEAL, "reason"),
                    end("快递原因", APPEAL, "valid")),
            // cancels
            List.of(flow("保证金怎么退", DEPOSIT, "close-services"),
                    flow("是的", DEPOSIT, "check-orders"),
                    say("取消", "cancel", DEPOSIT, "check-orders", true),
                    say("你好", "smalltalk", Expect.NONE, null, null)),
            List.of(flow("退货要跟买家确认什么", RETURNS, "address"),
                    say("算了", "cancel", RETURNS, "address", true)),
            List.of(flow("运单号填错了怎么改", WAYBILL, "how-shipped"),
                    say("不用了", "cancel", WAYBILL, "how-shipped", true)));

    private static Dialogue engine;

    /** Replies as received, per conversation and turn, to compare with the stored transcript. */
    private final Map<Integer, JsonNode[]> received = new ConcurrentHashMap<>();

    @Override
    protected synchronized Dialogue dialogue() {
        if (engine == null) {
            KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
            assertTrue(loaded.ok(), () -> "knowledge problems: " + loaded.problems());
            engine = DialogueEngine.create(loaded.knowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
        }
        return engine;
    }

    private static List<Say> says(int i) {
        return SCRIPTS.get(i % SCRIPTS.size());
    }

    @Override
    protected List<String> script(int i) {
        return says(i).stream().map(Say::text).toList();
    }

    @Override
    protected void check(int i, int step, JsonNode reply) {
        received.computeIfAbsent(i, k -> new JsonNode[says(i).size()])[step] = reply;
        Say said = says(i).get(step);
        Expect e = said.expect();
        String where = "load-" + i + " turn " + (step + 1) + " (" + said.text() + ") -> " + reply;
        assertEquals("load-" + i, reply.path("conversationId").asText(), where);
        assertEquals("m-" + step, reply.path("msgId").asText(), where);
        if (e.kind() != null) {
            assertEquals(e.kind(), reply.path("kind").asText(), where + ": kind");
        }
        JsonNode flow = reply.path("flow");
        if (Expect.NONE.equals(e.flow())) {
            assertTrue(flow.isNull() || flow.isMissingNode(), where + ": flow should be null");
            return;
        }
        if (e.flow() != null || e.step() != null || e.done() != null) {
            assertTrue(flow.isObject(), where + ": flow missing");
        }
        if (e.flow() != null) {
            assertEquals(e.flow(), flow.path("id").asText(), where + ": flow id");
        }
        if (e.step() != null) {
            assertEquals(e.step(), flow.path("step").asText(), where + ": step");
        }
        if (e.done() != null) {
            assertEquals(e.done(), flow.path("done").asBoolean(), where + ": done");
        }
    }

    @Override
    protected void checkTranscript(int i, List<TranscriptEntry> transcript) {
        List<Say> says = says(i);
        JsonNode[] replies = received.get(i);
        assertNotNull(replies, "load-" + i + ": no replies received");
        assertEquals(2 * says.size(), transcript.size(), "load-" + i + ": transcript " + transcript);
        for (int t = 0; t < says.size(); t++) {
            TranscriptEntry seller = transcript.get(2 * t);
            TranscriptEntry bot = transcript.get(2 * t + 1);
            String where = "load-" + i + " turn " + (t + 1);
            assertEquals(TranscriptEntry.Role.SELLER, seller.role(), where);
            assertEquals(says.get(t).text(), seller.text(), where);
            assertEquals("m-" + t, seller.msgId(), where);
            assertEquals(TranscriptEntry.Role.BOT, bot.role(), where);
            assertEquals("m-" + t, bot.msgId(), where);
            assertEquals(replies[t].path("kind").asText(), bot.kind(), where);
            assertEquals(replies[t].path("text").asText(), bot.text(), where);
            assertTrue(!bot.at().isBefore(seller.at()), where + ": reply stored before the message");
            if (t > 0) {
                assertTrue(!seller.at().isBefore(transcript.get(2 * t - 1).at()), where + ": out of order");
            }
        }
        // the last reply is exactly where the script ends
        Expect last = says.get(says.size() - 1).expect();
        JsonNode end = replies[says.size() - 1];
        assertEquals(last.kind(), end.path("kind").asText(), "load-" + i + " final kind");
    }
}
