package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.FlowStep;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.Retrieval;
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
    /**
     * What a Traditional reply keeps as written: URLs, and menu paths in brackets ([履约-发货管理],
     * 【卖家中心 > 售后管理】), because 1688's pages show their menus in Simplified script and a seller
     * looks for the words exactly as they appear on screen.
     */
    private static final Pattern KEEP = Pattern.compile("https?://\\S+|\\[[^\\]\\n]{1,40}]|【[^】\\n]{1,40}】");
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

    /** What the bot says to ask a step: its text, and for a choice the numbered options. */
    String prompt(FlowStep step) {
        StringBuilder text = new StringBuilder(step.say().strip());
        if (step.isChoice()) {
            List<String> labels = step.labels();
            for (int i = 0; i < labels.size(); i++) {
                text.append('\n').append(i + 1).append(". ").append(labels.get(i));
            }
        }
        return text.toString();
    }

    /** The quick replies a step offers: its options' labels. */
    List<String> options(FlowStep step) {
        return step.labels();
    }

    /** The options a re-ask lists: numbered for a choice, else each quoted. */
    String reaskOptions(FlowStep step) {
        List<String> labels = step.labels();
        if (step.isChoice()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                items.add((i + 1) + ". " + labels.get(i));
            }
            return String.join("  ", items);
        }
        return String.join(" / ", labels.stream().map(q -> "「" + q + "」").toList());
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
        return reply.converted(this::traditional);
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

    /**
     * The clarify's words for retrieval's {@code r}: the scope's lead for a vague fragment (the menu, or
     * its likely topics), else the clarify message; each option numbered; in a flow, how to go back.
     */
    String clarify(Retrieval r, boolean inFlow) {
        String lead = r.decline() != Retrieval.Decline.VAGUE ? null
                : kb.scope().reply(r.detail().equals(Retrieval.MENU) ? "menu" : "vague", Map.of()).orElse(null);
        StringBuilder text = new StringBuilder(lead != null ? lead : message("clarify").strip());
        int n = 1;
        for (Candidate c : r.options()) {
            text.append('\n').append(n++).append(". ").append(c.question());
        }
        if (inFlow) {
            text.append('\n').append(message("digression-hint").strip());
        }
        return text.toString();
    }
}
