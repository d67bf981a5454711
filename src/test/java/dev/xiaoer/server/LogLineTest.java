package dev.xiaoer.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogLineTest {
    @Test
    void numbersHaveTheirDecimalsAndRoundHalfUp() {
        assertEquals("c=0.000 l=12.0", new LogLine().add("c", 0.0, 3).add("l", 12.0, 1).toString());
        assertEquals("c=1.000", new LogLine().add("c", 0.99996, 3).toString());
        assertEquals("c=0.058", new LogLine().add("c", 0.0575, 3).toString());
        assertEquals("l=3", new LogLine().add("l", 2.5, 0).toString());
        assertEquals("l=-1.5", new LogLine().add("l", -1.46, 1).toString());
        assertEquals("c=NaN", new LogLine().add("c", Double.NaN, 3).toString());
    }

    @Test
    void numbersAgreeWithFormatWithinTheLastDigit() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble() * 2000;
            int decimals = 1 + random.nextInt(3);
            String line = new LogLine().add("v", value, decimals).toString();
            String text = line.substring(2);
            assertEquals(decimals, text.length() - text.indexOf('.') - 1, line);
            double unit = Math.pow(10, -decimals);
            assertTrue(Math.abs(Double.parseDouble(text) - value) <= unit / 2 + 1e-9, line + " for " + value);
            String formatted = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
            assertTrue(Math.abs(Double.parseDouble(formatted) - Double.parseDouble(text)) <= unit * 1.0001,
                    line + " against " + formatted);
        }
    }

    @Test
    void textValuesThatCouldForgeFieldsAreQuoted() {
        assertEquals("conversation=\"a b=c\\nlevel=ERROR\"",
                new LogLine().add("conversation", "a b=c\nlevel=ERROR").toString());
        assertEquals("kind=answer", new LogLine().add("kind", "answer").add("faqId", null).toString());
    }

    @Test
    void bidiControlsAreEscapedSoTheyCannotReorderALine() {
        assertEquals("text=\"a\\u202eb\\u2066c\"", new LogLine().add("text", "a\u202eb\u2066c").toString());
    }
}
