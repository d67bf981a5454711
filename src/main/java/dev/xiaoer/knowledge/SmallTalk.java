package dev.xiaoer.knowledge;

import java.util.List;

/** A kind of small talk (greeting, thanks, goodbye…): the phrases that are it, and the reply. */
public record SmallTalk(String name, List<String> phrases, String reply) {
    public SmallTalk {
        phrases = List.copyOf(phrases);
    }
}
