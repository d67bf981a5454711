package dev.xiaoer.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownConversationsTest {

    @Test
    void nothingIsSurelyAbsentBeforeTheFileIsListed() {
        KnownConversations known = new KnownConversations(0);
        assertFalse(known.surelyAbsent("c-1"));
        known.loaded();
        assertTrue(known.surelyAbsent("c-1"));
    }

    @Test
    void whatWasAddedIsNeverSurelyAbsentAndMostOfTheRestIs() {
        KnownConversations known = new KnownConversations(10_000);
        for (int i = 0; i < 200_000; i++) { // twenty times what it was planned for
            known.add("dingtalk:cid" + i + "==");
        }
        known.add("web-会话-😀");
        known.add("");
        known.loaded();
        for (int i = 0; i < 200_000; i++) {
            assertFalse(known.surelyAbsent("dingtalk:cid" + i + "=="), "added " + i);
        }
        assertFalse(known.surelyAbsent("web-会话-😀"));
        assertFalse(known.surelyAbsent(""));
        int absent = 0;
        for (int i = 0; i < 100_000; i++) {
            absent += known.surelyAbsent("wecom:other" + i) ? 1 : 0;
        }
        assertTrue(absent > 99_000, absent + " of 100,000 new conversations found surely absent");
    }
}
