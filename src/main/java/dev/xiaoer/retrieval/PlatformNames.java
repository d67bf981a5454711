package dev.xiaoer.retrieval;

import dev.xiaoer.knowledge.Scope;
import dev.xiaoer.text.LongestMatch;
import dev.xiaoer.text.TextNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform names of {@code scope.yaml} in the form messages are read in: 1688's names (`platform`), other
 * platforms' (`other-platforms`) and the words that hold one but are not about it (`not-platforms`: 京东快递). Tells
 * which other platform a message is about. Immutable and thread-safe.
 */
final class PlatformNames {
    /** What a platform name stands for: the platform of the knowledge, another one, or neither. */
    private record Name(String platform, boolean ours) {
        /** A platform other than the knowledge's own. */
        boolean another() {
            return platform != null && !ours;
        }
    }

    private static final Name NOT_A_PLATFORM = new Name(null, false);

    /** No names: no message is about another platform. */
    static final PlatformNames NONE = new PlatformNames(Map.of());

    private final LongestMatch names;
    private final Map<String, Name> nameOf;

    private PlatformNames(Map<String, Name> nameOf) {
        this.names = new LongestMatch(nameOf.keySet());
        this.nameOf = nameOf;
    }

    static PlatformNames of(Scope scope, TextNormalizer normalizer) {
        Map<String, Name> nameOf = new HashMap<>();
        // names keep their spaces (tiktok shop): the text they are found in has its own
        scope.platform().forEach(n -> nameOf.put(normalizer.normalize(n), new Name(null, true)));
        scope.otherPlatforms().forEach((platform, list) ->
                list.forEach(n -> nameOf.putIfAbsent(normalizer.normalize(n), new Name(platform, false))));
        scope.notPlatforms().forEach(n -> nameOf.put(normalizer.normalize(n), NOT_A_PLATFORM));
        nameOf.remove("");
        return new PlatformNames(Map.copyOf(nameOf));
    }

    /** Whether {@code normalized} names another platform anywhere, whatever else it names (淘宝那边都关了，1688的呢). */
    boolean namesAnother(String normalized) {
        if (names.isEmpty()) {
            return false;
        }
        for (int i = 0; i < normalized.length(); ) {
            String w = names.at(normalized, i);
            if (w == null || !wholeWord(normalized, i, w.length())) {
                i++;
                continue;
            }
            if (nameOf.get(w).another()) {
                return true;
            }
            i += w.length();
        }
        return false;
    }

    /**
     * The other platform {@code normalized} text is about: the first one it names, when it names
     * none of the knowledge's own; null otherwise. A Latin name counts only as a whole word.
     */
    String otherPlatform(String normalized) {
        if (names.isEmpty()) {
            return null;
        }
        String other = null;
        for (int i = 0; i < normalized.length(); ) {
            String w = names.at(normalized, i);
            if (w == null || !wholeWord(normalized, i, w.length())) {
                i++;
                continue;
            }
            Name name = nameOf.get(w);
            if (name.ours()) {
                return null;
            }
            if (other == null && name.platform() != null) {
                other = name.platform();
            }
            i += w.length();
        }
        return other;
    }

    /**
     * The other platform a message is about: the one it names when it names none of the knowledge's
     * own; and when it names both, the one its asking phrases name without naming 1688 — the rest is
     * context (我1688和淘宝都有店，想问淘宝的保证金怎么退 asks about Taobao; 1688和淘宝都开了店，1688的保证金怎么退
     * and 之前做抖音的时候保证金退得挺快，1688这边是什么流程 ask about 1688).
     *
     * @param text   the message's normalised text, phrases separated by spaces
     * @param asking its asking phrases ({@link AskingParts#asking})
     */
    String askedAbout(String text, String asking) {
        String other = otherPlatform(text);
        if (other != null || asking.equals(text)) {
            return other;
        }
        if (namesAny(asking)) {
            return otherPlatform(asking);
        }
        // asking phrases that name no platform ask about the one the story named last, when its phrase names no other
        // (我们1688和快手小店都在做，快手那边被判了虚假发货扣了分，那个平台能申诉吗 asks about Kuaishou); a phrase that says
        // what it is not (在1688上交的保证金，不是淘宝的，怎么退) is passed over
        String[] phrases = text.split(" ");
        for (int i = phrases.length - 1; i >= 0; i--) {
            if (namesAny(phrases[i]) && !phrases[i].contains("不是")) {
                return otherPlatform(phrases[i]);
            }
        }
        return null;
    }

    /** Whether {@code normalized} text names the knowledge's own platform (1688, 阿里巴巴), as a whole word. */
    boolean namesOurs(String normalized) {
        return names(normalized, Name::ours);
    }

    /**
     * {@code normalized} with every other platform it names taken out (拼多多的保证金怎么退 → 的保证金怎么退): the same question
     * asked of the knowledge's own platform.
     */
    String withoutOthers(String normalized) {
        StringBuilder kept = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); ) {
            String w = names.at(normalized, i);
            if (w != null && wholeWord(normalized, i, w.length()) && nameOf.get(w).another()) {
                kept.append(' ');
                i += w.length();
            } else {
                kept.append(normalized.charAt(i++));
            }
        }
        return kept.toString();
    }

    /** Whether {@code normalized} text names a platform, 1688 or another (a Latin name as a whole word). */
    boolean namesAny(String normalized) {
        return names(normalized, name -> name != NOT_A_PLATFORM);
    }

    /** Whether {@code normalized} text holds, as a whole word, a name of which {@code kind} holds. */
    private boolean names(String normalized, java.util.function.Predicate<Name> kind) {
        for (int i = 0; i < normalized.length(); i++) {
            String w = names.at(normalized, i);
            if (w != null && wholeWord(normalized, i, w.length()) && kind.test(nameOf.get(w))) {
                return true;
            }
        }
        return false;
    }

    /** False when a name that begins or ends with a Latin letter or digit runs on into one (jd in jdk, 1688 in 16888). */
    private static boolean wholeWord(String text, int at, int length) {
        int end = at + length;
        boolean before = at > 0 && latin(text.charAt(at - 1)) && latin(text.charAt(at));
        boolean after = end < text.length() && latin(text.charAt(end)) && latin(text.charAt(end - 1));
        return !before && !after;
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
