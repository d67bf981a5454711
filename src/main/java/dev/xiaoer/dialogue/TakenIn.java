package dev.xiaoer.dialogue;

import dev.xiaoer.knowledge.Phrases;
import dev.xiaoer.knowledge.SmallTalk;
import dev.xiaoer.text.Utterance;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message that only takes in what the bot just answered: acknowledgements and thanks, what the seller will now go and
 * do (好的 我去后台改一下, 那我过3天去点转出) or has just done (ok 谢谢 已经改好了), asking nothing and turning to no other
 * matter. It is small talk, not a new question: the bot says so briefly rather than offering its menu or declining.
 * Reads phrases.yaml's patterns {@code own-plan} and {@code own-done} and the message {@code taken-in}, all optional
 * (knowledge without them takes in nothing). Built once per knowledge version; immutable and thread-safe.
 */
final class TakenIn {
    private final IntentReader intents;
    private final SmallTalkReader smalltalk;
    private final Pattern anotherMatter;
    /** What the seller will go and do now (我去后台改一下, 那我以后及时下架); null when the knowledge has none. */
    private final Pattern ownPlan;
    /** What the seller has just done (已经改好了); null when the knowledge has none. */
    private final Pattern ownDone;
    /** The bot's reply to it; null when the knowledge has none. */
    private final String reply;

    TakenIn(Phrases phrases, IntentReader intents) {
        this.intents = intents;
        this.smalltalk = intents.chatter();
        this.anotherMatter = phrases.pattern("another-matter");
        this.ownPlan = phrases.patterns().get("own-plan");
        this.ownDone = phrases.patterns().get("own-done");
        this.reply = phrases.optionalMessage("taken-in").orElse(null);
    }

    /**
     * What to say to {@code u} when, with no walk under way, it only goes off to do something (好吧 我再去找快递网点谈谈,
     * 那我过几天再来): the {@code taken-in} message; empty when it asks or tells anything beside its going off.
     */
    Optional<String> goingOff(Utterance u) {
        if (reply == null || intents.isQuestion(u) || !intents.isDefer(u) || intents.besidesDefer(u) != null) {
            return Optional.empty();
        }
        return Optional.of(reply);
    }

    /** Characters that carry no matter of their own: a pair of words made of them only is no shared thing. */
    private static final String FUNCTION_CHARS = "我你您他的了去来再下一个们这那是就在要会把给跟和也都先还好吧啊呢";

    /**
     * Whether {@code u} names a thing {@code said} (the answer just given) names: two characters in a row that it holds too,
     * not both of them words of function, nor a word the question of an entry of another matter holds ({@code otherMatters})
     * (我再去准备下凭证 after …请提供新的有效凭证…: 凭证). What a plan is about, when it is what
     * the answer told the seller to do, is the same matter whatever other entry retrieval finds for its words.
     */
    static boolean echoes(Utterance u, String said, List<String> otherMatters) {
        String text = u.compact();
        for (int i = 0; i + 2 <= text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            String pair = text.substring(i, i + 2);
            // (not a word another matter's question is asked in: 好的 我去换支付宝账号 after the deposit walk is the account's)
            if (Character.isIdeographic(a) && Character.isIdeographic(b)
                    && (FUNCTION_CHARS.indexOf(a) < 0 || FUNCTION_CHARS.indexOf(b) < 0)
                    && said.contains(pair) && otherMatters.stream().noneMatch(q -> q.contains(pair))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What to say to {@code u} when it only takes in the answer before it: the thanks or goodbye it says beside what it
     * tells (不客气… for 好的 谢谢 那我过3天去点转出), else the {@code taken-in} message; empty when it asks or tells anything else.
     * What the seller will go and do or has done counts only when {@code plansToo} (right after a flow ended: the one turn
     * known to follow an answer); otherwise only acknowledgements and thanks.
     */
    Optional<String> reply(Utterance u, boolean plansToo) {
        if (reply == null || ownPlan == null || ownDone == null || intents.isQuestion(u)) {
            return Optional.empty();
        }
        // (a request declined beside it takes nothing away: 不用转人工了 我再去准备下凭证)
        List<String> clauses = MessageClauses.of(intents.withoutNegatedRequests(u));
        // (symbols only, 👌, make no clause of words: read as one clause, as any other)
        if (clauses.isEmpty()) {
            clauses = u.compact().isEmpty() ? List.of() : List.of(u.compact());
        }
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        SmallTalk said = null;
        for (String clause : clauses) {
            String c = clause.replace(" ", "");
            if (smalltalk.withoutChatter(c).isEmpty()) {
                said = said != null ? said : smalltalk.besideIn(c).orElse(null);
                continue;
            }
            if (!plansToo || anotherMatter.matcher(c).find() || !ownPlan.matcher(c).find() && !ownDone.matcher(c).find()) {
                return Optional.empty();
            }
        }
        return Optional.of(said != null ? said.reply().strip() : reply);
    }
}
