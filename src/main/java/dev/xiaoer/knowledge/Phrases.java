package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The conversation words of {@code knowledge/phrases.yaml}: small talk, requests for a person,
 * cancel and resume words, yes and no, IM filler and function words that carry no meaning for
 * matching, questions known to be out of scope (so that the bot declines them rather than answer a
 * neighbour), and the bot's own canned messages.
 */
public record Phrases(List<SmallTalk> smalltalk, List<String> handoff, List<String> cancel,
                      List<String> resume, List<String> yes, List<String> no, List<String> filler,
                      List<String> stopwords, List<String> outOfScope,
                      Map<String, String> messages) {

    public Phrases {
        smalltalk = List.copyOf(smalltalk);
        handoff = List.copyOf(handoff);
        cancel = List.copyOf(cancel);
        resume = List.copyOf(resume);
        yes = List.copyOf(yes);
        no = List.copyOf(no);
        filler = List.copyOf(filler);
        stopwords = List.copyOf(stopwords);
        outOfScope = List.copyOf(outOfScope);
        messages = Map.copyOf(messages);
    }

    /** The canned message {@code key} with {@code {name}} placeholders filled; the key itself if missing. */
    public String message(String key, Map<String, String> values) {
        String text = messages.getOrDefault(key, key);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    public String message(String key) {
        return message(key, Map.of());
    }
}
