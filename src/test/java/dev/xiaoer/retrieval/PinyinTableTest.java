package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pinyin table retrieval ships ({@code src/main/resources/dev/xiaoer/retrieval/pinyin.txt}) is
 * ICU's Han-Latin reading of every character U+4E00..U+9FFF, tone marks dropped and {@code ü}
 * written {@code v}. ICU is a test dependency only: the service ships the table, not ICU's 14 MB,
 * and does not pay for a transliterator at start-up. When ICU reads differently (a new version),
 * this test fails and writes the new table to {@code target/pinyin.txt}: run the evaluation with it
 * (docs/maintenance.md), then copy it over the resource.
 */
class PinyinTableTest {
    private static final Path RESOURCE = Path.of("src/main/resources/dev/xiaoer/retrieval/pinyin.txt");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** The table as ICU gives it: one line per character, empty where ICU has no reading. */
    static String generate() {
        Transliterator hanLatin = Transliterator.getInstance("Han-Latin");
        StringBuilder out = new StringBuilder(90_000);
        for (char c = '\u4e00'; c <= '\u9fff'; c++) {
            String han = String.valueOf(c);
            String latin = hanLatin.transliterate(han);
            if (!latin.equals(han)) {
                String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD).replace("u\u0308", "v");
                out.append(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip());
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void theShippedTableIsIcus() throws IOException {
        String expected = generate();
        String shipped = Files.readString(RESOURCE, StandardCharsets.UTF_8);
        if (!expected.equals(shipped)) {
            Path fresh = Path.of("target/pinyin.txt");
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            assertEquals(expected, shipped, "ICU reads differently from " + RESOURCE + ": the new table is in " + fresh);
        }
    }

    @Test
    void readsCommonCharactersTheCommonWay() {
        Features features = new Features(Set.of(), Set.of());
        assertEquals(1, features.of("保证").keySet().stream().filter(f -> f.term().equals("p:bao_zen")).count(),
                "保证 reads bao zheng, folded to bao_zen");
    }

    @Test
    void foldsTheSoundsTypistsConfuse() {
        assertEquals("zan", Features.fold("zhang"));
        assertEquals("nv", Features.fold("lv"));
        assertEquals("cen", Features.fold("cheng"));
        assertEquals("bao", Features.fold("bao"));
    }
}
