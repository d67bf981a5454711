package dev.xiaoer.channel.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ReplyText;
import dev.xiaoer.channel.TokenCache;
import dev.xiaoer.outbox.Attempt;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.RateLimit;
import dev.xiaoer.store.OutboxItem;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Pushes replies through WeCom's {@code cgi-bin/message/send} as the app ({@code agentid}), with an
 * access token from {@code cgi-bin/gettoken} kept until shortly before it expires (and fetched again
 * when WeCom says it is no longer valid). At most 30 messages a minute to one member, WeCom's limit
 * for an app.
 */
public final class WeComCourier implements Courier {
    static final RateLimit LIMIT = new RateLimit(30, Duration.ofMinutes(1));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The token is invalid or expired: fetch another and retry. */
    private static final Set<Long> TOKEN_CODES = Set.of(40014L, 42001L, 42007L, 42009L);
    /** Busy or over a frequency limit: retry later. */
    private static final Set<Long> WAIT_CODES = Set.of(-1L, 45009L, 45033L);

    private final WeComChannel.Settings settings;
    private final HttpSend http;
    private final TokenCache tokens;

    public WeComCourier(WeComChannel.Settings settings, HttpSend http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.tokens = new TokenCache(this::fetchToken, clock);
    }

    @Override
    public String channel() {
        return WeComChannel.NAME;
    }

    @Override
    public RateLimit rateLimit() {
        return LIMIT;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        URI send = null;
        try {
            String user = JSON.readTree(item.address()).path("user").asText();
            String accessToken = tokens.get();
            send = URI.create(settings.api() + "/cgi-bin/message/send?access_token="
                    + URLEncoder.encode(accessToken, StandardCharsets.UTF_8));
            ObjectNode body = JSON.createObjectNode().put("touser", user).put("msgtype", "text")
                    .put("agentid", Long.parseLong(settings.agentId()));
            body.putObject("text").put("content", ReplyText.of(item.reply()));
            HttpSend.Response r = http.postJson(send, item.deliveryId(), body.toString(), Map.of());
            Attempt byStatus = HttpSend.byStatus(send, r);
            if (byStatus != null) {
                return byStatus;
            }
            long code = JSON.readTree(r.body()).path("errcode").asLong(0);
            if (code == 0) {
                return Attempt.DELIVERED;
            }
            String reason = "WeCom errcode " + code;
            if (TOKEN_CODES.contains(code)) {
                tokens.forget(accessToken);
                return Attempt.retry(reason);
            }
            return WAIT_CODES.contains(code) ? Attempt.retry(reason, Duration.ofMinutes(1)) : Attempt.giveUp(reason);
        } catch (HttpSend.Unanswered e) {
            return e.attempt();
        } catch (TokenCache.Unavailable e) {
            return Attempt.retry(e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return Attempt.retry("an unreadable answer from " + (send == null ? "WeCom" : send.getHost()));
        }
    }

    private TokenCache.Token fetchToken() throws TokenCache.Unavailable {
        URI uri = URI.create(settings.api() + "/cgi-bin/gettoken?corpid=" + URLEncoder.encode(settings.corpId(), StandardCharsets.UTF_8)
                + "&corpsecret=" + URLEncoder.encode(settings.secret(), StandardCharsets.UTF_8));
        try {
            HttpSend.Response r = http.get(uri, Map.of());
            JsonNode body = r.ok() ? JSON.readTree(r.body()) : null;
            if (body == null || body.path("errcode").asLong(0) != 0 || body.path("access_token").asText("").isEmpty()) {
                throw new TokenCache.Unavailable("WeCom gave no access token (HTTP " + r.status()
                        + (body == null ? "" : ", errcode " + body.path("errcode").asLong(0)) + ")");
            }
            return new TokenCache.Token(body.path("access_token").asText(),
                    Duration.ofSeconds(body.path("expires_in").asLong(7200)));
        } catch (HttpSend.Unanswered e) {
            throw new TokenCache.Unavailable(e.getMessage());
        } catch (IOException e) {
            throw new TokenCache.Unavailable("an unreadable answer from WeCom's token endpoint");
        }
    }
}
