package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.text.ScriptConverter;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Matches a seller's whole short message against the conversation phrases of
 * {@code phrases.yaml}: handoff, cancel, resume, yes, no and small talk. A phrase matches only the
 * whole message (after width, case, script, punctuation and IM filler are evened out), never a
 * part of a longer question, so 退出 cancels but 怎么退出安心购 is a question.
 */
final class PhraseMatcher {
    /** Punctuation, spaces, controls, joiners, math/modifier symbols, marks; emoji (So) are kept. */
    private static final Pattern DROP = Pattern.compile("[\\p{P}\\p{Z}\\s\\p{Cc}\\p{Cf}\\p{Sm}\\p{Sk}\\p{Mn}\\p{Me}]+");

    private final ScriptConverter script;
    private final List<String> filler;
    private final Set<String> handoff;
    private final Set<String> cancel;
    private final Set<String> resume;
    private final Set<String> yes;
    private final Set<String> no;
    private final Map<SmallTalk, Set<String>> smalltalk = new LinkedHashMap<>();

    PhraseMatcher(Phrases phrases, ScriptConverter script) {
        this.script = script;
        this.filler = phrases.filler().stream().map(this::bare).filter(s -> !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.handoff = compactAll(phrases.handoff());
        this.cancel = compactAll(phrases.cancel());
        this.resume = compactAll(phrases.resume());
        this.yes = compactAll(phrases.yes());
        this.no = compactAll(phrases.no());
        for (SmallTalk st : phrases.smalltalk()) {
            smalltalk.put(st, compactAll(st.phrases()));
        }
    }

    /**
     * The last text each thread matched, with its bare and compact forms: a turn asks about the
     * same message a dozen times (handoff? small talk of each kind? cancel? resume? yes? no?).
     */
    private final ThreadLocal<String[]> lastForms = ThreadLocal.withInitial(() -> new String[3]);

    /** Width, case, script and punctuation evened out; no filler handling. */
    String bare(String text) {
        String[] last = forms(text);
        if (last[1] == null) {
            String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            s = script.toSimplified(s);
            last[1] = DROP.matcher(s).replaceAll("");
        }
        return last[1];
    }

    /** {@link #bare}, then IM filler trimmed off both ends (unless nothing would be left). */
    String compact(String text) {
        String[] last = forms(text);
        if (last[2] == null) {
            last[2] = trimFiller(bare(text));
        }
        return last[2];
    }

    /** This thread's memo, reset when the text is another. */
    private String[] forms(String text) {
        String[] last = lastForms.get();
        if (!text.equals(last[0])) {
            last[0] = text;
            last[1] = null;
            last[2] = null;
        }
        return last;
    }

    private String trimFiller(String bare) {
        String s = bare;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String f : filler) {
                if (s.length() > f.length() && s.startsWith(f)) {
                    s = s.substring(f.length());
                    changed = true;
                } else if (s.length() > f.length() && s.endsWith(f)) {
                    s = s.substring(0, s.length() - f.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    boolean isHandoff(String text) {
        return whole(handoff, text);
    }

    boolean isCancel(String text) {
        return whole(cancel, text);
    }

    boolean isResume(String text) {
        return whole(resume, text);
    }

    boolean isYes(String text) {
        return whole(yes, text);
    }

    boolean isNo(String text) {
        return whole(no, text);
    }

    Set<String> yesPhrases() {
        return yes;
    }

    Optional<SmallTalk> smalltalk(String text) {
        return smalltalk.entrySet().stream().filter(e -> whole(e.getValue(), text)).map(Map.Entry::getKey).findFirst();
    }

    private boolean whole(Set<String> phrases, String text) {
        String b = bare(text);
        return !b.isEmpty() && (phrases.contains(b) || phrases.contains(compact(text)));
    }

    private Set<String> compactAll(Collection<String> phrases) {
        return phrases.stream().map(this::bare).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
