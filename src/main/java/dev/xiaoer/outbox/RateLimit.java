package dev.xiaoer.outbox;

import java.time.Duration;

/** At most {@code sends} sends in any {@code window}, per rate key (a robot, a user, a chat). */
public record RateLimit(int sends, Duration window) {
    public RateLimit {
        if (sends < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one send per positive window");
        }
    }
}
