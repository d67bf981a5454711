package dev.xiaoer.dialogue;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Whether an intent phrase found in a clause is the seller's own request, made now: not a third
 * party's (买家一直吵着要转人工), another company's support (顺丰的人工客服), what was done or meant before
 * (上次转人工等了半小时没人理, 我让客服发的), or what our staff suggested (客服让我转人工). Immutable and thread-safe.
 */
final class OwnRequests {
    private static final List<String> OURS = List.of("你们", "您", "你", "贵司", "在线", "值班", "负责", "专门", "懂", "懂行",
            "专业", "管事", "平台", "官方", "售后");
    /** Whose support is ours when named before 的 (你们的客服, 平台的工作人员, 1688的小二). */
    private static final List<String> OURS_BY = List.of("你们", "您", "你", "贵司", "平台", "官方", "1688", "阿里", "阿里巴巴", "售后");
    /** A verb that asks for a person, at the start of a match (转人工, 找客服, 让…人工). */
    private static final Pattern ASKING_VERB = Pattern.compile("[转找要叫换接让给喊请联跟和派问有安对]");
    /** A time before this conversation, or an intention given up (上次, 本来). */
    private static final Pattern PAST = Pattern.compile("上次|上回|那次|本来|原本|之前|以前|前几天|昨天");
    /** Done just now, right before the verb (仓库刚|换负责人, 我们已经|找了客服): told, not asked for. */
    private static final Pattern JUST_DONE = Pattern.compile("(?:刚|(?<!刚)才|已经|(?<!重)新)$");
    /** How many characters before a request a {@link #PAST} word may stand (我本来想|转人工). */
    private static final int PAST_REACH = 6;
    /** Someone of ours having told the seller to (客服让我转人工, 小二说找人工). */
    private static final Pattern SUGGESTED = Pattern.compile("(?:客服|人工|小二)(?:让|叫|说|建议)");
    /** The seller going off to ask someone themselves, right before the asking (我先去|问问客服). */
    private static final Pattern GOES_TO = Pattern.compile("去问?$");
    /** The seller as who asks, right before the asking verb (我|问下客服妹子, 我先|问问客服; not 帮我|问问客服). */
    private static final Pattern SELF = Pattern.compile("(?<![帮替给让])我[先再]?问?$");
    /** Who is the platform's whoever asks for them (人工, 真人, 小二). */
    private static final Pattern PLATFORMS_OWN = Pattern.compile("人工|真人|小二|人共");
    /** What a person said or told the seller to do, right after the person (客服让我…, 人工说…). */
    private static final Pattern REPORT = Pattern.compile("(?:也|都|就|还|又)?(说|让我|叫我|要我|告诉|跟我说|和我说|回复|答复|回我|建议|推荐我)");

    /**
     * A stop reported as said, right before it, by no one named or by someone other than the seller (后来又说|不退了 after
     * 买家说要退货): what another said, not this conversation stopped. Not the seller's own 我说, 我又说, nor 跟你说.
     */
    private static final Pattern SAID_BEFORE = Pattern.compile("(?<![我你又也就还都却])[又也就还都却]?[说讲]$");

    /** Who else may ask, before a request in the same clause (买家, 他们). */
    private final List<String> thirdParties;
    /**
     * A stop told of as done at a time named (官方直送我上个月就不弄了, 去年就不搞了: {@code stopped-before} in
     * phrases.yaml): what the seller stopped then, not this conversation stopped now. Right before the phrase,
     * with at most 就/都/早 between; 早就不弄了 alone (太麻烦了 早就不弄了) may be this conversation stopped, and stops.
     */
    private final Pattern stoppedBefore;
    /** A person already asked, right before them (我问了下|客服妹子, 咨询过|你们客服: {@code asked-already}): told, not asked for now. */
    private final Pattern askedAlready;

    OwnRequests(List<String> thirdParties, Pattern stoppedBefore, Pattern askedAlready) {
        this.thirdParties = thirdParties;
        this.stoppedBefore = stoppedBefore;
        this.askedAlready = askedAlready;
    }

    /** Whether {@code hit} in {@code clause} is the seller's own request now; {@code person}: for a person. */
    boolean isOwn(String clause, MatchResult hit, boolean person) {
        return !someoneElses(clause, hit.start(), person)
                && !(person && (done(clause, hit.end()) || reported(clause, hit)))
                && !(person && othersInside(hit.group()));
    }

    /**
     * The request is someone else's: a third party asks it (买家一直吵着要转人工), or, for a person, it is
     * another's support (顺丰的人工客服) — but 你们的客服 is ours. Before a stop, X的 is what stops (申诉的等会再说).
     */
    private boolean someoneElses(String clause, int at, boolean person) {
        String before = clause.substring(0, at);
        if (thirdParties.stream().anyMatch(before::contains)) {
            return true;
        }
        // what was done or meant before (上次转人工等了半小时没人理, 我本来想转人工的), or what someone
        // suggested (客服让我转人工), is told, not asked for now
        if (person && askedAlready.matcher(before).find()) {
            return true;
        }
        if (person && (PAST.matcher(before.substring(Math.max(0, at - PAST_REACH))).find() || JUST_DONE.matcher(before).find()
                || SUGGESTED.matcher(clause.substring(0, Math.min(clause.length(), at + 1))).find())) {
            return true;
        }
        if (!person && (stoppedBefore.matcher(before).find() || SAID_BEFORE.matcher(before).find())) {
            return true;
        }
        return person && before.endsWith("的") && OURS_BY.stream().noneMatch(o -> before.endsWith(o + "的"));
    }

    /**
     * The clause tells what was done, not asks for it: it ends in a verb and 的 right after the phrase
     * (我让客服发的, 是找人弄的); or what the seller must find out themselves (得去问一下客服主管才知道).
     */
    private static boolean done(String clause, int end) {
        String rest = clause.substring(end);
        return rest.length() >= 2 && rest.length() <= 3 && rest.endsWith("的")
                || rest.contains("才知道") || rest.contains("才清楚") || rest.contains("才能确定");
    }

    /**
     * The person is who told the seller something, not who is asked for: the match names the person
     * with no verb of asking before it, and what follows is what they said (刚才人工客服让我来这问的,
     * 客服说要等三天).
     */
    private static boolean reported(String clause, MatchResult hit) {
        // or the seller goes to ask them themselves (我先去问问客服再说), or asks their own staff (我问下客服妹子; but
        // 人工, 真人 and 小二 are ours whoever asks)
        String before = clause.substring(0, hit.start());
        if (hit.group().startsWith("问") && (GOES_TO.matcher(before).find()
                || SELF.matcher(before).find() && !PLATFORMS_OWN.matcher(hit.group()).find())) {
            return true;
        }
        return !ASKING_VERB.matcher(hit.group()).lookingAt() && REPORT.matcher(clause.substring(hit.end())).lookingAt();
    }

    /** A 的 inside the match that is not ours (联系物流公司的客服; but 你们的运营小二, 在线的工作人员 are). */
    private boolean othersInside(String match) {
        int of = match.lastIndexOf('的');
        if (of < 0) {
            return false;
        }
        String owner = match.substring(0, of);
        return OURS.stream().noneMatch(owner::endsWith);
    }
}
