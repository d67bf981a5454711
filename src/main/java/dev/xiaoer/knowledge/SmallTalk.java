package dev.xiaoer.knowledge;

import java.util.List;

/**
 * A kind of small talk (greeting, thanks, goodbye…): the phrases that are it, and the reply;
 * {@code beside}: it is also said beside a statement that asks nothing (好的 我去找网点开证明 谢谢).
 */
public record SmallTalk(String name, List<String> phrases, String reply, boolean beside) {
    public SmallTalk {
        phrases = List.copyOf(phrases);
    }
}
