package dev.xiaoer.channel.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.outbox.Attempt;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.RateLimit;
import dev.xiaoer.outbox.UrlAddress;
import dev.xiaoer.store.OutboxItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Posts replies to their message's {@code sessionWebhook}, at most 20 a minute per robot (DingTalk's
 * limit). A webhook past its expiry can never work: a dead letter at once.
 */
public final class DingTalkCourier implements Courier {
    static final RateLimit LIMIT = new RateLimit(20, Duration.ofMinutes(1));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** DingTalk's "sending too fast" and "system busy" error codes: worth waiting for. */
    private static final long TOO_FAST = 130101;
    private static final long BUSY = -1;

    private final HttpSend http;
    private final Clock clock;

    public DingTalkCourier(HttpSend http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return DingTalkChannel.NAME;
    }

    @Override
    public RateLimit rateLimit() {
        return LIMIT;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        UrlAddress address = UrlAddress.read(item.address()).orElse(null);
        if (address == null) {
            return Attempt.giveUp("an unreadable sessionWebhook address");
        }
        if (clock.millis() >= address.fields().path("expiresAt").asLong()) {
            return Attempt.giveUp("the sessionWebhook expired before the reply could be delivered");
        }
        return http.deliver(address.url(), item.deliveryId(), DingTalkMessages.of(item.reply()), Map.of(),
                DingTalkCourier::byErrcode);
    }

    /** DingTalk answers 200 with an {@code errcode}: 0 is delivered. */
    private static Attempt byErrcode(HttpSend.Response r) throws IOException {
        long code = JSON.readTree(r.body()).path("errcode").asLong(0);
        if (code == 0) {
            return Attempt.DELIVERED;
        }
        String reason = "DingTalk errcode " + code;
        return code == TOO_FAST ? Attempt.retry(reason, Duration.ofMinutes(1))
                : code == BUSY ? Attempt.retry(reason) : Attempt.giveUp(reason);
    }
}
