package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** Short messages are searched once, longer ones every time, and what is kept is bounded. */
class ShortMessagesTest {
    private final AtomicInteger searches = new AtomicInteger();
    private final BiFunction<String, String, Retrieval> search = (normalized, raw) -> {
        searches.incrementAndGet();
        return new Retrieval(Retrieval.Decision.FALLBACK, List.of(), List.of(), 0, normalized);
    };

    @Test
    void aShortMessageSeenBeforeIsNotSearchedAgain() {
        ShortMessages memo = new ShortMessages();
        Retrieval first = memo.retrieval("是", "是", search);
        assertSame(first, memo.retrieval("是", "是", search));
        assertEquals(1, searches.get());
        // the same raw text read another way (a clause taken out) is another search
        memo.retrieval("是的", "是", search);
        assertEquals(2, searches.get());
    }

    @Test
    void aLongerMessageIsSearchedEveryTime() {
        ShortMessages memo = new ShortMessages();
        String question = "保证金怎么退";
        memo.retrieval(question, question, search);
        memo.retrieval(question, question, search);
        assertEquals(2, searches.get());
    }

    @Test
    void pastTheBoundNewMessagesAreSearchedEveryTime() {
        ShortMessages memo = new ShortMessages();
        for (int i = 0; i < ShortMessages.MAX_ENTRIES; i++) {
            memo.retrieval(Integer.toString(i), Integer.toString(i), search);
        }
        int before = searches.get();
        memo.retrieval("好的", "好的", search);
        memo.retrieval("好的", "好的", search);
        assertEquals(before + 2, searches.get());
        memo.retrieval("0", "0", search); // kept before the bound
        assertEquals(before + 2, searches.get());
    }
}
