package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.text.ScriptConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording side of replies: canned messages from {@code phrases.yaml}, a flow step's prompt and
 * quick replies, related entries, and the conversion of a whole reply into Traditional script
 * (URLs and bracketed menu paths are kept as written).
 */
final class Replies {
    private static final Pattern KEEP = Pattern.compile("https?://\\S+");
    /** Texts converted to Traditional that are remembered: the knowledge's answers and prompts fit many times over. */
    static final int TRADITIONAL_MEMO = 4096;

    private final KnowledgeBase kb;
    private final Phrases phrases;
    private final ScriptConverter script;
    /**
     * Replies come from a fixed knowledge version, so the same texts are converted again and again;
     * this remembers them (a few hundred strings), and stops growing at {@link #TRADITIONAL_MEMO}
     * for texts that vary.
     */
    private final Map<String, String> traditionalTexts = new ConcurrentHashMap<>();

    Replies(KnowledgeBase kb, ScriptConverter script) {
        this.kb = kb;
        this.phrases = kb.phrases();
        this.script = script;
    }

    String message(String key) {
        return phrases.message(key);
    }

    String message(String key, Map<String, String> values) {
        return phrases.message(key, values);
    }

    /** What the bot says to ask a step: its text, and for a choice step the numbered options. */
    String prompt(FlowStep step) {
        StringBuilder text = new StringBuilder(step.say().strip());
        if (step.expect() == FlowStep.Expect.CHOICE) {
            for (int i = 0; i < step.choices().size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(step.choices().get(i).label());
            }
        }
        return text.toString();
    }

    /** The quick replies a step offers: its own, else a choice step's labels. */
    List<Object> options(FlowStep step) {
        if (!step.quickReplies().isEmpty()) {
            return List.copyOf(step.quickReplies());
        }
        if (step.expect() == FlowStep.Expect.CHOICE) {
            return step.choices().stream().map(c -> (Object) c.label()).toList();
        }
        return List.of();
    }

    /** The options a re-ask lists: numbered labels of a choice step, else its quick replies. */
    String reaskOptions(FlowStep step) {
        if (step.expect() == FlowStep.Expect.CHOICE) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < step.choices().size(); i++) {
                items.add((i + 1) + ". " + step.choices().get(i).label());
            }
            return String.join("  ", items);
        }
        return String.join(" / ", step.quickReplies().stream().map(q -> "「" + q + "」").toList());
    }

    List<Related> related(FaqEntry entry) {
        List<Related> related = new ArrayList<>();
        for (String id : entry.related()) {
            kb.faq(id).ifPresent(f -> related.add(new Related(f.id(), f.question())));
        }
        return related;
    }

    static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }

    /** The reply in Traditional script: text, quick replies, options and related questions. */
    Reply toTraditional(Reply reply) {
        List<Object> options = reply.options().stream()
                .map(o -> o instanceof Related r ? (Object) traditional(r) : (Object) traditional(String.valueOf(o)))
                .toList();
        List<Related> related = reply.related().stream().map(this::traditional).toList();
        return new Reply(reply.conversationId(), reply.msgId(), reply.kind(), traditional(reply.text()), reply.faqId(),
                reply.confidence(), options, reply.flow(), related);
    }

    private Related traditional(Related r) {
        return new Related(r.faqId(), traditional(r.question()));
    }

    /** Converts text to Traditional, leaving URLs and [menu paths] exactly as written. */
    String traditional(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String known = traditionalTexts.get(text);
        if (known != null) {
            return known;
        }
        String converted = convert(text);
        if (traditionalTexts.size() < TRADITIONAL_MEMO) {
            traditionalTexts.putIfAbsent(text, converted);
        }
        return converted;
    }

    private String convert(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = KEEP.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(script.toTraditional(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        out.append(script.toTraditional(text.substring(at)));
        return out.toString();
    }
}
