package dev.xiaoer.channel;

import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * A reply as plain text for platforms without buttons: its text, then its options one a line —
 * clarify options numbered (a reply of {@code 1}, {@code 2}… picks one), quick replies as bullets
 * (the seller types or pastes one).
 */
public final class ReplyText {
    private ReplyText() {
    }

    public static String of(Reply reply) {
        StringBuilder out = new StringBuilder(reply.text());
        List<String> options = options(reply);
        boolean numbered = numbered(reply);
        for (int i = 0; i < options.size(); i++) {
            out.append(i == 0 ? "\n\n" : "\n").append(numbered ? (i + 1) + ". " : "· ").append(options.get(i));
        }
        return out.toString();
    }

    /** The options as a seller reads them (a clarify option's question). */
    public static List<String> options(Reply reply) {
        List<String> out = new ArrayList<>(reply.options().size());
        for (Object o : reply.options()) {
            out.add(o instanceof Related r ? r.question() : String.valueOf(o));
        }
        return out;
    }

    /** Whether the options are picked by number (clarify). */
    public static boolean numbered(Reply reply) {
        return reply.options().stream().anyMatch(o -> o instanceof Related);
    }
}
