package dev.xiaoer.bench;

import dev.xiaoer.knowledge.FaqEntry;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.Source;
import dev.xiaoer.knowledge.SynonymRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a large, realistic-looking FAQ knowledge base from a vocabulary of 1688 fulfilment
 * words: every entry is a distinct (modifier, subject, action) triple asked in one question
 * template, with six alternates asked in others, some with IM filler around them and some with a
 * synonym variant (taken from the real synonyms) in place of the canonical word, so that the
 * normaliser's rewrites and filler trimming are exercised as on real messages. The real KB's
 * synonyms and phrases come along unchanged. Deterministic for a given size and seed.
 */
final class SyntheticKnowledge {
    static final int ALTERNATES = 6;

    private static final String[] SUBJECTS = {
        "保证金", "押金", "运单号", "快递单号", "物流单号", "订单", "退款", "售后", "投诉", "申诉", "纠纷", "支付宝",
        "支付宝账号", "安心购", "买家保障", "官方直送", "发货服务", "运费", "邮费", "发票", "退货", "换货", "补发",
        "商品", "店铺", "旺旺", "诚信通", "实力商家", "代发", "一件代发", "分销", "起批量", "价格", "优惠券",
        "活动", "主图", "详情页", "类目", "库存", "SKU", "评价", "差评", "违规", "扣分", "处罚", "罚款", "判责",
        "凭证", "证据", "吊牌", "包裹", "仓库", "快递", "物流", "面单", "电子面单", "揽收", "签收", "拒收",
        "退货地址", "收货地址", "运费模板", "包邮", "预售", "定制", "样品", "验厂", "营业执照", "子账号",
        "账期", "提现", "余额", "结算", "对账单", "货款", "冻结", "解冻", "转出", "保障服务中心", "售后受理期",
        "交易", "在途交易", "维权", "客服", "工单", "举报", "侵权", "品牌授权", "资质", "认证", "直播", "短视频",
        "采购单", "询价单", "报价", "合同", "发货时效", "超时", "延迟发货", "虚假发货", "缺货", "拆单", "合单",
    };
    private static final String[] MODIFIERS = {
        "", "已发货的", "未发货的", "退款中的", "海外", "跨境", "分销", "代发", "批发", "定制", "新开店的",
        "诚信通", "大促期间的", "预售", "现货", "已完成的", "已关闭的", "被投诉的", "被冻结的", "刚提交的",
        "上个月的", "手机端", "电脑端", "千牛里", "工作台上", "批量", "单个", "多个", "部分", "全部", "买家的",
        "卖家的", "平台的", "系统自动", "人工", "异常", "重复", "错误的", "过期的", "待审核的",
    };
    private static final String[] ACTIONS = {
        "修改", "撤销", "申请", "查看", "关闭", "开通", "补填", "上传", "提交", "取消", "设置", "绑定", "更换",
        "删除", "导出", "打印", "核对", "同步", "延长", "退回", "转出", "解冻", "申诉", "处理", "确认", "拒绝",
        "同意", "催促", "联系", "举证", "撤回", "恢复", "续费", "缴纳", "补缴", "提现", "下载", "填写", "登记",
        "备案", "报名", "退出", "加入", "升级", "降级", "认证", "授权", "冻结", "追回", "赔付",
    };
    private static final String[] QUESTIONS = {
        "%s%s怎么%s？", "%s%s如何%s", "%s%s在哪里%s", "%s%s%s失败怎么办", "为什么%s%s不能%s", "%s%s%s需要什么条件",
        "%s%s%s要多久", "%s%s可以%s吗", "%s%s%s的入口在哪", "%s%s%s有什么规则", "%s%s%s后多久生效",
        "%s%s%s要注意什么", "%s%s咋%s", "%s%s%s流程是什么", "%s%s%s会有什么影响", "%s%s一直%s不了",
    };
    private static final String[] BEFORE = {"", "", "", "亲，", "在吗 ", "你好，", "请问", "麻烦问下 ", "急！", "哈喽 "};
    private static final String[] AFTER = {"", "", "", "啊", "呢", "呀？？", "，谢谢", " 急", "😭", "~"};

    private SyntheticKnowledge() {
    }

    /** {@code size} synthetic entries, with {@code real}'s synonyms and phrases. */
    static KnowledgeBase generate(int size, KnowledgeBase real, long seed) {
        Random random = new Random(seed);
        List<String[]> variants = variants(real.synonyms());
        int combinations = MODIFIERS.length * SUBJECTS.length * ACTIONS.length;
        if (size > combinations) {
            throw new IllegalArgumentException("at most " + combinations + " synthetic entries");
        }
        Set<Integer> used = new HashSet<>();
        List<FaqEntry> faqs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int combination;
            do {
                combination = random.nextInt(combinations);
            } while (!used.add(combination));
            String modifier = MODIFIERS[combination % MODIFIERS.length];
            String subject = SUBJECTS[combination / MODIFIERS.length % SUBJECTS.length];
            String action = ACTIONS[combination / MODIFIERS.length / SUBJECTS.length];
            int template = random.nextInt(QUESTIONS.length);
            String question = String.format(QUESTIONS[template], modifier, subject, action);
            Set<String> alternates = new LinkedHashSet<>();
            for (int a = 0; alternates.size() < ALTERNATES && a < 4 * ALTERNATES; a++) {
                String s = String.format(QUESTIONS[random.nextInt(QUESTIONS.length)], modifier, subject, action);
                if (random.nextInt(3) == 0) {
                    s = swapSynonym(s, variants, random);
                }
                if (random.nextInt(4) == 0) {
                    s = BEFORE[random.nextInt(BEFORE.length)] + s + AFTER[random.nextInt(AFTER.length)];
                }
                if (!s.equals(question)) {
                    alternates.add(s);
                }
            }
            String id = "syn." + i;
            faqs.add(new FaqEntry(id, question, List.copyOf(alternates), answer(modifier, subject, action, random),
                    null, List.of(), new Source("synthetic", i + 1)));
        }
        return new KnowledgeBase(faqs, Map.of(), real.synonyms(), real.phrases(), "synthetic-" + size + "-" + seed);
    }

    private static final String[] ANSWER_SENTENCES = {
        "请先进入卖家工作台，在%s管理页面找到对应的%s，点击“%s”按钮并按提示完成操作。",
        "如果页面提示%s失败，请切换谷歌浏览器后重试，或清除缓存后再次%s。",
        "%s的处理一般需要1-3个工作日，期间请保持旺旺在线，留意站内信和短信通知。",
        "注意：%s状态下不支持%s，请等交易完结（成功或关闭）后再操作。",
        "若对%s结果有异议，可在7天内提交凭证申诉，平台会在3个工作日内复核。",
        "%s相关规则详见《1688交易争议处理规则》，违规%s可能导致扣分或限制%s。",
    };

    /** A few sentences of answer (around 150 characters, like the real ones), from the entry's own words. */
    private static String answer(String modifier, String subject, String action, Random random) {
        StringBuilder answer = new StringBuilder(modifier + subject + action + "的方法如下。\n");
        for (int k = 0; k < 4; k++) {
            answer.append(k + 1).append(". ").append(String.format(ANSWER_SENTENCES[random.nextInt(ANSWER_SENTENCES.length)],
                    subject, modifier + subject, action)).append('\n');
        }
        return answer.toString();
    }

    /** {canonical, variant...} of every synonym rule whose canonical form has two characters or more. */
    private static List<String[]> variants(List<SynonymRule> rules) {
        List<String[]> out = new ArrayList<>();
        for (SynonymRule rule : rules) {
            if (rule.to().length() >= 2 && !rule.from().isEmpty()) {
                List<String> forms = new ArrayList<>();
                forms.add(rule.to());
                forms.addAll(rule.from());
                out.add(forms.toArray(String[]::new));
            }
        }
        return out;
    }

    /** Replaces the first canonical form found in {@code s} with one of its variants. */
    private static String swapSynonym(String s, List<String[]> variants, Random random) {
        int start = variants.isEmpty() ? 0 : random.nextInt(variants.size());
        for (int k = 0; k < variants.size(); k++) {
            String[] forms = variants.get((start + k) % variants.size());
            if (s.contains(forms[0])) {
                return s.replaceFirst(java.util.regex.Pattern.quote(forms[0]),
                        java.util.regex.Matcher.quoteReplacement(forms[1 + random.nextInt(forms.length - 1)]));
            }
        }
        return s;
    }
}
