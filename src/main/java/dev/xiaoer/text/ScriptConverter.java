package dev.xiaoer.text;

import com.github.houbb.opencc4j.core.ZhConvert;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Converts between Traditional and Simplified Chinese with OpenCC's phrase dictionaries, and tells
 * which script a seller wrote in, so that the reply can come back in the same script.
 *
 * <p>Holds no per-message state: a message is converted once, when {@link TextNormalizer#utterance}
 * makes its {@link Utterance}. Cheap to make: OpenCC's dictionaries are read once per JVM, when a
 * conversion first needs them ({@link #warmUp} reads them ahead, on another thread): knowledge in
 * Simplified script is indexed without them.
 */
public final class ScriptConverter {

    /** OpenCC, with its dictionaries read: the first conversion (either way) costs 0.3-0.7 s of CPU. */
    private static final class OpenCC {
        static final ZhConvert CONVERT;

        static {
            // opencc4j fills its shared dictionaries lazily on first use, unguarded for readers: fill them
            // here, in class initialisation, which every thread that uses this class sees completed.
            ZhConvert convert = ZhConvertBootstrap.newInstance().init();
            convert.toSimple("臺灣發貨");
            convert.toTraditional("台湾发货");
            CONVERT = convert;
        }

        private OpenCC() {
        }

        /** Nothing: calling it reads the dictionaries, once. */
        static void load() {
        }
    }

    /**
     * Reads OpenCC's dictionaries, and which characters simplification can change, now: for a thread
     * started early, so that the first message does not wait for them. Idempotent.
     */
    public static void warmUp() {
        Simplifiable.known();
        OpenCC.load();
    }

    public String toSimplified(String text) {
        return text.isEmpty() || Simplifiable.nothingIn(text) ? text : OpenCC.CONVERT.toSimple(text);
    }

    /**
     * The characters simplification can change, read from the dictionaries OpenCC converts with:
     * every character mapped to another, and the changed characters of every phrase made only of
     * characters that are not. Text with none of them converts to itself (OpenCC only replaces
     * dictionary phrases and characters), so most Simplified text skips the conversion. By code point,
     * so that an emoji never looks like half of a rare Han character in the dictionaries. Unknown when
     * the dictionaries are not where this version of opencc4j keeps them: then everything converts.
     * Read once, in class initialisation, and never written after.
     */
    static final class Simplifiable {
        private static final BitSet CODE_POINTS = load();

        private Simplifiable() {
        }

        /** True when the set was read from opencc4j's dictionaries. */
        static boolean known() {
            return CODE_POINTS != null;
        }

        /** True when simplification may change {@code codePoint} (always true when the set is unknown). */
        static boolean mayChange(int codePoint) {
            return CODE_POINTS == null || CODE_POINTS.get(codePoint);
        }

        static boolean nothingIn(String text) {
            if (CODE_POINTS == null) {
                return false;
            }
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                if (CODE_POINTS.get(codePoint)) {
                    return false;
                }
                i += Character.charCount(codePoint);
            }
            return true;
        }

        private static BitSet load() {
            Map<String, String> characters = dictionary("/data/dictionary/TSCharacters.txt");
            Map<String, String> phrases = dictionary("/data/dictionary/TSPhrases.txt");
            if (characters == null || phrases == null || characters.isEmpty()) {
                return null;
            }
            BitSet codePoints = new BitSet(Character.MAX_CODE_POINT + 1);
            characters.forEach((from, to) -> {
                if (!from.equals(to)) {
                    from.codePoints().forEach(codePoints::set);
                }
            });
            phrases.forEach((from, to) -> {
                if (from.equals(to) || from.codePoints().anyMatch(codePoints::get)) {
                    return; // converts to itself, or only appears in text that converts anyway
                }
                int[] f = from.codePoints().toArray();
                int[] t = to.codePoints().toArray();
                for (int i = 0; i < f.length; i++) {
                    if (f.length != t.length || f[i] != t[i]) {
                        codePoints.set(f[i]);
                    }
                }
            });
            return codePoints;
        }

        /** Each line's key and first value (tab, then space-separated candidates); null if absent. */
        private static Map<String, String> dictionary(String resource) {
            try (InputStream in = ZhConvertBootstrap.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return null;
                }
                Map<String, String> map = new HashMap<>();
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(line -> {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        String values = line.substring(tab + 1).strip();
                        int space = values.indexOf(' ');
                        map.put(line.substring(0, tab), space < 0 ? values : values.substring(0, space));
                    }
                });
                return map;
            } catch (IOException e) {
                return null;
            }
        }
    }

    public String toTraditional(String text) {
        return text.isEmpty() ? text : OpenCC.CONVERT.toTraditional(text);
    }

    /** True when the text has characters that read differently in Traditional: it is written in Simplified. */
    public boolean isSimplifiedOnly(String text) {
        return !toTraditional(text).equals(text);
    }

    /** True when the text has characters that read differently once simplified. */
    public boolean isTraditional(String text) {
        return !toSimplified(text).equals(text);
    }
}
