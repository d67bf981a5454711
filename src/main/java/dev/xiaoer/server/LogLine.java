package dev.xiaoer.server;

/**
 * A log line as {@code key=value} pairs (logfmt): values with spaces, quotes, '=' or control
 * characters are quoted and escaped, so client-supplied ids cannot forge lines or fields.
 */
final class LogLine {
    private final StringBuilder out = new StringBuilder(128);

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
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
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
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
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

    @Override
    public String toString() {
        return out.toString();
    }
}
