package dev.xiaoer.server;

/**
 * A log line as {@code key=value} pairs (logfmt): values with spaces, quotes, '=' or control
 * characters are quoted and escaped, so client-supplied ids cannot forge lines or fields; bidirectional
 * controls (U+202E and the like) are escaped too, so a seller's text cannot reorder how a line reads.
 */
final class LogLine {
    /** Room for a message's line (~150–250 characters with ids and the flow): grown, it was copied once more. */
    private final StringBuilder out = new StringBuilder(256);

    LogLine add(String key, String value) {
        if (value == null) {
            return this;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(key).append('=');
        boolean quote = value.isEmpty();
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c <= ' ' || c == '"' || c == '=' || c == '\\' || Character.isISOControl(c)
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                    || MessageParser.isBidiControl(c);
        }
        if (!quote) {
            out.append(value);
            return this;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || MessageParser.isBidiControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    /**
     * Adds {@code value} with {@code decimals} digits after the point, rounded to the nearest: what
     * {@code %.Nf} gives but for the last digit of a value that lies exactly half-way, without its
     * cost (this runs for every message).
     */
    LogLine add(String key, double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12 || decimals < 0 || decimals > 6) {
            return add(key, String.format(java.util.Locale.ROOT, "%." + Math.max(0, Math.min(decimals, 6)) + "f", value));
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long units = Math.round(Math.abs(value) * scale);
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(key).append('=');
        if (value < 0 && units > 0) {
            out.append('-');
        }
        out.append(units / scale);
        if (decimals > 0) {
            out.append('.');
            String fraction = Long.toString(units % scale);
            out.append("0".repeat(decimals - fraction.length())).append(fraction);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
