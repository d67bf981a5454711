package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Scope;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a search asks of its candidates by ordinal is what the scope rules say of each phrasing. */
class PhrasingTopicsTest {

    @Test
    void everyPhrasingIsOffTopicAndUnaskedExactlyAsTheScopeSays() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        TextNormalizer normalizer = new TextNormalizer(kb, new ScriptConverter());
        Retriever retriever = Retriever.build(kb, normalizer, RetrievalSettings.defaults());
        ScopeRules scope = retriever.scope();
        FaqIndex index = retriever.index();
        PhrasingTopics topics = PhrasingTopics.of(index, scope);
        List<String> messages = List.of("保证金怎么退", "运单号填错了", "保证金的客服电话是多少 运单号怎么改", "支付宝换绑",
                "想申诉一个发货的处罚 怎么弄", "这个处罚能申诉几次", "怎么报名大促活动", "好的");
        int outOfScope = 0;
        int offTopic = 0;
        for (String m : messages) {
            String text = normalizer.normalize(m);
            BitSet named = scope.named(text);
            List<Scope.Aspect> asked = scope.asked(text);
            for (int ord = 0; ord < index.phrasingCount(); ord++) {
                Phrasing p = index.phrasing(ord);
                assertEquals(scope.offTopic(p, named), topics.offTopic(ord, named), m + " / " + p.text());
                assertEquals(scope.unasked(p, asked), topics.unasked(ord, asked), m + " / " + p.text());
                outOfScope += p.outOfScope() ? 1 : 0;
                offTopic += topics.offTopic(ord, named) ? 1 : 0;
            }
        }
        assertTrue(outOfScope > 0 && offTopic > 0, "the messages reach both kinds of phrasing and both answers");
    }
}
