package dev.xiaoer.server;

import java.time.Duration;
import java.util.Locale;

/**
 * How many messages one conversation may send per period on the public endpoint: a token bucket
 * holding {@code messages}, refilled evenly over {@code per}; so a conversation may send a burst of
 * {@code messages} at once, then one every {@code per / messages}.
 */
public record MessageRate(int messages, Duration per) {
    /** No limit. */
    public static final MessageRate OFF = new MessageRate(0, Duration.ofMinutes(1));

    public MessageRate {
        if (messages < 0 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate is a count of at least 0 over a period above 0");
        }
    }

    public boolean off() {
        return messages == 0;
    }

    /**
     * Reads {@code 30/min}, {@code 5/s}, {@code 600/h} (also {@code 30/m}, {@code 30/1m}); {@code off}
     * or {@code 0} for none.
     */
    public static MessageRate parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("0")) {
            return OFF;
        }
        int slash = t.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("a rate reads like 30/min, 5/s or 600/h, or off; not '" + text + "'");
        }
        int count;
        try {
            count = Integer.parseInt(t.substring(0, slash).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a rate reads like 30/min, 5/s or 600/h, or off; not '" + text + "'");
        }
        String unit = t.substring(slash + 1).strip();
        Duration per = switch (unit) {
            case "s", "sec", "second" -> Duration.ofSeconds(1);
            case "m", "min", "minute" -> Duration.ofMinutes(1);
            case "h", "hour" -> Duration.ofHours(1);
            default -> null;
        };
        if (per == null || count < 1) {
            throw new IllegalArgumentException("a rate reads like 30/min, 5/s or 600/h, or off; not '" + text + "'");
        }
        return new MessageRate(count, per);
    }

    @Override
    public String toString() {
        if (off()) {
            return "off";
        }
        String unit = per.equals(Duration.ofSeconds(1)) ? "s" : per.equals(Duration.ofHours(1)) ? "h"
                : per.equals(Duration.ofMinutes(1)) ? "min" : per.toMillis() + "ms";
        return messages + "/" + unit;
    }
}
