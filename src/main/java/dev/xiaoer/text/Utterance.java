package dev.xiaoer.text;

import java.util.Objects;

/**
 * One seller message in every normal form the bot reads, made once when the message arrives by
 * {@link TextNormalizer#utterance} and handed to everything that reads it (conversation phrases,
 * flow step answers, retrieval), so that no reader normalises the message again. Immutable.
 *
 * <p>Every form but {@code raw} is width and case folded (NFKC, so {@code ＯＫ２４Ｈ} reads
 * {@code ok24h}; lower case) and in Simplified script (OpenCC), so that {@code 保證金} and
 * {@code 保证金} are one word. They differ in what they keep of punctuation, symbols, emoji, IM
 * filler (亲, 请问, 在吗, 啊…, from {@code phrases.yaml: filler}) and synonyms:
 *
 * <table>
 * <caption>Which form is for what</caption>
 * <tr><th>form</th><th>{@code 亲～運單號填錯了👍！}</th><th>read by</th></tr>
 * <tr><td>{@link #basic}</td><td>{@code 亲 运单号填错了}</td><td>anything comparing text phrase by phrase</td></tr>
 * <tr><td>{@link #bare}</td><td>{@code 亲运单号填错了👍}</td><td>matching the whole message to a phrase list (yes, no, 👍)</td></tr>
 * <tr><td>{@link #compact}</td><td>{@code 运单号填错了👍}</td><td>the same, with IM filler forgiven</td></tr>
 * <tr><td>{@link #normalized}</td><td>{@code 运单号填错了}</td><td>the dialogue's readers, phrase by phrase</td></tr>
 * <tr><td>{@link #retrieval}</td><td>{@code 运单号填错了}</td><td>retrieval: its features are cut from this form</td></tr>
 * </table>
 *
 * @param raw            exactly what the seller typed
 * @param basic          folded; every run of punctuation, symbols (emoji included), spaces and controls
 *                       becomes one space, so the spaces separate the message's phrases; trimmed. A message
 *                       typed as one run, with no separator at all, is also broken where phrases.yaml's
 *                       {@code run-on-message} says (voice-to-text). The form knowledge phrases are compared in.
 * @param bare           folded; punctuation, spaces, controls, joiners, math and modifier symbols and
 *                       combining marks removed, but emoji and other symbols (👍, 👌, ✓) kept: a
 *                       message of an emoji alone still says something. Empty when the message says
 *                       nothing at all.
 * @param compact        {@link #bare} with IM filler trimmed off both ends as long as something is left
 *                       ({@code 亲保证金怎么退呀} → {@code 保证金怎么退}, but
 *                       {@code 在吗} stays {@code 在吗}), so that a phrase
 *                       list can also match a message wrapped in filler
 * @param normalized     the canonical text for matching: {@link #basic}, with IM filler trimmed off
 *                       the ends of each phrase (a phrase of filler only is dropped), and every synonym
 *                       of {@code synonyms.txt} rewritten to its canonical form (押金 → 保证金,
 *                       快递单号 → 运单号), longest first; phrases separated by one space. Empty for a
 *                       message of filler only.
 * @param retrieval      {@link #normalized} (a run-on message as typed, not broken), but for a Latin word a synonym writes in Chinese, typed between Chinese
 *                       words with spaces only: it is joined to them ({@code 我的 deposit 什么时候能 refund} →
 *                       {@code 我的保证金什么时候能退款}), as the same message typed in Chinese reads. What retrieval
 *                       cuts its features from; the same as {@link #normalized} for a message with no such word.
 * @param traditional    the message has characters that read differently once simplified: it is written
 *                       in Traditional script, and the reply should be too. Whether a message that is
 *                       not has Simplified-only characters ({@link ScriptConverter#isSimplifiedOnly})
 *                       is asked only in a Traditional conversation, so that a Simplified one never
 *                       needs OpenCC's dictionaries.
 */
public record Utterance(String raw, String basic, String bare, String compact, String normalized, String retrieval,
                        boolean traditional) {
    public Utterance {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(basic, "basic");
        Objects.requireNonNull(bare, "bare");
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(retrieval, "retrieval");
    }
}
