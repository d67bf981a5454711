package dev.xiaoer.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RepliesTest {
    private static final ScriptConverter SCRIPT = new ScriptConverter();
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result result = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(result.ok(), () -> result.problems().toString());
        kb = result.knowledge();
    }

    @Test
    void traditionalKeepsUrlsAndConvertsTheRest() {
        Replies replies = new Replies(kb, SCRIPT);
        String text = "保证金转出后请查看 https://example.com/a?b=发货 然后关闭服务";
        String once = replies.traditional(text);
        assertEquals("保證金轉出後請查看 https://example.com/a?b=发货 然後關閉服務", once);
        assertEquals(once, replies.traditional(text), "the remembered conversion is the same");
    }

    @Test
    void textsBeyondTheMemoAreStillConverted() {
        Replies replies = new Replies(kb, SCRIPT);
        for (int i = 0; i < Replies.TRADITIONAL_MEMO + 500; i++) {
            assertEquals("第" + i + "筆訂單發貨", replies.traditional("第" + i + "笔订单发货"));
        }
        assertEquals("第7筆訂單發貨", replies.traditional("第7笔订单发货"));
    }
}
