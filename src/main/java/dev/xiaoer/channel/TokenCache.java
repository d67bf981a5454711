package dev.xiaoer.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A platform's API access token (WeCom's {@code access_token}, Feishu's {@code tenant_access_token}),
 * fetched when first needed, kept until five minutes before it expires, and fetched again sooner
 * when the platform says it is no longer valid.
 */
public final class TokenCache {

    /** Fetches a token from the platform. */
    public interface Fetch {
        Token fetch() throws Unavailable;
    }

    /** A token and how long the platform said it lasts. */
    public record Token(String value, Duration lifetime) {
        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }

    /** No token now: the send is retried later. Its message names the platform's answer, never a secret. */
    public static final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final Fetch fetch;
    private final Clock clock;
    private String token; // guarded by this
    private Instant expires = Instant.EPOCH; // guarded by this

    public TokenCache(Fetch fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    public synchronized String get() throws Unavailable {
        if (token != null && clock.instant().isBefore(expires)) {
            return token;
        }
        Token t = fetch.fetch();
        token = t.value();
        Duration keep = t.lifetime().minus(MARGIN);
        expires = clock.instant().plus(keep.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : keep);
        return token;
    }

    /** The platform refused {@code stale}: the next {@link #get} fetches another. */
    public synchronized void forget(String stale) {
        if (stale.equals(token)) {
            token = null;
        }
    }
}
