package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.text.ScriptConverter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every link and every menu path the bot says (FAQ answers, flow steps and their options) is one
 * the seed gives: the knowledge invents no URL and no place in the back office (issue 12, item 6).
 * The seed is the 1688 article the knowledge was written from (src/test/resources/seed, Traditional
 * script); both sides are compared in Simplified script, menu paths with their brackets dropped and
 * their separators (—, 一 between brackets, -, --) read as one.
 */
class SeedFaithfulnessTest {
    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e]+");
    /** A path of bracketed menu items: [我的阿里]—[交易]—[交易资料管理], or one item: [履约-发货管理]. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]+\\](?:\\s*[—一\\-－]+\\s*\\[[^\\[\\]]+\\])*");
    /** A path written with hyphens: 卖家工作台-履约-现货安心购-服务管理-退出服务, 物流平台--我的运单. */
    private static final Pattern HYPHENED = Pattern.compile("[\\p{IsHan}A-Za-z0-9]+(?:-{1,2}[\\p{IsHan}A-Za-z0-9]+)+");

    private static ScriptConverter script;
    private static String seed;
    private static KnowledgeBase kb;

    @BeforeAll
    static void load() throws Exception {
        script = new ScriptConverter();
        seed = script.toSimplified(Files.readString(Path.of("src/test/resources/seed/1688-fulfilment.txt"),
                StandardCharsets.UTF_8));
        KnowledgeLoader.Result loaded = KnowledgeLoader.load(Path.of("knowledge"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        kb = loaded.knowledge();
    }

    /** Everything the bot says from the knowledge, by where it is written. */
    private static Map<String, String> said() {
        Map<String, String> said = new LinkedHashMap<>();
        kb.faqs().forEach(f -> said.put("faq " + f.id(), f.answer()));
        kb.flows().values().forEach(flow -> flow.steps().values().forEach(step -> {
            if (step.say() != null) {
                said.put("flow " + flow.id() + "/" + step.id(), step.say());
            }
            step.options().stream().filter(o -> o.say() != null).forEach(o ->
                    said.put("flow " + flow.id() + "/" + step.id() + " option " + o.label(), o.say()));
        }));
        return said;
    }

    /** A menu path in the form both sides are compared in: no brackets, no spaces, one kind of separator. */
    static String path(String text) {
        return text.replaceAll("\\]\\s*[—一\\-－]+\\s*\\[", "-").replaceAll("[\\[\\]\\s]", "")
                .replaceAll("[—－]|-{2,}", "-");
    }

    static List<String> menuPaths(String text) {
        String withoutLinks = URL.matcher(text).replaceAll(" ");
        List<String> paths = new ArrayList<>();
        Matcher b = BRACKETED.matcher(withoutLinks);
        while (b.find()) {
            paths.add(path(b.group()));
        }
        Matcher h = HYPHENED.matcher(BRACKETED.matcher(withoutLinks).replaceAll(" "));
        while (h.find()) {
            paths.add(path(h.group()));
        }
        return paths;
    }

    @Test
    void everyLinkTheBotGivesIsInTheSeed() {
        List<String> invented = new ArrayList<>();
        int links = 0;
        for (Map.Entry<String, String> e : said().entrySet()) {
            Matcher m = URL.matcher(e.getValue());
            while (m.find()) {
                links++;
                if (!seed.contains(m.group())) {
                    invented.add(e.getKey() + ": " + m.group());
                }
            }
        }
        assertTrue(links >= 2, "the knowledge gives the seed's two links");
        assertTrue(invented.isEmpty(), () -> "links not in the seed:\n" + String.join("\n", invented));
    }

    @Test
    void everyMenuPathTheBotGivesIsInTheSeed() {
        String seedPaths = path(seed);
        List<String> invented = new ArrayList<>();
        int paths = 0;
        for (Map.Entry<String, String> e : said().entrySet()) {
            for (String p : menuPaths(e.getValue())) {
                paths++;
                if (!seedPaths.contains(p)) {
                    invented.add(e.getKey() + ": " + p);
                }
            }
        }
        assertTrue(paths >= 5, "the knowledge names the seed's menu paths");
        assertTrue(invented.isEmpty(), () -> "menu paths not in the seed:\n" + String.join("\n", invented));
    }

    @Test
    void theComparisonFindsAnInventedPath() {
        String seedPaths = path(seed);
        assertTrue(seedPaths.contains(path("[我的阿里]—[交易]—[交易资料管理]")));
        assertTrue(seedPaths.contains(path("卖家工作台-履约-现货安心购-服务管理-退出服务")));
        assertFalse(seedPaths.contains(path("[我的阿里]—[账户设置]—[交易资料管理]")));
        assertFalse(menuPaths("进入[卖家中心]—[售后管理]查看").isEmpty());
        assertTrue(menuPaths("特别是运费由谁承担——丑话没说在前面").isEmpty(), "a dash in prose is no path");
    }
}
