package dev.xiaoer.channel;

import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.conversation.Message;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.outbox.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every channel does with a callback, in order: <b>verify</b> it is the platform's, <b>parse</b>
 * its message, let the use case answer it (which <b>dedupes</b> on the platform's message id: a
 * delivery the platform retries is answered once), and <b>reply</b> in the platform's terms. A
 * channel supplies the steps as a {@link Platform}; a reply to push is committed with its turn (the
 * message's {@link dev.xiaoer.store.Outbound}) and the outbox is woken to send it.
 */
public final class Callbacks {
    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);
    /** The most characters of a seller's message passed on, as for {@code POST /v1/messages}. */
    public static final int MAX_TEXT = 2000;

    /** One platform's steps; {@code C} is what its answer needs to know of the callback. */
    public interface Platform<C> {

        /** Refuses (401) a callback that is not the platform's: a bad or stale signature, a wrong token. */
        void verify(ChannelRequest request) throws Refusal;

        /** Reads the verified callback: a message for the use case, or an answer at once (a challenge, an event it ignores). */
        Parsed<C> parse(ChannelRequest request) throws Refusal;

        /** The answer once the reply is stored; {@code repeated} for a delivery answered before. */
        ChannelResponse answer(C callback, Reply reply, boolean repeated);
    }

    /** A callback read: either {@code now} (answered without the use case) or a message and its context. */
    public record Parsed<C>(ChannelResponse now, Message message, C callback) {
        public static <C> Parsed<C> answerNow(ChannelResponse response) {
            return new Parsed<>(response, null, null);
        }

        public static <C> Parsed<C> message(Message message, C callback) {
            return new Parsed<>(null, message, callback);
        }
    }

    private final Conversations conversations;
    private final Outbox outbox;
    private final Clock clock;

    /** @param outbox woken when a turn with a reply to push is stored; null when nothing is pushed */
    public Callbacks(Conversations conversations, Outbox outbox, Clock clock) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** The outbox, or null. */
    public Outbox outbox() {
        return outbox;
    }

    /** Runs the steps for one callback; the future never fails. */
    public <C> CompletableFuture<ChannelResponse> handle(String channel, Platform<C> platform, ChannelRequest request) {
        Parsed<C> parsed;
        try {
            platform.verify(request);
            parsed = platform.parse(request);
        } catch (Refusal r) {
            log.info("channel={} refused: {}", channel, r.getMessage());
            return CompletableFuture.completedFuture(r.response());
        } catch (RuntimeException e) {
            log.warn("channel={} could not read a callback: {}", channel, e.toString(), e);
            return CompletableFuture.completedFuture(Refusal.badRequest("bad_callback",
                    "the callback could not be read").response());
        }
        if (parsed.now() != null) {
            return CompletableFuture.completedFuture(parsed.now());
        }
        Message message = parsed.message();
        return conversations.receive(message).handle((outcome, failure) -> {
            try {
                if (outcome instanceof Outcome.Answered a) {
                    if (message.outbound() != null && outbox != null) {
                        outbox.wake();
                    }
                    return platform.answer(parsed.callback(), a.reply(), false);
                }
                if (outcome instanceof Outcome.Duplicate d) {
                    return platform.answer(parsed.callback(), d.reply(), true);
                }
                return new ChannelResponse.Rejected(outcome == null ? Outcome.Rejected.FAILED : (Outcome.Rejected) outcome);
            } catch (RuntimeException e) {
                // stored and so not lost: the platform's retry is answered from the store
                log.error("channel={} conversation={} cannot answer: {}", channel, message.conversationId(), e.toString(), e);
                return new ChannelResponse.Rejected(Outcome.Rejected.FAILED);
            }
        });
    }

    /** The seller's text as the use case takes it: trimmed, at most {@value #MAX_TEXT} characters; null when blank. */
    public static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        if (t.codePointCount(0, t.length()) > MAX_TEXT) {
            t = t.substring(0, t.offsetByCodePoints(0, MAX_TEXT));
        }
        return t;
    }

    /**
     * Refuses a signed timestamp more than {@code window} away from now: a replayed or stale callback.
     *
     * @param timestamp as the platform sent it, in {@code unit}s since the epoch
     */
    public static void checkFresh(String timestamp, boolean millis, Instant now, Duration window) throws Refusal {
        long t;
        try {
            t = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw Refusal.unauthorized("the timestamp is missing or not a number");
        }
        Instant at = millis ? Instant.ofEpochMilli(t) : Instant.ofEpochSecond(t);
        if (Duration.between(at, now).abs().compareTo(window) > 0) {
            throw Refusal.unauthorized("the timestamp is more than " + window.toMinutes() + " minutes away: a stale or replayed callback");
        }
    }
}
