package dev.xiaoer.dialogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text asks something: the words that make it a question ({@link #QUESTION}), once those
 * that ask nothing ({@link #NOT_ASKING}) are blanked out.
 *
 * <p>Each pattern is an alternation tried at every place of the text; java.util.regex tries every
 * alternative at every place, which made these two the dialogue's costliest reads (docs/benchmarks.md,
 * issue 19, ninth session). So each is compiled behind a lookahead for the characters its matches can
 * begin with ({@link #QUESTION_STARTS}, {@link #NOT_ASKING_STARTS}): the same matches, found where
 * they start, and a place that begins none is passed over at one character's test; a text holding none
 * of a pattern's first characters is not matched at all. {@code QuestionWordsTest} checks that every
 * alternative begins with a character of its set: one added to a pattern must add its first character.
 */
final class QuestionWords {
    /**
     * Words that make a message a question rather than an answer or a statement. (几天 after 前面/后面 is "a few days" told:
     * 双十一后面几天成交的.)
     */
    static final String QUESTION_SOURCE =
            "[?？]|吗|(?<![要那这多])么|怎样|如何|哪(?!怕)|啥|为啥|咋|(?<![过了好这那前晚早拖推延迟隔十面])几(?:天|点)(?![前后内])|多少(?!有点|有些)"
                    + "|多久|多长(?:的)?时间|是否|能不能|可不可以|要不要|是不是|有没有|会不会"
                    // how many a task needs (解冻一共要满足几个条件; not 还有几个没关, a count told)
                    + "|几(?:个|条|点|项|步)(?<=(?:一共|总共|需要|要|得)(?:满足|做|走)?几.)"
                    // what counts as an answer asks it (怎么才算都关好了, 待收货的算不算)
                    + "|(?<![这那就])才算(?!了)|算不算"
                    // who and what for (运费一般谁出啊, 下一步干嘛)
                    + "|谁(?!知道)|干嘛|干啥"
                    // a request asks as a question does (先帮我改一下, 先说说申诉的事, 教我一下)
                    + "|帮(?:我|忙)(?:改|弄|看看|查|处理|搞|办|退|关)(?![的了过])|先(?:说说|讲讲|聊聊)(?!了)|教(?:我|一下)"
                    // 吗 typed by its sound as 马 at a clause's end after a can, must or count (能直接退到银行卡马, 子服务都要关马,
                    // 也算完结马), not a horse's word (立马)
                    + "|(?<=(?:能|可以|会|是|要|算|得|用|需|有)[^，。,.!！?？\\s]{0,12})(?<![立上出骑下斑木罗司兵人赛宝千万竹野跑铁河驷])马(?=$|[\\s，。,.!！?？])"
                    // "can it … or not" said short, 不 closing the clause after a can or must (保证金能退不, 押金能拿回来不, 子服务要关不)
                    + "|" + QuestionWords.ASKING_NOT_SOURCE;
    /** 不 closing a clause after a can or must: "…or not?" said short (保证金能退不), no 'not' of what was done. */
    static final String ASKING_NOT_SOURCE = "(?<=(?:能|可以|会|要|算|用|需)[^，。,.!！?？\\s]{1,8})不(?=[呢啊呀吖]?(?:$|[\\s，。,.!！?？]))";
    private static final Pattern ASKING_NOT = Pattern.compile(ASKING_NOT_SOURCE);

    /** {@code text} with each {@link #ASKING_NOT_SOURCE} 不 blanked: what the reply says, its asking 不 read as no 'not'. */
    static String withoutAskingNot(String text) {
        return closesAClause(text) ? ASKING_NOT.matcher(text).replaceAll(" ") : text;
    }

    /** Whether a 不 of {@code text} closes its clause (a particle at most after it): where an asking 不 can stand, found unmatched. */
    private static boolean closesAClause(String text) {
        for (int at = text.indexOf('不'); at >= 0; at = text.indexOf('不', at + 1)) {
            int next = at + 1;
            if (next < text.length() && "呢啊呀吖".indexOf(text.charAt(next)) >= 0) {
                next++;
            }
            if (next == text.length() || " \t\n\r\f\u000B，,。.!！?？".indexOf(text.charAt(next)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The characters a match of {@link #QUESTION_SOURCE} can begin with. */
    static final String QUESTION_STARTS = "?？吗么怎如哪啥为咋几多是能可要有会帮先教才算谁干马不";

    /**
     * "And what about…" in a clause of its own (那发货时没填的呢), not "not yet, then" (那还没呢) nor a case supposed (那要是自己约的
     * 快递填错了呢: told, as a statement). A question only where nothing is asked of the seller: at a step it picks the case it
     * names (那补发的呢 at "which case is it?").
     */
    private static final Pattern WHAT_ABOUT = Pattern.compile(
            "(?<![^\\s，。,.!！?？])那(?!还?没有?呢|就|倒|可|要是|如果|假如|若)[^，。,.!！?？\\s]{1,16}?呢(?=$|[\\s，。,.!！?？])");
    /**
     * "And the … one, how is it done?" opening a clause (那填错的要怎么改, 那补发的咋弄): a case named beside the one just
     * answered, asked how — as 那填错的呢 is.
     */
    private static final Pattern WHAT_ABOUT_HOW = Pattern.compile(
            "(?<![^\\s，。,.!！?？])那(?!还?没有?|就|倒|可|要是|如果|假如|若|我|你|他|这|个)[^，。,.!！?？\\s]{1,8}?的(?:话)?(?:要|该|得|又|是)?(?:怎么|咋|如何)(?:改|弄|办|处理|补|操作|搞)");
    /**
     * "And what if…" in a clause of its own (那如果是停产了呢, 那要是产量不够呢): the case supposed, its group 1; asked of what
     * was just said, not told.
     */
    private static final Pattern WHAT_IF = Pattern.compile(
            "(?<![^\\s，。,.!！?？])那?(?:要是|如果|假如|若是)(?:是)?([^，。,.!！?？\\s]{1,16}?)(?:的话)?呢(?=$|[\\s，。,.!！?？])");
    /**
     * A question word that asks nothing: "whatever/however … all/also" (什么投诉都没有, 怎么也关不掉,
     * 哪个都关了) says there is none, or that something fails however tried — not the 也 of "done in vain" (什么样的申诉交了也白交
     * asks which appeals are no use); 什么的 and 啥的 are "and so on" (地址啥的都确认好了; 干啥的 asks); 没啥 is "no"
     * (地址没啥问题), 不咋 "not very"; 确认是不是,
     * 不知道有没有 ask nobody.
     */
    static final String NOT_ASKING_SOURCE = "(?:什么|怎么|怎样|哪个|哪里|哪儿|哪(?![里个儿])|谁|几个)(?!样?才算|看|查|判断|知道|确认|区分|分辨)[^，。,.!！?？\\s]{0,6}?(?:都|也(?!白))"
            + "|什么的|(?<![干是做为用])啥的|没有?啥|不咋|[没不]怎么|(?:确认|确定|看看|看下|问问|问下|查|查查|查下|不知道|不清楚|不确定|核实)(?:一下)?(?:是不是|有没有|能不能|要不要|会不会)"
            // what the seller cannot tell, not what they ask (不知道因为啥, 说不清算哪种, 是哪种我记不太清了)
            + "|(?:不知道|不清楚|说不清|说不上来|搞不清|分不清|记不清|记不得|不记得|不确定|不太确定)[^，。,.!！?？\\s]{0,6}?(?:啥|什么|哪|咋|怎么|谁|还是)"
            // how it is to be done, not settled yet (具体怎么付还没定): told, not asked
            + "|(?:怎么|如何|咋|哪家|谁)(?![还没])[^，。,.!！?？\\s]{0,6}?(?:还没定|没定|待定|还没说|没说|没讲|没谈|还没谈)"
            + "|哪(?:种|个|样)[^，。,.!！?？\\s]{0,6}?(?:记不清|记不太清|不记得|忘了|不知道|不清楚|说不清)"
            // what was not yet told, not asked (还没跟他说什么时候寄回, 没定用哪家快递, 快递还没说用哪家)
            + "|(?:还没|没)有?(?:跟|和|同)?[^，。,.!！?？\\s]{0,4}?(?:说|讲|提|定|约|商量|谈)(?:好|过|清楚|明白)?(?:用|走|发|寄|选)?(?:什么时候|多久|哪天|几天|啥时候|哪家|谁)"
            // which one, still being thought over (他说再想想要用哪家, 还在考虑走哪家快递): told as open, not asked of us
            // (begun only at 再, 考, 还 and 没: 在 and 想 begin too many places of every reply)
            + "|(?:再想想|还在想|没想好|考虑|还没决定|没决定|还在选|还在挑)(?:一下)?[^，。,.!！?？\\s]{0,3}?(?:用|走|发|寄|选)?(?:哪家|哪个|什么时候|啥时候|哪天|谁)"
            // blame refused (怪我干嘛), not a question
            + "|怪(?:我|我们)?(?:干嘛|干啥|啥)"
            // a vent at the tool (什么破系统, 啥垃圾平台, 什么鬼): an exclamation, nothing asked — not damage asked of (有什么破损)
            + "|(?:什么|啥)(?:破(?!损|了|掉|的|裂)|烂(?!了|掉|的)|垃圾|鬼|玩意|狗屁)"
            // a rhetorical "didn't I say" (刚不是说了吗, 不是告诉你了吗) repeats, it asks nothing
            + "|不是(?:都)?(?:说|讲|告诉你?|回答|回复|跟你说|和你说)(?:过了|过|了)吗"
            // what the seller goes to find out first, by themselves (我先自己看看是哪种, 先自己查一下是什么原因, 我看看是啥情况): no
            // question to us
            + "|(?<![帮给让叫替])我(?:先自己|自己先|自己|先)?(?:再)?(?:去)?(?:看看|看下|看一下|查查|查下|查一下|研究下|研究一下|琢磨下|对一下)(?:是)?(?:什么|哪|啥|谁|怎么|咋)"
            // what the seller goes off to ask someone else (我去问问买家快递有没有要求, 我再去问下老板运费怎么算): no question to us
            // (begun at 问, a start already looked for, its going off looked behind)
            + "|(?<=去)(?<![帮给让叫替]去)(?<![帮给让叫替]我去)(?:问问|问下|问一下|问一问)[^，。,.!！?？\\s]{1,8}?(?:是不是|有没有|能不能|要不要|会不会|怎么算|怎么办|怎么定|怎么选|怎么出|咋算|咋办|咋定|咋选|咋出|谁出|谁付|哪家)"
            // (…or without going, the person named right after: 我问下买家有没有指定快递, 我先问问老板要不要补发)
            + "|(?<=我|我先|我再)(?<![帮给让叫替]我)(?<![帮给让叫替]我[先再])(?:问问|问下|问一下|问一问)(?=买家|老板|仓库|同事|快递|客户|厂家|工厂|财务|对方|网点|他|她)[^，。,.!！?？\\s]{1,8}?(?:是不是|有没有|能不能|要不要|会不会|怎么算|怎么办|怎么定|怎么选|怎么出|咋算|咋办|咋定|咋选|咋出|谁出|谁付|哪家)";
    /** The characters a match of {@link #NOT_ASKING_SOURCE} can begin with. */
    static final String NOT_ASKING_STARTS = "什怎哪谁几没不确看问查核说搞分记啥还如咋怪我再考";

    /**
     * "…or not?" after what was done, at a clause's end (超过30天了没, 过了30天没有, 過咗三十日未), none told with 都/也/其他/还
     * (之后一单都没有, 投诉还没); and "is it A or B" (超过30天是自然日还是工作日). Apart from {@link #QUESTION_SOURCE} and
     * looked for only in a text holding 没, 未 or 还是: 了 and 是 begin too many places of every reply.
     */
    static final String OR_NOT_SOURCE =
            "[了过超][^，。,.!！?？\\s都也]{0,8}?(?<![都也他的还])(?:未|没有?)(?=[呢啊呀哦吖]?(?:$|[\\s，,。.!！]))|是[^，。,.!！?？\\s]{1,10}?还是";
    /**
     * Whether a thing is wanted at all, told as not yet said (快递有没有要求还没讲) or as still thought over (要不要用顺丰他再想想):
     * asks nothing — not of what we said (会不会是
     * 我没说清楚) nor 没问题/没提供 (这样是否就没问题了). Apart from {@link #NOT_ASKING_SOURCE} and looked for only in a text
     * holding 有没有, 要不要 or 是否, for the same reason.
     */
    static final String WHETHER_UNTOLD_SOURCE = "(?:有没有|要不要|是否)(?![还没])[^，。,.!！?？\\s我你]{0,6}?"
            + "(?:还没定|没定|待定|还没说|没说|还没讲|没讲|没谈|还没谈|还没问(?!题)|没问(?!题)|还没提(?!供|交)|没提(?!供|交)"
            // (…or still to be thought over by the one who decides: 要不要用顺丰他再想想)
            + "|再想想|再想下|要再想|再考虑|考虑一下|考虑考虑|还在想|还在考虑|没想好|还没决定|没决定|再看看|再商量)";

    private static final Pattern QUESTION = guarded(QUESTION_STARTS, QUESTION_SOURCE);
    private static final Pattern OR_NOT = Pattern.compile(OR_NOT_SOURCE);
    private static final Pattern WHETHER_UNTOLD = Pattern.compile(WHETHER_UNTOLD_SOURCE);
    private static final Pattern NOT_ASKING = guarded(NOT_ASKING_STARTS, NOT_ASKING_SOURCE);

    /** Words of wanting or asking (我得改下运单号, 想申诉看看, 请问…): the part of a long message that asks. */
    private static final Pattern WANTING = Pattern.compile("想|要|得|需要|打算|准备|请问|麻烦|怎么|如何|能不能|可以");

    /** A clause opening on what the seller wants to do (现在想转出来, 我要转出): not 要是 supposing, 要过 a wait, 要等. */
    private static final Pattern WANT_OPENING = Pattern.compile("^(?:现在|那|那我|我|我们|就|所以)*(?:想|想要|要|准备|打算)(?!是|不|过|等)");

    /** Asking for something to be done: its softener or who it is for (退一下, 退给我, 帮我看看). */
    private static final Pattern ASKING_FOR = Pattern.compile("(?<!等)一下|给我|帮我|帮忙");

    /** Asking only how to go about it (怎么弄, 咋办, 如何处理): what about is in the message's other words. */
    private static final Pattern HOW_TO_PROCEED = Pattern.compile(
            "怎么(?:弄|办|搞|处理|操作|整)|咋(?:弄|办|搞|整)|如何(?:处理|操作)");

    /** Asking how to go on with what was just said (填错了怎么改, 没填咋办, 补发怎么弄). */
    private static final Pattern HOW_TO_GO_ON = Pattern.compile(
            "(?:怎么|怎样|怎麼|如何|咋)(?:修改|改|弄|办|搞|处理|操作|整|补|填|解决)");

    /** Asking how to do something (怎么退还, 如何申诉, 咋改): the task itself, not a detail of it. */
    private static final Pattern HOW = Pattern.compile("怎么|怎样|怎麼|如何|咋");

    /** Asking where or how (补填是在哪个后台, 去哪里改, 入口在哪): what a walk's answer tells, not a fee, a time or what to do now (怎么办). */
    private static final Pattern WHERE_OR_HOW = Pattern.compile("哪(?!怕|有)|什么地方|入口|(?:怎么|怎样|怎麼|如何|咋)(?!办|辦|回事|样了|还|又|这么|会|收费)"
            // (or what is to be handed in or readied, 要交什么凭证: what the answer tells to do)
            + "|(?:交|提供|准备|提交|需要|要)(?:些)?(?:什么|啥|哪些)");

    private QuestionWords() {
    }

    /**
     * "…, is it?" closing a clause (申诉无效是吧, 所以申诉不了是吧), not a guess (应该是吧, 算是吧). Like {@link #WHAT_ABOUT}, a
     * question only where nothing is asked of the seller: at a step, 都关了是吧 may tell.
     */
    private static final Pattern IS_IT = Pattern.compile("(?<![应该可能好像大概估计也许算还])[是对]吧(?=$|[\\s，。,.!！?？])");

    /** "And the … one?" with no 那 before it, a clause ending 的呢 (补发的呢, 线上发的呢), not a 'not yet' (还没的呢). */
    private static final Pattern THE_ONE_ABOUT = Pattern.compile(
            "(?<![^\\s，。,.!！?？])(?!还没|还未)[^，。,.!！?？\\s]{1,10}?的呢(?=$|[\\s，。,.!！?？])");

    /**
     * True when {@code text} follows up what was just said: "and what about…" ({@link #WHAT_ABOUT}, {@link #THE_ONE_ABOUT})
     * or "…, is it?" ({@link #IS_IT}).
     */
    static boolean asksFollowingUp(String text) {
        return text.indexOf('那') >= 0 && (WHAT_ABOUT.matcher(text).find() || WHAT_ABOUT_HOW.matcher(text).find()) || text.contains("的呢") && THE_ONE_ABOUT.matcher(text).find()
                || text.indexOf('吧') >= 0 && IS_IT.matcher(text).find();
    }

    /**
     * A yes/no question suspecting a cause (是不是快递的问题也有, 会不会是快递的原因), not one asking what a thing is or how
     * two differ (线上下单的是不是不一样).
     */
    private static final Pattern SUSPECTING = Pattern.compile(
            "(?:是不是|会不会|是否|有没有可能|可不可能)[^，。,.!！?？\\s]{0,8}?(?:问题|原因|责任|的错|搞的|弄的)|也有份|也有责任");

    /** Whether {@code text} suspects something in a yes/no question (是不是快递的问题也有). */
    static boolean suspects(String text) {
        return SUSPECTING.matcher(text).find();
    }

    /** The case "and what if…" supposes (那如果是停产了呢 → 停产了), or null when {@code text} supposes none. */
    static String caseSupposed(String text) {
        if (text.indexOf('呢') < 0) {
            return null;
        }
        Matcher m = WHAT_IF.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** True when {@code text} asks something, its words that ask nothing aside. */
    static boolean asks(String text) {
        boolean orNot = mayAskOrNot(text);
        if (!orNot && !holdsAny(text, QUESTION_STARTS)) {
            return false; // blanking out adds only '，': no question word can come of it
        }
        String read = text.contains("有没有") || text.contains("要不要") || text.contains("是否")
                ? WHETHER_UNTOLD.matcher(text).replaceAll("，") : text;
        read = holdsAny(read, NOT_ASKING_STARTS) ? NOT_ASKING.matcher(read).replaceAll("，") : read;
        return QUESTION.matcher(read).find() || orNot && OR_NOT.matcher(read).find();
    }

    /** Asking how long (多久, 多长时间, 要几天): never an answer to a step's question. */
    private static final Pattern HOW_LONG = Pattern.compile("多久|多长(?:的)?时间|(?:要|需要|得)几天|几天(?:能|会|才|可以|就能)");

    /** Whether {@code text} asks how long something takes (投诉多久能结案, 结案要几天). */
    static boolean asksHowLong(String text) {
        return HOW_LONG.matcher(text).find();
    }

    /** Asking when (什么时候, 啥时候, 几时, 哪天). */
    private static final Pattern WHEN = Pattern.compile("什么时候|啥时候|什么时间|几时|哪天|几号");

    /** Whether {@code text} asks when or how long (那什么时候解冻, 要几天): a time, not a condition. */
    static boolean asksWhen(String text) {
        return WHEN.matcher(text).find() || asksHowLong(text);
    }

    /** Whether the last clause of {@code u} asks (…，一般要审多久), not a statement after a question word (…发哪家 我们没要求). */
    static boolean endsAsking(dev.xiaoer.text.Utterance u) {
        String basic = u.basic().strip();
        return asks(basic.substring(basic.lastIndexOf(' ') + 1));
    }

    /** True when {@code text} holds a question word (words that ask nothing included). */
    static boolean hasQuestionWord(String text) {
        return asksWithAWord(text) || mayAskOrNot(text) && OR_NOT.matcher(text).find();
    }

    /** Whether {@code text} holds a question word proper (怎么, 吗, 多久…), not the or-not form. */
    private static boolean asksWithAWord(String text) {
        return holdsAny(text, QUESTION_STARTS) && QUESTION.matcher(text).find();
    }

    /**
     * True when {@code u} asks in so many words: a question word or a question mark, not only an "A 没有" that may be
     * an or-not question or a statement (都超过30天了，只有一单没有).
     */
    static boolean asksInWords(dev.xiaoer.text.Utterance u) {
        // (the words in Simplified script, 嗎 as 吗; the mark as typed)
        return asksWithAWord(u.basic()) || u.raw().indexOf('?') >= 0 || u.raw().indexOf('？') >= 0;
    }

    /** Whether {@code text} holds what {@link #OR_NOT_SOURCE} needs: 没, 未 or 还是. */
    private static boolean mayAskOrNot(String text) {
        return text.indexOf('没') >= 0 || text.indexOf('未') >= 0 || text.contains("还是");
    }

    private static Pattern guarded(String starts, String source) {
        return Pattern.compile("(?=[" + starts + "])(?:" + source + ")");
    }

    private static boolean holdsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code clause} opens by saying what the seller wants to do (现在想转出来, 我要转出): it asks for it. */
    static boolean opensWithWant(String clause) {
        return WANT_OPENING.matcher(clause).find();
    }

    /** Whether {@code text} asks or says what the seller wants done. */
    static boolean wants(String text) {
        return asks(text) || WANTING.matcher(text).find();
    }

    /** Whether {@code text} asks, says what is wanted, or asks for something done (保证金退一下, 押金退给我). */
    static boolean requests(String text) {
        return wants(text) || ASKING_FOR.matcher(text).find();
    }

    /**
     * What {@code clause} says before it asks how to go on (单号填错了怎么改 → 单号填错了), when that says something and asks
     * nothing itself; null otherwise (怎么改, 要不要补发).
     */
    static String toldBeforeHow(String clause) {
        Matcher how = HOW_TO_GO_ON.matcher(clause);
        if (!how.find() || how.start() < 2) {
            return null;
        }
        String before = clause.substring(0, how.start());
        return asks(before) ? null : before;
    }

    /** Whether {@code text} asks only how to go about something (申诉 扣了6分 怎么弄). */
    static boolean asksHowToProceed(String text) {
        return HOW_TO_PROCEED.matcher(text).find();
    }

    /** Whether {@code text} asks how to do something (保证金怎么退还), not about a detail (找不到按钮, 用微信说的可以吗). */
    static boolean asksHow(String text) {
        return HOW.matcher(text).find();
    }

    /**
     * Whether {@code text} asks where or how (补填是在哪个后台), or what is to be handed in (要交什么凭证), not what it costs or
     * how long it takes.
     */
    static boolean asksWhereOrHow(String text) {
        return WHERE_OR_HOW.matcher(text).find();
    }
}
