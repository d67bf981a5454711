package dev.xiaoer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "那笔是10/28交易成功的|那笔是10月28号交易成功的",
        "3/5号确认收货|3月5号确认收货",
        "last order closed on oct 15, so like 7 weeks ago|last order closed on 10月15号, so like 7周前",
        "closed 15th october|closed 10月15号",
        "on september 3rd|on 9月3号",
        "2 months ago i think|2个月前 i think",
        "3 days ago|3天前",
        // English against Chinese with no space between (\\b counts Chinese characters as word characters)
        "最后一单oct 15交易成功|最后一单10月15号交易成功",
        "最后一单是7 weeks ago交易成功的|最后一单是7周前交易成功的",
        "最后一单15 oct交易成功的|最后一单10月15号交易成功的",
        // a full date is its month and day; fractions, versions, scores and words are left alone
        "最后一单2026/10/28交易成功|最后一单10月28号交易成功",
        "2026.10.20|10月20号",
        "2026-10-20号收的货|10月20号收的货",
        "电话13812345678|电话13812345678",
        "运费各出1/2|运费各出1/2",
        "7/15天发货那个关不掉|7/15天发货那个关不掉",
        "5/10单已经交易成功了|5/10单已经交易成功了",
        "10单里2/3都交易成功了|10单里2/3都交易成功了",
        "may i ask|may i ask",
        "打了9折 30%|打了9折 30%",
        "没有日期|没有日期",
        // dotted: a two-figure day, or one with 号; prices, decimals and units are left alone
        "最后一单10.28交易成功的|最后一单10月28号交易成功的",
        "11.05收的货|11月5号收的货",
        "3.8号确认收货|3月8号确认收货",
        "运费12.5|运费12.5",
        "1.5天|1.5天",
        "9.9包邮|9.9包邮",
        "单价10.28元|单价10.28元",
        "版本v1.12|版本v1.12",
        "最后一笔是昨天成功的 金额10.28|最后一笔是昨天成功的 金额10.28",
        "单价3.15|单价3.15",
        "我店铺评分4.25|我店铺评分4.25",
        // a dash: a date when its day has two figures or 号, a span (到) otherwise — never one number of its figures (510天)
        "最后一单是10-20|最后一单是10月20号",
        "11-05号确认收货|11月5号确认收货",
        "买家5-10天内寄回|买家5到10天内寄回",
        "7-10个工作日|7到10个工作日",
        "24-48小时|24到48小时",
    })
    void rewritesDatesAndLeavesTheRest(String folded, String expected) {
        assertEquals(expected, WrittenDates.rewrite(folded));
    }
}
