package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retrieval over the real knowledge base: each difficulty sellers' messages bring. */
class RetrieverTest {
    static KnowledgeBase kb;
    static TextNormalizer normalizer;
    static Retriever retriever;

    @BeforeAll
    static void load() {
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        kb = loaded.knowledge();
        normalizer = new TextNormalizer(kb, new ScriptConverter());
        retriever = Retriever.build(kb, normalizer, RetrievalSettings.defaults());
    }

    private static void assertAnswers(String expectedId, String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), () -> message + " → " + r);
        assertEquals(expectedId, r.best().faqId(), () -> message + " → " + r);
    }

    @ParameterizedTest
    @CsvSource({
        "保證金怎麼退回, 保证金怎么退回, deposit.refund",
        "運單號填錯了怎麼改, 运单号填错了怎么改, waybill.modify",
        "如何退出安心購, 怎么退出安心购, anxingou.exit",
        "賣家如何查看訂單退款進度, 卖家怎么查看订单退款进度, aftersales.progress",
    })
    void traditionalIsAnsweredLikeSimplified(String traditional, String simplified, String id) {
        assertAnswers(id, simplified);
        assertAnswers(id, traditional);
        assertEquals(retriever.search(simplified).normalized(), retriever.search(traditional).normalized());
    }

    @Test
    void domainWordsThatSmartcnSplitsStayWhole() {
        Set<String> domain = new HashSet<>();
        kb.synonyms().forEach(rule -> domain.add(rule.to()));
        Features features = new Features(Set.of(), domain);
        for (String word : List.of("运单号", "支付宝", "安心购", "官方直送", "买家保障")) {
            assertTrue(features.words("这个" + word + "怎么办").contains(word), word);
        }
        // without the domain list smartcn cuts them up: the reason the list exists
        assertTrue(!new Features(Set.of(), Set.of()).words("运单号填错了").contains("运单号"));
    }

    @ParameterizedTest
    @CsvSource({
        "押金怎么退, 保证金怎么退",
        "快递单号填错了, 运单号填错了",
        "物流单号填错了, 运单号填错了",
        "支付宝换绑, 支付宝修改",
        "现货安心购怎么退出, 安心购怎么退出",
        "被罚了想申诉, 被处罚了想申诉",
        "被罚分了, 被扣分了",
        "快递单号能不能重新填, 运单号能不能重填",
        "要和他定好哪几点, 要和他定好哪些",
        "bzj怎么退, 保证金怎么退",
        "ydh要改, 运单号要改",
        "判得不公正, 判得不公平",
    })
    void synonymsAreReadAsTheirCanonicalForm(String variant, String canonical) {
        assertEquals(normalizer.normalize(canonical), normalizer.normalize(variant));
    }

    @ParameterizedTest
    @CsvSource({
        "押金咋退, deposit.refund",
        "快递单号写错了, waybill.modify",
        "支付宝换绑, alipay.change",
    })
    void synonymsFindTheEntry(String message, String id) {
        assertEquals(id, retriever.search(message).best().faqId());
    }

    @ParameterizedTest
    @CsvSource({
        "保正金怎么退, deposit.refund",
        "支付包怎么换, alipay.change",
        "安心够怎么退出, anxingou.exit",
        "运单号填措了, waybill.modify",
    })
    void homophoneTyposStillFindTheEntry(String typo, String id) {
        assertAnswers(id, typo);
    }

    @ParameterizedTest
    @ValueSource(strings = {"亲，请问保证金怎么退啊？？😭", "在吗 保证金怎么退 急!!!", "保证金怎么退哈～～", "ｑｉｎ 保证金怎么退！！！"})
    void fillerPunctuationAndEmojiDoNotThrowTheMatchOff(String noisy) {
        Retrieval clean = retriever.search("保证金怎么退");
        Retrieval r = retriever.search(noisy);
        assertEquals(clean.decision(), r.decision(), noisy);
        assertEquals("deposit.refund", r.best().faqId(), noisy);
    }

    @Test
    void fullWidthIsFolded() {
        assertEquals("ok 24h", normalizer.basic("ＯＫ　２４Ｈ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"保证金要交多少钱", "怎么开通官方直送", "买家保障怎么开通", "今天天气怎么样", "帮我写个商品标题",
        // one entry alone shares a word (太低) with a message that names no topic: its lead says nothing
        "推广ROI太低了，怎么优化投放"})
    void questionsTheKnowledgeDoesNotCoverFallBack(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), () -> message + " → " + r);
    }

    /** A message that names its topic is read as one even when a single entry shares its words. */
    @Test
    void aLoneCandidateOfANamedTopicIsStillConsidered() {
        assertAnswers("appeal.disagree", "还有个判罚我也觉得冤");
    }

    @Test
    void closeCandidatesAreClarifiedBestFirst() {
        // 运单号怎么弄 could mean changing, filling in, re-shipping or an online waybill
        Retrieval r = retriever.search("运单号怎么弄");
        assertEquals(Retrieval.Decision.CLARIFY, r.decision(), r::toString);
        assertTrue(r.options().size() >= 2);
        assertTrue(r.options().get(0).score() >= r.options().get(1).score());
        assertTrue(r.options().stream().allMatch(o -> o.faqId().startsWith("waybill.")), r::toString);
    }

    @Test
    void confidenceIsAProbabilityLikeScoreThatOrdersCandidates() {
        for (String q : List.of("保证金怎么退", "运单号", "随便问问", "支付宝", "申诉")) {
            Retrieval r = retriever.search(q);
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1, q);
            for (int i = 1; i < r.candidates().size(); i++) {
                assertTrue(r.candidates().get(i - 1).score() >= r.candidates().get(i).score(), q);
            }
        }
        assertTrue(retriever.search("保证金怎么退").confidence() > retriever.search("保证金要交多少钱").confidence());
    }

    @Test
    void matchedWordsNameWhatTheMessageSharesWithThePhrasing() {
        Candidate best = retriever.search("保证金转出在哪里").best();
        assertNotNull(best);
        assertTrue(best.matchedWords().contains("保证金"), best::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"保證金怎麼退回", "亲，请问保证金怎么退啊？？😭", "运单号", "今天天气怎么样", "👍", ""})
    void anUtteranceIsSearchedAndRankedLikeItsText(String message) {
        Utterance u = normalizer.utterance(message);
        assertEquals(retriever.search(message), retriever.search(u));
        assertEquals(retriever.rank(message, 7), retriever.rank(u, 7));
    }

    @Test
    void aLongMessageIsReadFromItsBeginningEitherWay() {
        // the beginning is filler and punctuation only: what matters is where reading stops
        for (String message : List.of("啊".repeat(790) + "保证金怎么退回来", "！".repeat(900) + "保证金怎么退",
                "保证金怎么退".repeat(200), "保證金怎麼退".repeat(150))) {
            Utterance u = normalizer.utterance(message);
            assertEquals(retriever.search(message), retriever.search(u), message);
            assertEquals(retriever.rank(message, 7), retriever.rank(u, 7), message);
        }
    }

    // ---------------------------------------------------------------- scope (issue 12)

    @ParameterizedTest
    @CsvSource({
        "抖店保证金退回流程, 抖店",
        "京东的质保金怎么退, 京东",
        "拼多多运单号填错了在哪改, 拼多多",
        "TikTok shop的deposit怎么退, tiktok",
        "淘寶的保證金怎麼退, 淘宝",
        "某宝的保证金怎么解冻, 淘宝",
        "狗东的运单号填错了怎么改, 京东",
        "dy小店保证金怎么退, 抖店",
        "ks小店保证金怎么退, 快手",
        "多多店铺的运单号能改吗, 拼多多",
    })
    void anotherPlatformsVersionOfA1688QuestionIsDeclinedNamingThePlatform(String message, String platform) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
        assertEquals(Retrieval.Decline.OTHER_PLATFORM, r.decline(), r::toString);
        assertEquals(platform, r.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1688和淘宝都开了店，1688的保证金怎么退", "我发的京东快递，运单号填错了怎么改"})
    void a1688QuestionThatAlsoNamesAnotherPlatformOrItsCourierIsNotDeclinedForIt(String message) {
        assertTrue(retriever.search(message).decline() != Retrieval.Decline.OTHER_PLATFORM, message);
    }

    @ParameterizedTest
    @CsvSource({
        "我1688和淘宝都有店，想问淘宝的保证金怎么退, 淘宝",
        "在1688进的货放拼多多卖，拼多多那边被投诉扣分了怎么申诉, 拼多多",
        // asking phrases that name no platform ask about the one the story named last
        "我们1688和快手小店都在做，快手那边前两天被判了虚假发货扣了分，那个平台能申诉吗, 快手",
        "1688跟抖店都有开，抖店最近老被投诉，那边的投诉怎么避免, 抖店",
    })
    void aMessageNamingBothIsAboutThePlatformItsAskingPhraseNames(String message, String platform) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.OTHER_PLATFORM, r.decline(), r::toString);
        assertEquals(platform, r.detail());
    }

    /** 1688 named as what another platform is compared with (跟1688一样) does not make the message a 1688 one. */
    @ParameterizedTest
    @CsvSource({
        "拼多多的运单号填错了，是不是和1688一样在发货管理里改, 拼多多",
        "淘宝店的保证金也是像1688那样先关服务再退吗, 淘宝",
    })
    void aPlatformComparedWith1688IsTheOneAskedAbout(String message, String platform) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.OTHER_PLATFORM, r.decline(), r::toString);
        assertEquals(platform, r.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"之前做抖音的时候保证金退得挺快，1688这边是什么流程", "在1688上交的保证金，不是淘宝的，怎么退",
        "淘宝店也遇到过，不过这次问的是1688：不认可维权处理结果怎么办", "抖店那边已经关了，现在1688这边，保证金怎么退"})
    void anotherPlatformNamedOnlyAsContextBeside1688DeclinesNothing(String message) {
        assertTrue(retriever.search(message).decline() != Retrieval.Decline.OTHER_PLATFORM, message);
    }

    @Test
    void aLatinPlatformNameCountsOnlyAsAWholeWord() {
        assertTrue(retriever.search("jdk怎么装").decline() != Retrieval.Decline.OTHER_PLATFORM);
    }

    @ParameterizedTest
    @CsvSource({
        "换绑支付宝要手续费吗, 费用",
        "改了运单号会不会被扣分, 扣分或处罚",
        "保证金退回来是原路返回吗, 退到哪个账户",
        "公章凭证要原件还是复印件, 凭证的形式要求",
        "保证金转出以后多久能到账, 钱多久到账",
    })
    void aFollowUpTheEntryDoesNotAnswerIsDeclinedWithTheEntryAsRelated(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains(aspect), r::toString);
        assertEquals(1, r.options().size(), "the nearest entry, offered as related");
    }

    /**
     * A known out-of-scope question is of the topics it names, as an entry is of its topic: when the
     * message names others, it scores offTopicFactor of what it would (保证金的客服电话是多少 is not what a
     * message about the waybill's 客服 asks); one that names no topic is never off topic.
     */
    @Test
    void aKnownOutOfScopeQuestionNamingAnotherTopicIsOffTopic() {
        ScopeRules scope = retriever.scope();
        Phrasing depositPhone = new Phrasing(null, "保证金的客服电话是多少", new int[0], new double[0], 0);
        Phrasing noTopic = new Phrasing(null, "怎么报名大促活动", new int[0], new double[0], 0);
        java.util.BitSet waybill = scope.named(normalizer.normalize("运单号填错了"));
        assertTrue(scope.offTopic(depositPhone, waybill));
        assertTrue(!scope.offTopic(depositPhone, scope.named(normalizer.normalize("保证金怎么退"))));
        assertTrue(!scope.offTopic(noTopic, waybill));
        Retrieval r = retriever.search("我们客服把运单号填错了，要怎么改");
        assertTrue(r.decision() != Retrieval.Decision.FALLBACK, r::toString);
        assertTrue(r.candidates().get(0).faqId().startsWith("waybill."), r::toString);
    }

    /**
     * A known out-of-scope question about a topic's aspect (一个处罚能申诉几次: how many times) is out of
     * scope for that aspect: it declines a message that asks it, not one that shares only its other
     * words (想申诉一个发货的处罚 怎么弄). A question naming no topic is out of scope in all its words.
     */
    @Test
    void aKnownOutOfScopeQuestionAboutAnAspectDeclinesOnlyMessagesAskingIt() {
        ScopeRules scope = retriever.scope();
        Phrasing count = new Phrasing(null, "一个处罚能申诉几次", new int[0], new double[0], 0);
        Phrasing noTopic = new Phrasing(null, "诚信通多少钱一年", new int[0], new double[0], 0);
        assertTrue(scope.aspects().unasked(count, scope.aspects().asked(normalizer.normalize("想申诉一个发货的处罚 怎么弄"))));
        assertTrue(!scope.aspects().unasked(count, scope.aspects().asked(normalizer.normalize("这个处罚能申诉几次"))));
        assertTrue(!scope.aspects().unasked(noTopic, List.of()));
        Retrieval r = retriever.search("想申诉一个发货的处罚 怎么弄");
        assertTrue(r.decline() != Retrieval.Decline.KNOWN_OUT_OF_SCOPE, r::toString);
        assertEquals(Retrieval.Decision.FALLBACK, retriever.search("一个处罚能申诉几次").decision());
        assertEquals(Retrieval.Decision.FALLBACK, retriever.search("申诉失败还能再申诉吗").decision());
    }

    /**
     * A message an entry answers well is not declined by a known out-of-scope question sharing its topic words
     * when it says none of what that question alone asks (好处 of 交保证金有什么好处); the known question itself, or
     * the message asking what it asks, still is.
     */
    @Test
    void aKnownQuestionDeclinesOnlyWhenItsOwnWordsAreSaid() {
        Retrieval told = retriever.search("我1688也交了保证金，也想退");
        assertTrue(told.decline() != Retrieval.Decline.KNOWN_OUT_OF_SCOPE, told::toString);
        assertEquals("deposit.refund", told.best().faqId(), told::toString);
        assertEquals(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, retriever.search("交保证金有什么好处").decline());
        assertEquals(Retrieval.Decision.FALLBACK, retriever.search("我交了保证金，有什么好处").decision());
    }

    /** 急 is filler, trimmed off a word's end: 加急 must not read as 加, which 加入 holds. */
    @Test
    void joiningAServiceDoesNotAskToHurry() {
        assertTrue(retriever.scope().aspects().asked(normalizer.normalize("我们加入官方直送了，现在想关掉")).isEmpty());
        assertEquals("urge", retriever.scope().aspects().asked(normalizer.normalize("保证金转出能加急处理吗")).get(0).name());
    }

    /**
     * An aspect is asked of the topic the message names: the complaints entry speaks of the shop's
     * ratings, but a message naming the waybill asks the rating of changing it, which the waybill
     * entries never speak of. The related entry offered is the waybill's.
     */
    @Test
    void anAspectIsAskedOfTheNamedTopicNotOfAnotherTopicsEntryThatSpeaksOfIt() {
        Retrieval r = retriever.search("运单号改过会不会影响店铺评分");
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains("扣分或处罚"), r::toString);
        assertTrue(r.options().get(0).faqId().startsWith("waybill."), r::toString);
    }

    /**
     * The first question may ask for the runner-up a clarify would offer beside the best (解冻需要什么条件
     * finds the conditions, the whole message the refund entry): the second question's aspect declines
     * neither, and the seller is asked which, the first question's entry first.
     */
    @Test
    void aSecondQuestionsAspectDoesNotDeclineAFirstThatAsksForTheRunnerUp() {
        Retrieval r = retriever.search("您好，店铺不做了，保证金想退回，请教一下解冻需要什么条件？另外转出以后几天能到账？");
        assertEquals(Retrieval.Decision.CLARIFY, r.decision(), r::toString);
        assertEquals("deposit.unfreeze-conditions", r.options().get(0).faqId(), r::toString);
        assertEquals(2, r.options().size(), r::toString);
    }

    /**
     * A second question asking what the entry does not say, beside a first that asks for the entry, no
     * longer declines the first: the entry is the answer, and the aspect is named to be said beside it.
     */
    @ParameterizedTest
    @CsvSource({
        "财务要换收款的支付宝，怎么换？换了以后没结算的钱会打到哪个账户, alipay.change, 账户",
        "运单号填错了怎么改？改了会不会被扣分, waybill.modify, 扣分",
        "保证金怎么退？退回来要手续费吗, deposit.refund, 费用",
    })
    void aSecondQuestionTheEntryDoesNotAnswerIsNamedBesideTheAnswer(String message, String entry, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), r::toString);
        assertEquals(entry, r.best().faqId());
        assertTrue(r.detail().contains(aspect), r::toString);
    }

    /**
     * A first phrase that tells what has happened (换了支付宝以后, 换成新的了) asks nothing: the phrase after it is the
     * question, and an aspect it asks that no answer speaks of declines the message, as it would alone.
     */
    @ParameterizedTest
    @CsvSource({
        // (new or old is which account, the route; since the twenty-third session no longer "where the money goes")
        "换了支付宝以后，之前没结算的货款会打到新账户还是旧账户, 退到哪个账户",
        "财务刚把支付宝换成新的了 之前没确认收货的订单货款是打到旧的账户还是新的, 退到哪个账户",
    })
    void aPremiseIsNotAFirstQuestion(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains(aspect), r::toString);
    }

    /**
     * An aspect's told words ask it wherever they stand: the courier's refusal told in the story (快递那边死活不肯给盖章),
     * asked of in a clause that names nothing the seed does not say (还能拿去申诉吗), is what the question is about, and the
     * seed never says what to do then. The same clause alone is answered with the valid appeals.
     */
    @Test
    void anAspectToldInTheStoryIsAskedByTheMessage() {
        Retrieval r = retriever.search("发货超时被扣了分，快递那边死活不肯给盖章，只拿到一张揽收截图，这样还能拿去申诉吗");
        assertTrue(r.decision() == Retrieval.Decision.FALLBACK, r::toString);
        assertTrue(r.decline() == Retrieval.Decline.UNANSWERED || r.decline() == Retrieval.Decline.NO_MATCH, r::toString);
        Retrieval plain = retriever.search("发货超时被扣了分，快递那边给了一张盖章的证明，这样还能拿去申诉吗");
        assertTrue(plain.decision() != Retrieval.Decision.FALLBACK, plain::toString);
    }

    /**
     * An aspect asked of a message naming two topics alone, both with a plausible entry, is asked of either: each topic's
     * entry must speak of it. 改了单号…会不会判我虚假发货扣我分 names the waybill and, by 扣分, the appeals, whose valid list
     * speaks of penalties; what changing a waybill leads to the seed never says (the waybill entry is offered as related).
     * A topic named in passing (押金…释放到支付宝: the Alipay entry scores a third of the best) is not asked of.
     */
    @Test
    void anAspectAskedOfTwoNamedTopicsIsAskedOfEach() {
        Retrieval r = retriever.search("改了单号平台会不会判我虚假发货扣我分");
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertEquals("waybill.modify", r.options().get(0).faqId(), r::toString);
        assertAnswers("deposit.transfer-out", "条件都满足了，押金多久能释放到支付宝");
    }

    /**
     * A best entry of a topic the message does not name is not answered nor offered when a plausible entry of the topic
     * it names is there: 找不到…按钮 reads like the deposit's 找不到转出按钮, but a message about quitting 安心购 asks
     * how to quit it, whether the confidence would answer the deposit entry or ask between the two.
     */
    @ParameterizedTest
    @ValueSource(strings = {"安心购退出的按钮在后台找不到", "想退出现货安心购，页面上找不到退出按钮", "退出安心购找不到按钮怎么办",
        "quit 安心购的button找不到"})
    void theNamedTopicsEntryIsAnsweredBeforeAnOffTopicBest(String message) {
        assertAnswers("anxingou.exit", message);
        assertAnswers("deposit.transfer-out", "保证金解冻了找不到转出按钮");
    }

    /**
     * A short question whose only on-topic entry is not the best is not answered with that entry: 投诉都处理完了才行吗 asks
     * whether complaints must be ended (the unfreeze conditions), and complaint.avoid, the one entry of 投诉's topic, does
     * not answer it (a fresh reader's probe found it answered so).
     */
    @Test
    void aShortQuestionIsNotAnsweredWithTheNamedTopicsOnlyEntry() {
        Retrieval r = retriever.search("投诉都处理完了才行吗");
        assertFalse(r.decision() == Retrieval.Decision.ANSWER && "complaint.avoid".equals(r.best().faqId()), r::toString);
    }

    /**
     * A shipping-time service (24h, 48h, 72h…) whose close button does nothing is the seed's 无法关闭, not 官方直送's close
     * page, however alike 点关闭没反应 reads: the service named says which.
     */
    @ParameterizedTest
    @ValueSource(strings = {"24小时发货服务点关闭没反应怎么办", "72h的发货服务点了关闭没有反应", "就剩48h发货服务了，点关闭一直没反应，会不会影响退保证金"})
    void aShippingServiceThatWillNotCloseIsTheShippingServicesEntry(String message) {
        assertAnswers("deposit.shipping-subservices", message);
        assertAnswers("deposit.official-direct", "官方直送点关闭没反应");
    }

    /** 头诉 is 投诉 typed by its sound: a long message about avoiding complaints says it so, and is answered as with 投诉. */
    @ParameterizedTest
    @ValueSource(strings = {"老被买家头诉，平时要注意些什么才能少一点", "最近老被买家头诉，说颜色跟图片不一样，平时该怎么做才能少被头诉"})
    void aHomophoneTypoOfComplaintReadsAsComplaint(String message) {
        assertAnswers("complaint.avoid", message);
    }

    /**
     * Quarrelling with a buyer (Cantonese 嘈交, 嗌交; 吵架) is the wrangling the seed's prevention entry is about (扯皮): how to
     * avoid it is that entry, not the return checklist the story's 退货运费 reads like.
     */
    @ParameterizedTest
    @ValueSource(strings = {"老是跟买家吵架怎么办", "成日同客人为咗运费嘈交，有冇办法避免", "經常同買家嗌交，點樣先可以避免呢啲糾紛"})
    void quarrellingWithABuyerIsTheWranglingToPrevent(String message) {
        assertAnswers("dispute.prevention", message);
    }

    /**
     * How far a case has got, said by its stage (到什么地步了, 什么阶段), is its progress: answered with the progress entry, or,
     * when the story's 客服 reads like the tips entry's 客服介入, asked between the two — never answered with the tips.
     */
    @Test
    void aCasesStageIsItsProgress() {
        assertAnswers("aftersales.progress", "退款到什么地步了");
        Retrieval r = retriever.search("买家点了退款，我让客服去联系了，现在平台那边处理到什么地步了，卖家在哪查");
        assertTrue(r.decision() != Retrieval.Decision.ANSWER || r.best().faqId().equals("aftersales.progress"), r::toString);
        assertTrue(r.decision() == Retrieval.Decision.ANSWER
                || r.options().stream().anyMatch(o -> o.faqId().equals("aftersales.progress")), r::toString);
    }

    /**
     * What penalty follows something (会怎么处罚, 处罚力度) is never said by the seed, which warns that false proof brings
     * 不必要的影响 and names 扣分处罚 only as what appeals are about: declined, with the appeal entry as related, though
     * what false proof leads to (提交假凭证会怎样) is still answered with that warning.
     */
    @ParameterizedTest
    @ValueSource(strings = {"提交了假凭证会怎么处罚", "凭证作假被发现处罚力度有多大", "延迟发货会有什么处罚",
        "提交的凭证被查出是假的有什么处罚"})
    void whatPenaltyFollowsIsUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains("具体会怎么处罚"), r::toString);
        assertAnswers("appeal.valid", "提交假凭证会怎样");
    }

    /**
     * Follow-ups the seed never answers, asked in words their aspects lacked: the days the money takes to Alipay asked in the
     * clause after the transfer (arrival), a reminder the buyer gets (visibility), traffic cut as the penalty (sanction).
     */
    @ParameterizedTest
    @ValueSource(strings = {"保证金转出后，几天能到支付宝余额", "单号改了之后买家会收到提醒吗", "被投诉多了会限流吗"})
    void followUpsTheSeedNeverAnswersAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    /**
     * What the seed never answers, asked of a topic it knows: the Alipay account's kind (personal or company: it says
     * where the account is changed, never which kind it may be), and the shop's traffic or price power (which it names
     * only as further reading).
     */
    @ParameterizedTest
    @ValueSource(strings = {"支付宝可以改成公司的吗，现在是个人账户", "换绑的时候能换成企业支付宝吗",
        "五星价格力要怎么提升，同行都比我排前面", "价格力怎么提高"})
    void anAccountsKindAndTheShopsTrafficAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
    }

    /**
     * Which Alipay account the money reaches (进哪个支付宝, 旧的支付宝: the route, never said), and the orders sold through a
     * service once it is closed (之前卖出去的订单: the seed says it of 安心购's orders in transit only): unanswered.
     */
    @ParameterizedTest
    @ValueSource(strings = {"换过支付宝，保证金转出来会进哪个支付宝", "换了支付宝以后货款进哪个支付宝", "关了官方直送，之前卖出去的订单怎么处理",
        // what a document must say (wording): the seed names the courier's stamped certificate, never its text
        "盖章证明需要写明哪些东西", "快递给的证明要写些什么才有效"})
    void whichAlipayAndTheOrdersSoldThroughAClosedServiceAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    /**
     * 在哪个页面 asks where (在哪 + 个 read 哪里个页面, which no not-asked word met): where the seller sees a case's progress,
     * not whether the buyer sees it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"退款处理的进展在哪个页面能看到", "投诉的处理进度在哪个页面看得到"})
    void wherePageTheSellerSeesIsNoVisibilityAsked(String message) {
        assertAnswers("aftersales.progress", message);
    }

    /**
     * Words sellers use for the seed's own: heading a dispute off (提前防范, 能提前防吗) is its 预防 and a 法子 its 方法, even
     * beside 谈不拢 (the after-sales tips' word); Cantonese 攞返 / 退返 are getting the deposit back; the deposit held by the
     * platform (押在平台的钱) is the deposit; a threshold (门槛) is a condition, and 揭冻 a typo of 解冻.
     */
    @ParameterizedTest
    @CsvSource({
        "跟买家老是谈不拢，有什么提前防范的法子, dispute.prevention",
        "點樣先可以攞返保證金, deposit.refund",
        "买家保障的押金点样退返, deposit.refund",
        "押在平台的钱要怎么退回来, deposit.refund",
        "解冻的门槛是什么, deposit.unfreeze-conditions",
        // wanting it not to happen again is avoiding it (才能不再出, 不再发生 => 避免)
        "怎么才能不再发生售后纠纷, dispute.prevention",
        // code-mixed shipping online (online发货) is the seed's 线上发货
        "online发货的运单号要cancel, waybill.online",
        // getting the platform to look at a ruling again (让平台重新看) is having it handled again
        "平台判了退款，怎么让平台重新看, appeal.disagree",
    })
    void sellersWordsForTheSeedsOwnAreReadAsTheSeeds(String message, String entry) {
        assertAnswers(entry, message);
    }

    /** X了也白X (交了也白交, 提了也白搭) is "no use": an appeal that is no use is an invalid one, not the deposit's 交. */
    @ParameterizedTest
    @ValueSource(strings = {"哪种申诉交了也白交", "什么样的申诉交了也白交吗"})
    void anAppealSubmittedInVainIsAnInvalidOne(String message) {
        assertAnswers("appeal.invalid", message);
    }

    /** A step named by its place alone (第二步呢, 最后一步) names no topic: vague, never a deposit answer by 步. */
    @ParameterizedTest
    @ValueSource(strings = {"第二步呢", "第三步", "那最后一步呢"})
    void aStepNamedByItsPlaceAloneIsVague(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertAnswers("deposit.close-service", "退保证金第一步要关哪些服务");
    }

    /** Asking for help with no topic (出问题了，帮我看看; Cantonese 幫我睇下) is vague; a topic beside it is still read. */
    @ParameterizedTest
    @ValueSource(strings = {"出问题了，帮我看看", "又出错了，帮忙看下"})
    void askingForHelpWithNoTopicIsVague(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(retriever.search("保证金转出出问题了").decision() != Retrieval.Decision.FALLBACK);
    }

    /**
     * Cantonese 幾耐 is how long (多久): the time a change of Alipay takes to work, which the seed never says, declines with
     * the entry as related (幾耐 was no word, so the time asked was not seen).
     */
    @Test
    void cantoneseHowLongAsksTheTime() {
        Retrieval r = retriever.search("支付寶改好咗，要等幾耐先用得？");
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertEquals("alipay.change", r.options().get(0).faqId(), r::toString);
    }

    /**
     * Follow-ups the seed never answers, in kinds no aspect had: whether a service is worth having (有必要开, 值得开) or what
     * a named service is (官方直送是什么); which service to open (该开哪个发货服务); a buyer on 1688 telling so (我在1688进货);
     * pausing a service (暂停一段时间); refunding with no request (主动给买家退款). Each declines with the entry as related.
     */
    @ParameterizedTest
    @ValueSource(strings = {"官方直送是什么，值得开吗", "买家保障有没有必要开", "我们发货慢，该开哪个发货服务",
        "我在1688进货，收到的货有破损，怎么申请退款", "我是在1688采购的，卖家发错货了怎么退", "保证金不退，官方直送暂停一段时间行吗",
        "能不能主动给买家退款", "买家还没申请退款，我想主动退钱给他怎么操作"})
    void worthOpeningWhichToOpenABuyerPausingAndRefundingUnaskedAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    /** An order pointed at with no topic (帮我查下这个订单, 看看这单) is vague: the bot asks which topic. */
    @ParameterizedTest
    @ValueSource(strings = {"帮我查下这个订单", "看看这单"})
    void anOrderPointedAtWithNoTopicIsVague(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(retriever.search("这个订单的运单号填错了").decision() != Retrieval.Decision.FALLBACK);
    }

    /**
     * A known out-of-scope question met by a second question that asks an aspect (…扣分怎么申诉？申诉一般几天有结果 meets
     * 申诉一般几天有结果) declines only what the first question asks: when the first alone finds the entry, the entry is given
     * (or offered) and the aspect said unknown beside it. The known question alone still declines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"快递公司的问题不是我的，扣分怎么申诉？申诉一般几天有结果", "被扣分了怎么申诉？申诉一般几天有结果"})
    void aKnownQuestionMetBySecondQuestionDoesNotDeclineTheFirst(String message) {
        Retrieval r = retriever.search(message);
        assertTrue(r.decision() != Retrieval.Decision.FALLBACK, r::toString);
        assertTrue(r.best().faqId().startsWith("appeal."), r::toString);
        assertEquals(Retrieval.Decline.KNOWN_OUT_OF_SCOPE, retriever.search("申诉一般几天有结果").decline());
    }

    /**
     * Follow-ups of kinds no aspect had (twenty-third session, tuning-19's wrong answers): which tool or software to use
     * (tool), who pays asked as one side or the other (平台出还是卖家出: payer), wanting a service again told in the clause
     * before one that asks only where (想重新加入，在哪弄: again, told). The seed says none of them.
     */
    @ParameterizedTest
    @CsvSource({"这个打单软件好不好用, 工具或软件推荐", "这个铺货插件好不好用, 工具或软件推荐",
        "安心购退了以后还有单子在售后，这笔钱是平台出还是卖家出, 由谁承担", "官方直送关了以后想重新加入，在哪弄, 能否重新操作"})
    void toolsOneSideOrTheOtherPayingAndWantingItAgainAreUnanswered(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
        assertEquals(aspect, r.detail(), r::toString);
    }

    /**
     * A phrase that says what is not asked (不是问怎么换支付宝) holds a question word and asks nothing, and a count told in the
     * story (被好几个买家投诉) asks nothing either: neither is a first question beside which the aspect the real question asks
     * would only be said unknown. The message is declined for that aspect, with the entry as related.
     */
    @ParameterizedTest
    @CsvSource({"不是问怎么换支付宝，是问换支付宝要多少手续费, 费用", "我不是问运单号怎么改，我是问改运单号要不要钱, 费用",
        "这个月被好几个买家投诉发错货，有什么打包软件推荐吗, 工具或软件推荐"})
    void whatIsNotAskedAndACountToldAreNoFirstQuestion(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertEquals(aspect, r.detail(), r::toString);
    }

    /**
     * An entry met by vague words only (找不到按钮: the transfer-out's 找不到转出按钮) does not go before a plausible one met by
     * what the message names (官方直送) when the two meet different words: the one that names it goes first. When they share
     * a word (关闭, both in 48h发货的子服务关闭不了 and the close-service's phrasing), the best stays.
     */
    @ParameterizedTest
    @ValueSource(strings = {"how to close 官方直送，找不到按钮", "官方直送 怎么 turn off 啊，页面上找不到按钮"})
    void anEntryMetByVagueWordsOnlyGoesAfterOneMetByWhatTheMessageNames(String message) {
        Retrieval r = retriever.search(message);
        assertEquals("deposit.official-direct", r.best().faqId(), r::toString);
        assertFalse(r.decision() == Retrieval.Decision.ANSWER && !"deposit.official-direct".equals(r.best().faqId()), r::toString);
        assertAnswers("deposit.shipping-subservices", "48h发货的子服务关闭不了怎么办");
    }

    /** Agreed by default (默认同意) is the seed's 自动同意 on a timeout: the after-sales tips say it, not the progress. */
    @ParameterizedTest
    @ValueSource(strings = {"退款申请一直没理会，系统会默认同意吗", "买家申请了售后我没管，是不是会被默认同意"})
    void agreedByDefaultIsAgreedOnATimeout(String message) {
        assertAnswers("aftersales.tips", message);
    }

    /**
     * What comes next, asked once something is done and naming no topic (搞定了然后呢), is vague: 搞定 is a word of its own,
     * not the 定 of 换绑定的支付宝, and neither it nor 然后 names what is asked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"都搞定了 然后呢", "搞好了，然后呢"})
    void whatComesNextNamingNothingIsVague(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
    }

    /**
     * A long story whose context dilutes every score below a plausible option's floor is answered with the best entry when
     * its asking part alone finds that entry (the part after the story asks where to see the after-sales case, or how to
     * have the ruling looked at again); the topic its story names in passing (判了退款) does not keep it from the answer.
     */
    @ParameterizedTest
    @CsvSource({
        "我们是做五金工具批发的，上周给一个老客户发了两百套扳手，今天他说有一部分型号不对，在他那边点了申请售后。我第一次碰到这种情况，卖家这边从哪个入口能看到这笔售后现在啥情况, aftersales.progress",
        "我们家是做五金配件的，上周给一个老主顾发了一批螺丝，今天他说规格有点不对，在他那边申请了售后。我从来没碰到过，卖家这边从哪个入口能看到这笔售后现在什么情况, aftersales.progress",
        "前阵子有个买家说收到的货少了几箱，平台直接判了退款。我们仓库其实有打包称重的视频，当时没顾上交。现在拿这个去还管不管用，该怎么让平台重新看？, appeal.disagree",
        "上周一个买家说少件，平台那边直接判了退款给他。我们有出库视频的，当时忙忘了交。不知道现在交还有没有用，该怎么让平台重新看一下？, appeal.disagree",
    })
    void aLongStoryIsAnsweredByWhatItsAskingPartFindsAlone(String message, String expected) {
        assertAnswers(expected, message);
    }

    /**
     * A topic's word made of vague characters (补填 is 补 and 填, 没填 is 没 and 填) names its topic: 怎么补填 is asked among the
     * waybill's entries, not offered the whole menu, and a first question 怎么补填 beside a second that asks a penalty finds
     * the missing waybill's entry, the penalty said unknown beside it.
     */
    @ParameterizedTest
    @CsvSource({
        "我们是做服装的小厂，平时都是自己找快递发货，有两单发了但是没填单号，后台提示快超时了，怎么补填？补填了算不算发货超时",
        "有一单货已经发出去了但是单号没填，系统提示要超时了，怎么补填？补填以后会不会算延迟发货",
    })
    void aTopicWordMadeOfVagueCharactersNamesItsTopic(String message) {
        Retrieval r = retriever.search(message);
        assertEquals("waybill.fill-missing", r.best().faqId(), r::toString);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), r::toString);
        assertTrue(r.detail().contains("扣分"), r::toString);
        Retrieval bare = retriever.search("没填怎么办");
        assertEquals(Retrieval.Decline.VAGUE, bare.decline(), bare::toString);
        assertEquals(List.of("waybill.fill-missing"), bare.options().stream().map(Candidate::faqId).toList(), bare::toString);
    }

    /**
     * A bare topic that no entry answers well enough (安心购, 官方直送的事) names what it is about: the seller is asked which
     * of the topic's entries, as for a bare topic that finds one, not told the question cannot be answered.
     */
    @ParameterizedTest
    @CsvSource({"安心购, anxingou.", "官方直送的事, deposit.", "申诉相关, appeal."})
    void aBareTopicNoEntryAnswersIsAskedWhich(String message, String ofTopic) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(r.unfoundTopic(), r::toString);
        assertTrue(r.options().stream().allMatch(c -> c.faqId().startsWith(ofTopic)), r::toString);
    }

    /** A question declined as another platform's, asked of 1688 instead: the entry it would have found. */
    @ParameterizedTest
    @CsvSource({"抖店的运单号填错了怎么改, waybill.modify", "我淘宝店的保证金怎么退回来, deposit.refund"})
    void anotherPlatformsQuestionAskedOfOurs(String message, String faqId) {
        Retrieval declined = retriever.search(message);
        assertEquals(Retrieval.Decline.OTHER_PLATFORM, declined.decline(), declined::toString);
        Retrieval ours = retriever.askedOfOurs(declined.normalized());
        assertEquals(faqId, ours.best().faqId(), ours::toString);
        assertEquals(Retrieval.Decision.ANSWER, ours.decision(), ours::toString);
    }

    /**
     * A code-mixed message reads as the same message typed in Chinese: the Latin word a synonym writes in Chinese is
     * joined to the Chinese beside it (how to quit 安心购 → 怎么 退出安心购), so its character pairs meet the knowledge's.
     */
    @Test
    void aCodeMixedMessageReadsAsTypedInChinese() {
        assertAnswers("anxingou.exit", "how to quit 安心购，后台找了好久");
    }

    /** Evidence handed in again (重新交凭证) is what the ruling's entry says to do, not paying in the deposit (pay-in's 重新交). */
    @Test
    void evidenceHandedInAgainIsNotPayingIn() {
        assertAnswers("appeal.disagree", "这个维权结果我不认可，可以重新交凭证吗");
    }

    /** Where the seller sees something, named by the menu it is under (哪个菜单能看到), is not whether the buyer sees it. */
    @Test
    void whereTheSellerSeesByAMenuIsNotTheBuyerSeeingIt() {
        assertAnswers("aftersales.progress", "卖家后台哪个菜单能看到退款处理到哪一步");
    }

    /**
     * A notice told in English (notification) is the 通知 a question of visibility asks, and the money awaited once the
     * transfer is done asked with 能 (多久能到账) is its arrival: the seed says neither, so both are declined as unanswered.
     */
    @ParameterizedTest
    @CsvSource({
        "运单号改了以后买家会收到notification吗, 买家那边能否看到",
        "保证金已经转出成功了，一般多久能到账, 钱多久到账",
    })
    void aNoticeInEnglishAndTheMoneyAwaitedAreUnanswered(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains(aspect), r::toString);
    }

    /** Where the seller sees something, named by its entry (从哪个入口能看到), is not whether the buyer sees it. */
    @Test
    void whereTheSellerSeesByAnEntryIsNotTheBuyerSeeingIt() {
        assertAnswers("aftersales.progress", "买家申请退款了，卖家从哪个入口能看到");
    }

    /**
     * 之后 was a word of one pending-orders phrasing only (退出安心购之后新订单还有安心购吗, now written 后 as its others are), so
     * any 之后 pulled to the 90 days after leaving: a seller who opened 安心购 and wants out (开了安心购之后发现不适合) was
     * answered the pending orders. Orders still pending (pending的单子) are read as 在途订单, which the 之后 had found.
     */
    @ParameterizedTest
    @CsvSource({"开了安心购之后发现不适合，怎么退, anxingou.exit", "加入安心购之后发现不适合我们，想退了怎么操作, anxingou.exit",
        "退出安心购之后还有pending的单子怎么办, anxingou.pending-orders"})
    void afterIsNoWordOfThePendingOrders(String message, String id) {
        assertAnswers(id, message);
    }

    /**
     * The orders in transit named by 官方直送 (还在途的官方直送订单): the seed says what becomes of 安心购's, never of these, so
     * placed-orders asks it; 在途 alone is not (还有在途订单能退保证金吗 asks the unfreeze).
     */
    @Test
    void theOfficialDirectOrdersInTransitAreUnanswered() {
        Retrieval r = retriever.search("关了官方直送以后，还在途的官方直送订单会怎样");
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    /**
     * Follow-ups found by this session's own probes, in kinds no aspect had: a verification code that does not come, a buyer
     * who never confirms receipt (told in the story of a 该怎么办), goods taken off sale as the penalty, an Alipay account of
     * someone else's, when the sale's money is settled, a courier who does not come to collect. Each declines.
     */
    @ParameterizedTest
    @ValueSource(strings = {"换绑支付宝一直收不到验证码怎么办", "买家一直不确认收货，我该怎么办", "同款被投诉多了会不会被下架",
        "收款支付宝能换成朋友的吗", "交易成功后多久能结算货款", "线上下单的快递一直不来取件怎么办"})
    void followUpsThisSessionsProbesFoundAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
        assertAnswers("deposit.unfreeze-conditions", "订单没确认收货能退保证金吗");
    }

    /**
     * More follow-ups from this session's probes: Cantonese 可唔可以 is a question (可不可以), so the trading asked after a
     * refund is read; a text message to the buyer, or whether the buyer sees it asked with its negation (会不会看到); the
     * old account in English (old account: the route); a request made again after it was refused; courses or training.
     */
    @ParameterizedTest
    @ValueSource(strings = {"退完保證金可唔可以繼續做生意", "改咗運單號，買家會唔會收到短信通知", "运单号改好了买家那边会不会看到新的",
        "换了alipay之后old account里的钱怎么处理", "售后被我拒绝了，买家还能再申请吗", "处理售后有没有培训课程可以上"})
    void moreFollowUpsFromTheProbesAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
    }

    /**
     * A short message's only other plausible entry, of a topic it does not name, is offered beside the best only when it
     * meets the message by a word naming a topic (退款怎么弄: the deposit's 保障金退款), not by a word any backend has
     * (卖家后台 met the official-direct's 官方直送在哪个后台关).
     */
    @Test
    void anOffTopicOptionMetByABackendWordIsNotOffered() {
        assertAnswers("alipay.change", "how to change 支付宝账户，卖家后台哪里改");
        Retrieval r = retriever.search("退款怎么弄？");
        assertEquals(Retrieval.Decision.CLARIFY, r.decision(), r::toString);
        assertEquals(List.of("aftersales.progress", "deposit.refund"), r.options().stream().map(Candidate::faqId).toList());
    }

    /**
     * A third round of this session's probes: closing the old account for good (注销), telling orders apart (怎么区分), an
     * appeal's review (审核进度). Each was answered; each declines with the entry as related.
     */
    @ParameterizedTest
    @ValueSource(strings = {"支付宝换好了，旧的那个能注销掉吗", "怎么区分哪些是安心购的订单", "申诉交了以后在哪看审核进度",
        // whether two platforms' deposits are one (shared): the seed speaks of 1688's alone
        "淘宝和1688的保证金是不是分开的"})
    void closingTheOldAccountTellingOrdersApartAndAnAppealsReviewAreUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    /**
     * 去哪个 with a verb of going before it (打去哪个账户, Cantonese 打去边个) asks which, not where: the account the money
     * goes to after changing Alipay, which the seed never says, declines; 去哪个页面 still asks where it is done.
     */
    @ParameterizedTest
    @ValueSource(strings = {"换了支付宝以后货款会打去哪个账户", "換咗支付寶之後啲錢會打去邊個帳戶"})
    void whichAccountAfterChangingAlipayIsUnanswered(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertEquals("alipay.change", r.options().get(0).faqId(), r::toString);
        assertAnswers("deposit.refund", "退保证金要去哪个页面操作");
    }

    /**
     * A bare question answered yes or no (会吗, 是真的吗) asks whether the clause just before it holds, so the aspect that
     * clause names is asked: declined when the entry found never speaks of it, with the entry as related. A question that
     * asks how (现在要怎么弄) is not read so: it is answered with the entry its story finds.
     */
    @ParameterizedTest
    @CsvSource({
        "打算关掉官方直送，听说关了以后店铺排名会掉，是真的吗, deposit.official-direct",
        "准备退出安心购，担心店铺流量会受影响，会吗, anxingou.pending-orders",
    })
    void aBareYesOrNoQuestionAsksWhatTheClauseBeforeItTells(String message, String related) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertEquals("扣分或处罚", r.detail(), r::toString);
        assertEquals(related, r.options().get(0).faqId(), r::toString);
        assertAnswers("waybill.modify", "运单号填错了，我现在要怎么弄");
    }

    /**
     * A first question that names nothing (怎么办, 怎么弄) asks about the story told just before it, so an aspect a second
     * question asks is named beside the answer to the first (§4), not a decline of the whole message.
     */
    @ParameterizedTest
    @CsvSource({
        "维权判下来的结果我们不认可，怎么办？可以打电话找人吗, appeal.disagree, 该联系谁",
        "运单号填错了，怎么弄？要手续费吗, waybill.modify, 费用",
    })
    void aGenericFirstQuestionAsksAboutTheStoryBeforeIt(String message, String id, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.ANSWER, r.decision(), r::toString);
        assertEquals(id, r.best().faqId(), r::toString);
        assertEquals(aspect, r.detail(), r::toString);
    }

    /**
     * A buyer's return being settled is the return checklist, even when the seller fears a quarrel
     * (扯皮): preventing disputes in general is what asks 怎么避免 / 怎么预防.
     */
    @ParameterizedTest
    @CsvSource({
        "买家要退货，这次怎么跟他谈才不会又扯皮, dispute.return-details",
        "有个买家要退货 要先跟他说好哪些 免得扯皮, dispute.return-details",
        "跟买家老是扯皮，售后纠纷怎么避免, dispute.prevention",
    })
    void aReturnBeingSettledIsTheChecklist(String message, String id) {
        assertAnswers(id, message);
    }

    /**
     * A clarify offers no entry of a topic the message does not name; when only the best is left, a long
     * message (its context names the topic) is answered with it, and a short one is still asked: it may
     * be a follow-up the entry does not answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "维权那边判我们输了，我们不认这个结果，手上还有聊天记录和发货视频，该怎么办",
        "小二判买家赢了，可我们有发货视频证明没问题，手里还有聊天记录，这种情况该怎么办",
    })
    void aLongMessageWhoseOnlyOtherOptionIsOffTopicIsAnswered(String message) {
        assertAnswers("appeal.disagree", message);
    }

    @Test
    void aShortFollowUpWhoseOnlyOtherOptionIsOffTopicIsStillAsked() {
        Retrieval r = retriever.search("换了支付宝以后原来账户里的钱怎么办");
        assertTrue(r.decision() != Retrieval.Decision.ANSWER, r::toString);
    }

    /**
     * The shipping-time sub-services (24h/48h/72h) name the deposit topic: a known out-of-scope question
     * about them (…发货超时怎么赔付) is off topic for a message about an appeal, as entries are.
     */
    @ParameterizedTest
    @ValueSource(strings = {"72小时发货超时怎么赔付", "48h发货服务关不掉"})
    void theShippingTimeSubServicesNameTheDepositTopic(String message) {
        java.util.BitSet named = retriever.scope().named(normalizer.normalize(message));
        assertTrue(!retriever.scope().offTopic("deposit.shipping-subservices", named), message);
        assertTrue(retriever.scope().offTopic("appeal.valid", named), message);
    }

    /** Asking where to see something (在哪能看到) is not asking whether the buyer can see it. */
    @Test
    void whereToSeeIsNotWhetherItIsSeen() {
        Retrieval r = retriever.search("买家申请的退款在哪能看到处理到哪一步了");
        assertTrue(r.decline() != Retrieval.Decline.UNANSWERED, r::toString);
        assertEquals("aftersales.progress", r.best().faqId(), r::toString);
    }

    /** Working days are a time: the seed gives none for an appeal's review. */
    @ParameterizedTest
    @ValueSource(strings = {"申诉提交了一直没消息，一般审核要多少个工作日", "换绑支付宝要几个工作日"})
    void workingDaysAskHowLong(String message) {
        assertEquals(Retrieval.Decision.FALLBACK, retriever.search(message).decision(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"这个凭证要到哪开具", "快递的公章证明去哪盖", "申诉没通过能再申一次吗"})
    void whereACertificateIsGotOrWhetherToAppealOnceMoreIsAnsweredByNoEntry(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
    }

    @ParameterizedTest
    @CsvSource({"什么样的申诉是白搭的, appeal.invalid", "保证金在什么状况下会解冻, deposit.unfreeze-conditions"})
    void nearSynonymsReadAsTheSeedsWords(String message, String id) {
        assertAnswers(id, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"支付宝换绑需要审核吗", "保证金转出要交税吗", "修改运单号对店铺有影响吗", "申诉成功了分数能加回来吗"})
    void followUpsAboutReviewTaxTheShopOrPointsBackAreAnsweredByNoEntry(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们要退保证金，先关服务那一步卡住了，之前开过官方直送，官方直送要在哪关",
        "退保证金那些服务我都关了，现在就差官方直送，官方直送怎么关闭"})
    void theAskingPhraseNamingTheRunnerUpsRareWordOutweighsTheContext(String message) {
        assertAnswers("deposit.official-direct", message);
    }

    /**
     * An asking phrase that points back (这个要怎么关闭) asks of what the clause before it named (官方直送), though the
     * deposit's refund fills the message: the runner-up whose rare word that is goes first (scope.yaml: refers).
     */
    @ParameterizedTest
    @ValueSource(strings = {"想退保证金，我们之前开了官方直送，这个要怎么关闭"})
    void anAskingPhraseThatPointsBackAsksOfWhatTheClauseBeforeNamed(String message) {
        assertAnswers("deposit.official-direct", message);
    }

    /**
     * A near tie is broken by the rare word of the runner-up's question that the message asks (补发): 运单号怎么更新, the
     * modify entry's, meets every other word; a rare word of the story told does not break it (条件都满足了…接下来怎么把钱弄出去
     * is still the transfer-out's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"补发的单号去哪里更新", "补发的那单运单号怎么更新"})
    void aNearTieIsBrokenByTheRareWordTheMessageAsks(String message) {
        assertAnswers("waybill.reship", message);
    }

    /**
     * The asking part may find alone a plausible candidate below the runner-up, naming a rare word of its question that
     * the best's lacks (解冻): it goes first, as the runner-up would, though the story's 全部关闭 and 交易关闭 fill the others.
     */
    @Test
    void theAskingPartFindsAPlausibleCandidateBelowTheRunnerUp() {
        assertAnswers("deposit.unfreeze-conditions", "买家保障已经全部关闭了，最后一单交易关闭才一周，这样保证金现在能解冻吗");
    }

    /** An effect on the 1688 membership (诚信通) is what no answer says: the refund's answer does not answer it. */
    @ParameterizedTest
    @ValueSource(strings = {"退了保证金会不会影响诚信通", "保证金退了以后对诚信通有没有影响"})
    void anEffectOnTheMembershipIsAnsweredByNoEntry(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
    }

    @Test
    void notLongAgoTellsWhenAndAsksNoTime() {
        assertAnswers("aftersales.tips", "开店没多久，处理售后有哪些注意事项");
    }

    @Test
    void whoPaysIsAnsweredByNoEntry() {
        assertEquals(Retrieval.Decision.FALLBACK, retriever.search("退货运费谁出").decision());
    }

    @ParameterizedTest
    @CsvSource({"保证金多久能解冻, deposit.transfer-out", "安心购退出要多久生效, anxingou.pending-orders"})
    void anAspectTheAnswerSpeaksOfIsAnswered(String message, String id) {
        assertAnswers(id, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"什么时候", "时间", "在哪", "多久", "有链接吗", "怎么办", "要等几天啊", "后台哪个地方", "关不掉", "页面打不开",
        "还有一个问题", "另外再问一个", "费用"})
    void aVagueFragmentGetsTheLikelyTopicsOrTheMenu(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(r.options().size() >= 2, r::toString);
        if (r.detail().equals("menu")) {
            assertEquals(kb.scope().topics().size(), r.options().size());
        } else {
            assertTrue(r.options().size() <= RetrievalSettings.defaults().maxOptions(), r::toString);
        }
    }

    @ParameterizedTest
    @CsvSource({"售后, aftersales.progress dispute.prevention", "投诉怎么办, aftersales.progress appeal.disagree complaint.avoid",
        "纠纷, dispute.prevention appeal.disagree"})
    void aBareTopicWordThatSeveralTopicsShareGetsTheirMenu(String message, String menu) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertEquals(List.of(menu.split(" ")), r.options().stream().map(Candidate::faqId).toList(), r::toString);
    }

    /** (安心购 alone finds no answer surely enough: it is asked which of its own entries, never offered the menu.) */
    @ParameterizedTest
    @ValueSource(strings = {"保证金", "安心购", "售后进度在哪看"})
    void aTopicWordOfOneTopicOrAWordBesideItIsNotVague(String message) {
        Retrieval r = retriever.search(message);
        assertTrue(r.decline() != Retrieval.Decline.VAGUE || r.unfoundTopic() && !r.offersTheMenu(), message);
    }

    @ParameterizedTest
    @CsvSource({"支付宝, alipay.", "退货的事, dispute."})
    void aBareTopicThatWouldBeAnsweredAsksWhichOfTheTopicsEntries(String message, String topic) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(!r.options().isEmpty() && r.options().stream().allMatch(o -> o.faqId().startsWith(topic)), r::toString);
    }

    /** A long message's context dilutes every score: when none reaches the option floor, a lower one keeps it from falling back. */
    @Test
    void aLongMessageWhoseScoresAreAllDilutedIsNotAFallback() {
        assertAnswers("aftersales.progress",
                "我们是做五金配件的小厂，平时就我一个人管店，前几天有个买家申请了退款，我不太确定现在是什么状态，卖家这边去哪个页面看进度？");
        Retrieval r = retriever.search("平台对我们那个纠纷的处理我完全不能接受，买家自己把货用坏了还说是质量问题，平台居然支持买家，我还能怎么办");
        assertEquals(Retrieval.Decision.CLARIFY, r.decision(), r::toString);
        assertEquals("appeal.disagree", r.options().get(0).faqId(), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"运单号", "单号"})
    void aBareTopicThatWouldBeClarifiedAndAsksNothingAsksWhichOfTheTopicsEntries(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.VAGUE, r.decline(), r::toString);
        assertTrue(r.options().size() >= 2 && r.options().stream().allMatch(o -> o.faqId().startsWith("waybill.")),
                r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"服务都关了 条件也满足了 刚刚点了转出 想问下保证金转出来要多久到支付宝",
        "这种被驳回之后还有别的办法吗", "退完保证金以后店铺还能正常接单吗", "解冻以后如果一直不转出 放在里面会不会有什么影响",
        "就是运费这块谈不拢 退货运费到底因该谁出 平台有规定吗", "不小心同意了买家的退款 能反悔吗", "退回来的货吊牌被剪了可以拒收吗",
        "保证金退回来会不会少", "支付宝换绑后以前的账单还在吗", "申诉的凭证上传有大小限制吗", "投诉会不会影响我参加活动",
        "手机上能改运单号吗", "保证金转出到支付宝要收税吗", "支付宝换绑以后保证金会退到新支付宝吗", "保证金退了之后还能开买家保障吗",
        "保证金解冻期间能接单吗", "换绑支付宝会影响正在进行的订单吗"})
    void followUpsTheSeedDoesNotAnswerAreAnsweredByNoEntry(String message) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.FALLBACK, r.decision(), r::toString);
    }

    @ParameterizedTest
    @CsvSource({"买家申请了售后，我这两天出差没顾上回，会不会有什么影响？回来以后要注意点啥, aftersales.tips",
        "有个订单第一次发的包裹被快递弄丢了，我们给买家重新补寄了，补寄的单号想更新到订单里让买家能看到物流, waybill.reship"})
    void aLaterQuestionOrAPurposeDoesNotMakeTheAnswerUnanswered(String message, String id) {
        assertAnswers(id, message);
    }

    @ParameterizedTest
    @CsvSource({"保证金, deposit.refund", "运单号的问题, waybill.modify", "不服判责, appeal.disagree"})
    void aBareTopicThatIsAPhrasingOrTwoTopicWordsIsAnswered(String message, String id) {
        assertAnswers(id, message);
    }

    @Test
    void theLikelyTopicsOfAVagueTimeQuestionAreTheEntriesThatGiveATime() {
        Retrieval r = retriever.search("多久");
        assertTrue(r.options().stream().allMatch(o -> o.faqId().startsWith("deposit.") || o.faqId().startsWith("anxingou.")),
                r::toString);
    }

    @ParameterizedTest
    @CsvSource({
        "保证金怎么退？还有运单号填错了怎么改, deposit.refund, waybill.modify",
        // (when the deposit comes back: the conditions entry, whose answer gives the conditions and 第3天解冻)
        "'我的 deposit 什么时候能 refund, waybill number 填错了', deposit.unfreeze-conditions, waybill.modify",
    })
    void aMessageAskingTwoThingsIsAClarifyNamingBoth(String message, String first, String second) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decision.CLARIFY, r.decision(), r::toString);
        assertEquals(List.of(first, second), r.options().stream().map(Candidate::faqId).toList());
    }

    @ParameterizedTest
    @CsvSource({
        "我的deposit怎么refund, deposit.refund",
        "waybill number 填错了怎么改, waybill.modify",
        "how to change alipay account, alipay.change",
        "怎么避免客诉 有没有什么tips, complaint.avoid",
        "售后case的status在哪看, aftersales.progress",
    })
    void codeMixedMessagesReadTheirEnglishWords(String message, String id) {
        assertEquals(id, retriever.search(message).best().faqId());
    }

    @Test
    void aClarifyOffersOnlyPlausibleOptions() {
        Retrieval r = retriever.search("运单号");
        double best = r.options().get(0).score();
        assertTrue(r.options().stream().allMatch(o -> o.score() >= RetrievalSettings.defaults().optionRatio() * best),
                r::toString);
    }

    /**
     * Questions the seed does not answer, of the classes tuning-21 found answered (2026-12-05, ret26b): a buyer who says
     * they are not the seller; topping the deposit up (told in a clause that asks nothing) or having to pay it at all; the
     * orders under way once 官方直送 is closed. Each is declined as unanswered, naming what it asks.
     */
    @ParameterizedTest
    @CsvSource({
        "我不是卖家，是买家，想问下怎么申请退款, 买家一方的问题",
        "没开买家保障的话也要交保证金吗, 保证金怎么交",
        "我们这边不打算退保证金，反而想再多交一点提高保障额度，在哪补交, 保证金怎么交",
        "官方直送关了以后 已经在走的直送订单还会照常配送吗, 已经下的订单",
    })
    void unansweredAsksOfTuning21AreDeclined(String message, String aspect) {
        Retrieval r = retriever.search(message);
        assertEquals(Retrieval.Decline.UNANSWERED, r.decline(), r::toString);
        assertTrue(r.detail().contains(aspect), r::toString);
    }

    /** An appeal's materials handed in later (补交) are not the deposit paid in: bare 补交 asks nothing of pay-in. */
    @Test
    void materialsHandedInLaterAreNotPayingIn() {
        assertEquals(null, retriever.search("申诉材料还能补交吗").decline(), () -> retriever.search("申诉材料还能补交吗").toString());
    }

    /** Cantonese 几时 (幾時) asks when, as 什么时候 does; the particle 㗎 is filler, so 幾時㗎 alone stays vague. */
    @Test
    void cantoneseWhenAsksWhen() {
        assertAnswers("deposit.unfreeze-conditions", "保證金幾時先會解凍");
        assertEquals(Retrieval.Decline.VAGUE, retriever.search("幾時㗎").decline(), () -> retriever.search("幾時㗎").toString());
    }
}
