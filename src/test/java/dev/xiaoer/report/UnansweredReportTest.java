package dev.xiaoer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.Candidate;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.nio.file.Path;
import dev.xiaoer.store.Miss;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnansweredReportTest {
    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    private static Miss miss(String text, String kind, int minute) {
        return new Miss("c", null, text, kind, null, 0.1, T0.plusSeconds(60L * minute));
    }

    @Test
    void groupsAlikeQuestionsMostAskedFirstWithTheClosestEntry() {
        List<Miss> misses = new ArrayList<>(List.of(
                miss("发票怎么开", "fallback", 1),
                miss("怎么开发票？", "fallback", 2),
                miss("发票怎么开！", "faq", 3),
                miss("運費險怎麼理賠", "fallback", 4),
                miss("运费险怎么理赔", "handoff", 5),
                miss("   ", "fallback", 6),
                miss("发票怎么开", "clarify", 7),
                miss("你们几点下班", "fallback", 8)));
        List<String> ranked = new ArrayList<>();
        UnansweredReport report = new UnansweredReport((q, k) -> {
            ranked.add(q);
            return q.contains("发票") ? List.of(new Candidate("invoice.x", "怎么开发票", 0.4, "怎么开发票", List.of("发票")))
                    : List.of();
        }, s -> s.replace("運費險怎麼理賠", "运费险怎么理赔"), UnansweredReport.DEFAULT_SIMILARITY);
        List<UnansweredGroup> groups = report.groups(misses, 10);
        assertEquals(3, groups.size(), groups.toString());
        UnansweredGroup first = groups.get(0);
        assertEquals("发票怎么开", first.question());
        assertEquals(4, first.count());
        assertEquals(2, first.fallbacks());
        assertEquals(2, first.variants().size());
        assertEquals(3, first.variants().get(0).count());
        assertEquals(T0.plusSeconds(60), first.firstAsked());
        assertEquals(T0.plusSeconds(420), first.lastAsked());
        assertEquals("invoice.x", first.closest().faqId());
        UnansweredGroup second = groups.get(1);
        assertEquals(2, second.count(), "both scripts group together");
        assertEquals(2, second.fallbacks(), "a handoff after fallbacks is unanswered too");
        assertNull(second.closest());
        assertEquals("你们几点下班", groups.get(2).question());
        assertEquals(1, report.groups(misses, 1).size());
        assertTrue(report.groups(List.of(), 10).isEmpty());
    }

    @Test
    void nearDuplicatesThatShareAWordTheKnowledgeLacksAreOneGroup() {
        KnowledgeBase kb = KnowledgeLoader.load(Path.of("knowledge")).knowledge();
        ScriptConverter script = new ScriptConverter();
        Retriever retriever = Retriever.build(kb, new TextNormalizer(kb, script), RetrievalSettings.defaults());
        List<Miss> misses = List.of(
                miss("海外仓怎么入驻", "fallback", 1),
                miss("海外仓入驻流程", "fallback", 2),
                miss("你们支持海外仓吗", "fallback", 3),
                miss("海外仓怎么入驻？", "fallback", 4),
                miss("保证金有利息吗", "fallback", 5),
                miss("支付宝收款手续费多少", "fallback", 6));
        UnansweredReport report = new UnansweredReport(retriever::rank, script::toSimplified,
                UnansweredReport.DEFAULT_SIMILARITY, retriever::words);
        List<UnansweredGroup> groups = report.groups(misses, 10);
        assertEquals(3, groups.size(), groups.toString());
        assertEquals("海外仓怎么入驻", groups.get(0).question());
        assertEquals(4, groups.get(0).count(), groups.toString());
        assertEquals(3, groups.get(0).variants().size());
        // without the words, character pairs alone split them (the report before issue 12)
        UnansweredReport pairsOnly = new UnansweredReport(retriever::rank, script::toSimplified,
                UnansweredReport.DEFAULT_SIMILARITY);
        assertTrue(pairsOnly.groups(misses, 10).size() > 3);
    }

    @Test
    void overlapWeighsWordsTheKnowledgeLacks() {
        Map<String, Double> warehouse = Map.of("海外仓", 1.0, "入驻", 1.0);
        assertEquals(1.0, UnansweredReport.overlap(warehouse, Map.of("海外仓", 1.0)));
        assertEquals(0.0, UnansweredReport.overlap(warehouse, Map.of()));
        double knownOnly = UnansweredReport.overlap(Map.of("保证金", UnansweredReport.KNOWN_WORD_WEIGHT, "交", 1.0),
                Map.of("保证金", UnansweredReport.KNOWN_WORD_WEIGHT, "利息", 1.0));
        assertTrue(knownOnly < UnansweredReport.DEFAULT_SIMILARITY, "sharing only a word the knowledge has: " + knownOnly);
    }

    @Test
    void windows() {
        assertEquals(Duration.ofDays(7), UnansweredReport.window("7d"));
        assertEquals(Duration.ofHours(36), UnansweredReport.window("1d12h"));
        assertEquals(Duration.ofMinutes(90), UnansweredReport.window(" 90m "));
        for (String bad : new String[] {"", "7", "d", "7w", "0d", "7d garbage", null}) {
            assertThrows(IllegalArgumentException.class, () -> UnansweredReport.window(bad), String.valueOf(bad));
        }
    }

    @Test
    void jaccardOfCharacterPairs() {
        assertEquals(1.0, UnansweredReport.jaccard(UnansweredReport.pairs("发票"), UnansweredReport.pairs("发票")));
        assertEquals(0.0, UnansweredReport.jaccard(UnansweredReport.pairs("发票"), UnansweredReport.pairs("运单")));
        assertEquals(1, UnansweredReport.pairs("票").size());
    }
}
