package dev.xiaoer.channel.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.outbox.Attempt;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.RateLimit;
import dev.xiaoer.store.OutboxItem;
import java.io.IOException;
import java.net.URI;
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
        URI url;
        long expires;
        try {
            JsonNode address = JSON.readTree(item.address());
            url = URI.create(address.path("url").asText());
            expires = address.path("expiresAt").asLong();
        } catch (IOException | IllegalArgumentException e) {
            return Attempt.giveUp("an unreadable sessionWebhook address");
        }
        if (clock.millis() >= expires) {
            return Attempt.giveUp("the sessionWebhook expired before the reply could be delivered");
        }
        try {
            HttpSend.Response r = http.postJson(url, item.deliveryId(), DingTalkMessages.of(item.reply()), Map.of());
            Attempt byStatus = HttpSend.byStatus(url, r);
            if (byStatus != null) {
                return byStatus;
            }
            long code = JSON.readTree(r.body()).path("errcode").asLong(0);
            if (code == 0) {
                return Attempt.DELIVERED;
            }
            String reason = "DingTalk errcode " + code;
            return code == TOO_FAST ? Attempt.retry(reason, Duration.ofMinutes(1))
                    : code == BUSY ? Attempt.retry(reason) : Attempt.giveUp(reason);
        } catch (HttpSend.Unanswered e) {
            return e.attempt();
        } catch (IOException e) {
            return Attempt.retry("an unreadable answer from " + url.getHost());
        }
    }
}
