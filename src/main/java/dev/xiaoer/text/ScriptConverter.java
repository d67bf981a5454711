package dev.xiaoer.text;

import com.github.houbb.opencc4j.core.ZhConvert;
import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;

/**
 * Converts between Traditional and Simplified Chinese with OpenCC's phrase dictionaries, and tells
 * which script a seller wrote in, so that the reply can come back in the same script.
 */
public final class ScriptConverter {
    static {
        // opencc4j fills its shared dictionaries lazily on first use, unguarded for readers: fill them
        // here, in class initialisation, which every thread that uses this class sees completed.
        ZhConvert warmUp = ZhConvertBootstrap.newInstance();
        warmUp.toSimple("臺灣發貨");
        warmUp.toTraditional("台湾发货");
    }

    private final ZhConvert convert = ZhConvertBootstrap.newInstance();
    /**
     * The last text each thread simplified, and the result: one message is simplified a dozen times
     * in a turn (phrase checks, script detection, retrieval), each a dictionary segmentation.
     */
    private final ThreadLocal<String[]> lastSimplified = ThreadLocal.withInitial(() -> new String[2]);

    public String toSimplified(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String[] last = lastSimplified.get();
        if (!text.equals(last[0])) {
            last[1] = convert.toSimple(text);
            last[0] = text;
        }
        return last[1];
    }

    public String toTraditional(String text) {
        return text.isEmpty() ? text : convert.toTraditional(text);
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
