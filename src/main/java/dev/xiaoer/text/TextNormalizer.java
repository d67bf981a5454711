package dev.xiaoer.text;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.SynonymRule;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser: turns what a seller typed into the forms the bot reads, once per message
 * ({@link #utterance}); and knowledge text into the forms it is matched in ({@link #basic},
 * {@link #normalize}). Full width to half width, lower case, dates in figures or English in words
 * (10/28 → 10月28号, {@link WrittenDates}), Traditional to Simplified, punctuation and emoji to spaces,
 * Cantonese written forms read as Mandarin ({@code dialect} in phrases.yaml: 冇 → 没有, 咗 → 了), IM filler
 * trimmed, and every synonym rewritten to its canonical form. Immutable and thread-safe; a knowledge
 * reload makes a new one.
 */
public final class TextNormalizer {
    /** Punctuation, symbols (emoji included), separators, controls: what separates phrases in {@link Utterance#basic}. */
    /** Punctuation, symbols, spaces and control or unassigned characters: what separates a message's phrases. */
    private static final String NOISE_CHARS = "\\p{P}\\p{S}\\p{Z}\\s\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}";
    private static final Pattern NOISE = Pattern.compile("[" + NOISE_CHARS + "]+");
    /** Punctuation, separators, controls, joiners, math/modifier symbols, marks: what {@link Utterance#bare} drops; emoji (So) are kept. */
    private static final Pattern DROP = Pattern.compile("[\\p{P}\\p{Z}\\s\\p{Cc}\\p{Cf}\\p{Sm}\\p{Sk}\\p{Mn}\\p{Me}]+");

    private final ScriptConverter script;
    /** Cantonese written forms and the Mandarin each reads as, in Simplified script: applied before anything else reads a text. */
    private final Map<String, String> dialectRewrites;
    private final LongestMatch dialect;
    /** IM filler in {@link #basic} form without spaces, longest first: trimmed off each phrase of {@link Utterance#normalized}. */
    private final List<String> filler;
    /** IM filler in {@link Utterance#bare} form, distinct, longest first: trimmed off {@link Utterance#compact}. */
    private final List<String> bareFiller;
    /** Each synonym's canonical form, by synonym. */
    private final Map<String, String> rewrites;
    private final LongestMatch synonyms;
    /**
     * Where a message typed as one run, with no punctuation or space at all (voice-to-text: 保证金怎么退子服务都关了订单都交易成功了),
     * breaks into the phrases it says ({@code run-on-message} in phrases.yaml, optional; zero-width), or null.
     */
    private final Pattern runOnBreak;
    /**
     * A Cantonese sentence-final particle Mandarin writes as its 'how' (发唔到货咋: only that), taken out before Cantonese is
     * read as Mandarin ({@code dialect-final} in phrases.yaml, optional), or null.
     */
    private final Pattern dialectFinal;

    public TextNormalizer(KnowledgeBase knowledge, ScriptConverter script) {
        this.script = script;
        this.runOnBreak = knowledge.phrases().patterns().get("run-on-message");
        this.dialectFinal = knowledge.phrases().patterns().get("dialect-final");
        Map<String, String> dialectMap = new HashMap<>();
        knowledge.phrases().dialect().forEach((from, to) -> {
            String f = script.toSimplified(fold(from)).strip();
            if (!f.isEmpty()) {
                dialectMap.putIfAbsent(f, script.toSimplified(fold(to)).strip());
            }
        });
        this.dialectRewrites = Map.copyOf(dialectMap);
        this.dialect = new LongestMatch(dialectMap.keySet());
        List<String> fillerWords = new ArrayList<>();
        for (String word : knowledge.phrases().filler()) {
            String w = basic(word).replace(" ", "");
            if (!w.isEmpty()) {
                fillerWords.add(w);
            }
        }
        fillerWords.sort(Comparator.comparingInt(String::length).reversed());
        this.filler = List.copyOf(fillerWords);
        this.bareFiller = knowledge.phrases().filler().stream().map(this::bare).filter(s -> !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        Map<String, String> map = new HashMap<>();
        for (SynonymRule rule : knowledge.synonyms()) {
            String to = key(rule.to());
            for (String from : rule.from()) {
                String f = key(from);
                if (!f.isEmpty() && !f.equals(to)) {
                    map.putIfAbsent(f, to);
                }
            }
        }
        // every canonical form reads as itself: a variant inside one (订单 in 订单号) does not cut it up
        for (SynonymRule rule : knowledge.synonyms()) {
            String to = key(rule.to());
            if (!to.isEmpty()) {
                map.putIfAbsent(to, to);
            }
        }
        this.rewrites = Map.copyOf(map);
        this.synonyms = new LongestMatch(map.keySet());
    }

    /** Every normal form of a seller's message, computed once: see {@link Utterance} for which is for what. */
    public Utterance utterance(String raw) {
        String folded = fold(raw);
        String converted = script.toSimplified(folded);
        String simplified = mandarin(converted);
        // (a run-on message is read phrase by phrase where it breaks; retrieval reads it as typed)
        String phrased = brokenRunOn(simplified);
        String basic = spaced(phrased);
        String bare = DROP.matcher(simplified).replaceAll("");
        // the script is the raw text's: folding can change which characters it has (a compatibility ideograph), and
        // reading Cantonese forms as Mandarin (全部关咗 → 全部关了) changes no script
        boolean traditional = folded.equals(raw) ? !converted.equals(raw) : script.isTraditional(raw);
        String[] forms = normalizedForms(phrased);
        String retrieval = phrased == simplified ? forms[1] : normalizedForms(simplified)[1];
        return new Utterance(raw, basic, bare, trimFillerKeepingSome(bare), forms[0], retrieval, traditional);
    }

    /** A run of 16 characters or more with no separator: the shortest {@link #runOnBreak} is looked for in. */
    private static final Pattern LONG_RUN = Pattern.compile("[^" + NOISE_CHARS + "]{16,}");

    /**
     * {@code simplified} with each of its runs of 16 characters or more that hold no punctuation or space broken where
     * {@link #runOnBreak} says (a voice message's one long run, also beside a short question typed after a space:
     * …运费我们出让他到付7天内寄回吊牌包装不能拆 还要确认啥); else itself.
     */
    private String brokenRunOn(String simplified) {
        if (runOnBreak == null) {
            return simplified;
        }
        String broken = LONG_RUN.matcher(simplified)
                .replaceAll(run -> Matcher.quoteReplacement(runOnBreak.matcher(run.group()).replaceAll(" ")));
        return broken.equals(simplified) ? simplified : broken;
    }

    /** {@link Utterance#basic} of some text: width, case, script and noise only. Knowledge phrases are compared in this form. */
    public String basic(String text) {
        return spaced(simplified(text));
    }

    /** {@link Utterance#normalized} of some text, alone (retrieval indexes the knowledge in {@link #retrievalForm}). */
    public String normalize(String text) {
        return normalizedForms(simplified(text))[0];
    }

    /** {@link Utterance#retrieval} of some text, alone: {@link #normalize}, a code-mixed message's word spaces joined. */
    public String retrievalForm(String text) {
        return normalizedForms(simplified(text))[1];
    }

    private String bare(String text) {
        return DROP.matcher(simplified(text)).replaceAll("");
    }

    /** {@code text} folded, in Simplified script and with its Cantonese forms read as Mandarin. */
    private String simplified(String text) {
        return mandarin(script.toSimplified(fold(text)));
    }

    /**
     * Cantonese written forms as the Mandarin they say (冇投诉 → 没有投诉, 全部关咗 → 全部关了): at each place, left to
     * right, the longest form that starts there. A Mandarin word listed as itself (联系, 系统, 这边) is kept whole when
     * it starts where no longer form does; the map's forms are chosen so that none overlaps such a word from the left.
     */
    private String mandarin(String simplified) {
        String particlesOut = dialectFinal == null || simplified.indexOf('咋') < 0 ? simplified
                : dialectFinal.matcher(simplified).replaceAll("");
        return replaceLongest(particlesOut, dialect, dialectRewrites);
    }

    private static String fold(String text) {
        return percents(WrittenDates.rewrite(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)));
    }

    /** A share written with a percent sign (90%), which punctuation dropping would leave a bare number: 百分之90. */
    private static final Pattern HUNDRED_PERCENT = Pattern.compile("(?<![0-9.])100\\s?%");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?%");

    private static String percents(String text) {
        // (a hundred percent is all, not a share: 100%都关了)
        String out = text.indexOf('%') < 0 ? text : PERCENT.matcher(HUNDRED_PERCENT.matcher(text).replaceAll("全部")).replaceAll("百分之$1");
        return out.indexOf("ago") < 0 ? out : agos(out);
    }

    /** A length of time ago told in English in digits (2 months ago, 45 days ago): the Chinese the date readers know (2个月前). */
    private static final Pattern AGO = Pattern.compile("(\\d+)\\s*(month|week|day)s?\\s+ago");

    private static String agos(String text) {
        Matcher m = AGO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = switch (m.group(2)) {
                case "month" -> "个月前";
                case "week" -> "周前";
                default -> "天前";
            };
            m.appendReplacement(out, m.group(1) + unit);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String spaced(String simplified) {
        return NOISE.matcher(simplified).replaceAll(" ").strip();
    }

    /**
     * A synonym's form as it is looked up: {@link #basic}, without spaces, except between Latin
     * words (tracking number), which a message also separates.
     */
    private String key(String form) {
        String b = basic(form);
        StringBuilder out = new StringBuilder(b.length());
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c != ' ' || i > 0 && i + 1 < b.length() && latin(b.charAt(i - 1)) && latin(b.charAt(i + 1))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A Latin letter or digit: a word of them is only matched whole. */
    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /**
     * The two normalised forms of a text already {@link #simplified}: its phrases (cut at punctuation, symbols and spaces,
     * as {@link #basic} cuts them), each with filler trimmed off its ends and its synonyms rewritten ({@link
     * Utterance#normalized}); and the same with a Latin word that a synonym writes in Chinese joined to the Chinese it was
     * typed beside with a space only ({@link Utterance#retrieval}: 我的 deposit 什么时候能 refund → 我的保证金什么时候能退款):
     * a code-mixed message's spaces separate words, not phrases, and its character pairs then meet the knowledge's as the
     * same message typed in Chinese does. Spaces between Chinese, punctuation, and a Latin word left as it is (ok 下一步呢)
     * separate phrases in both.
     */
    private String[] normalizedForms(String simplified) {
        StringBuilder out = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        StringBuilder run = new StringBuilder();
        // whether the separator before the run, and before the segment read now, is only spaces between a Latin letter or
        // digit and another script (a word space of a code-mixed message)
        boolean runSoft = false;
        boolean soft = false;
        Matcher m = NOISE.matcher(simplified);
        int from = 0;
        while (from <= simplified.length()) {
            int end;
            int next;
            boolean found = m.find(from);
            if (found) {
                end = m.start();
                next = m.end();
            } else {
                end = simplified.length();
                next = simplified.length() + 1;
            }
            String segment = simplified.substring(from, end);
            String kept = segment.isEmpty() ? "" : trimFiller(segment);
            if (!kept.isEmpty()) {
                // Latin words in a row are one run, so that a synonym of several words (tracking number) is found
                if (run.length() > 0 && latin(run.charAt(run.length() - 1)) && latin(kept.charAt(0))) {
                    run.append(' ').append(kept);
                } else {
                    flush(run, out, joined, runSoft);
                    run.append(kept);
                    runSoft = soft;
                }
            }
            // (a phrase trimmed away, filler only, leaves a phrase break: what stood beside it is not joined)
            soft = found && !kept.isEmpty() && kept.equals(segment) && next < simplified.length()
                    && wordSpace(simplified, m.start(), m.end());
            from = next;
        }
        flush(run, out, joined, runSoft);
        return new String[] {out.toString(), joined.toString()};
    }

    /** Whether {@code text}'s separator from {@code start} to {@code end} is only spaces between a Latin character and another script. */
    private static boolean wordSpace(String text, int start, int end) {
        if (start == 0 || end >= text.length() || !text.substring(start, end).isBlank()) {
            return false;
        }
        return latin(text.charAt(start - 1)) != latin(text.charAt(end));
    }

    /**
     * Appends the run, its synonyms rewritten, after a space to {@code out}; and to {@code joined} with none when
     * {@code soft} (a code-mixed word space before it) and the rewriting left Chinese on both sides of it.
     */
    private void flush(StringBuilder run, StringBuilder out, StringBuilder joined, boolean soft) {
        if (run.length() > 0) {
            String rewritten = rewrite(run.toString());
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(rewritten);
            if (joined.length() > 0 && !(soft && !latin(joined.charAt(joined.length() - 1)) && !latin(rewritten.charAt(0))
                    && joined.charAt(joined.length() - 1) != ' ' && rewritten.charAt(0) != ' ')) {
                joined.append(' ');
            }
            joined.append(rewritten);
            run.setLength(0);
        }
    }

    /** Filler off the ends of one phrase, one word at a time, longest first, down to nothing if it is all filler. */
    private String trimFiller(String segment) {
        String s = segment;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String f : filler) {
                if (s.startsWith(f)) {
                    s = s.substring(f.length());
                    changed = true;
                    break;
                }
                if (s.endsWith(f)) {
                    s = s.substring(0, s.length() - f.length());
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** False when a match that begins or ends with a Latin letter or digit runs on into another. */
    private static boolean whole(String s, int at, int length) {
        int end = at + length;
        return !(at > 0 && latin(s.charAt(at - 1)) && latin(s.charAt(at)))
                && !(end < s.length() && latin(s.charAt(end)) && latin(s.charAt(end - 1)));
    }

    /**
     * Filler off both ends of a bare message, every filler word in turn, never the last of it: a
     * message that is only filler (在吗, 谢谢) is itself what a phrase list matches.
     */
    private String trimFillerKeepingSome(String bare) {
        String s = bare;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String f : bareFiller) {
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

    /** Every synonym rewritten to its canonical form ({@link #replaceLongest}). */
    private String rewrite(String s) {
        return replaceLongest(s, synonyms, rewrites);
    }

    /**
     * {@code s} with the {@code words} found in it replaced by their entries in {@code to}: longest match first, left
     * to right; rewritten text is not rewritten again. A word that begins or ends with a Latin letter or digit is only
     * matched as a whole word (ems, not the end of items). {@code s} itself when none is found.
     */
    private static String replaceLongest(String s, LongestMatch words, Map<String, String> to) {
        if (words.isEmpty()) {
            return s;
        }
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            String from = words.at(s, i);
            if (from != null && !whole(s, i, from.length())) {
                from = null;
            }
            if (from == null) {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
            } else {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(to.get(from));
                i += from.length();
            }
        }
        return out == null ? s : out.toString();
    }
}
