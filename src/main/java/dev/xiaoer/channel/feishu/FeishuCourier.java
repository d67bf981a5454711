package dev.xiaoer.channel.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.channel.ReplyText;
import dev.xiaoer.channel.TokenCache;
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
import java.util.Set;

/**
 * Sends replies to their chat through Feishu's message API ({@code im/v1/messages}) as the app, with
 * a {@code tenant_access_token} kept until shortly before it expires; the delivery id goes as the
 * message's {@code uuid}, which Feishu itself dedupes on. At most 5 messages a second to one chat.
 */
public final class FeishuCourier implements Courier {
    static final RateLimit LIMIT = new RateLimit(5, Duration.ofSeconds(1));
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The tenant token is missing, invalid or expired: fetch another and retry. */
    private static final Set<Long> TOKEN_CODES = Set.of(99991661L, 99991663L, 99991668L);
    /** Over a frequency limit: retry later. */
    private static final Set<Long> WAIT_CODES = Set.of(99991400L, 230020L);

    private final FeishuChannel.Settings settings;
    private final HttpSend http;
    private final TokenCache tokens;

    public FeishuCourier(FeishuChannel.Settings settings, HttpSend http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.tokens = new TokenCache(this::fetchToken, clock);
    }

    @Override
    public String channel() {
        return FeishuChannel.NAME;
    }

    @Override
    public RateLimit rateLimit() {
        return LIMIT;
    }

    @Override
    public Attempt deliver(OutboxItem item) {
        URI send = URI.create(settings.api() + "/open-apis/im/v1/messages?receive_id_type=chat_id");
        try {
            String chat = JSON.readTree(item.address()).path("chat_id").asText();
            String token = tokens.get();
            String body = JSON.createObjectNode().put("receive_id", chat).put("msg_type", "text")
                    .put("content", JSON.createObjectNode().put("text", ReplyText.of(item.reply())).toString())
                    .put("uuid", item.deliveryId()).toString();
            HttpSend.Response r = http.postJson(send, item.deliveryId(), body, Map.of("Authorization", "Bearer " + token));
            long code = code(r);
            String reason = "Feishu code " + code + " (HTTP " + r.status() + ")";
            if (TOKEN_CODES.contains(code)) {
                tokens.forget(token);
                return Attempt.retry(reason);
            }
            if (WAIT_CODES.contains(code)) {
                return Attempt.retry(reason, Duration.ofSeconds(1));
            }
            Attempt byStatus = HttpSend.byStatus(send, r);
            if (byStatus != null) {
                return byStatus;
            }
            return code == 0 ? Attempt.DELIVERED : Attempt.giveUp(reason);
        } catch (HttpSend.Unanswered e) {
            return e.attempt();
        } catch (TokenCache.Unavailable e) {
            return Attempt.retry(e.getMessage());
        } catch (IOException e) {
            return Attempt.giveUp("an unreadable chat address");
        }
    }

    /** The {@code code} of Feishu's JSON answer; -1 when it is not one. */
    private static long code(HttpSend.Response r) {
        try {
            return JSON.readTree(r.body()).path("code").asLong(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    private TokenCache.Token fetchToken() throws TokenCache.Unavailable {
        URI uri = URI.create(settings.api() + "/open-apis/auth/v3/tenant_access_token/internal");
        String body = JSON.createObjectNode().put("app_id", settings.appId()).put("app_secret", settings.appSecret()).toString();
        try {
            HttpSend.Response r = http.postJson(uri, null, body, Map.of());
            JsonNode answer = r.ok() ? JSON.readTree(r.body()) : null;
            if (answer == null || answer.path("code").asLong(-1) != 0 || answer.path("tenant_access_token").asText("").isEmpty()) {
                throw new TokenCache.Unavailable("Feishu gave no tenant_access_token (HTTP " + r.status()
                        + (answer == null ? "" : ", code " + answer.path("code").asLong(-1)) + ")");
            }
            return new TokenCache.Token(answer.path("tenant_access_token").asText(),
                    Duration.ofSeconds(answer.path("expire").asLong(7200)));
        } catch (HttpSend.Unanswered e) {
            throw new TokenCache.Unavailable(e.getMessage());
        } catch (IOException e) {
            throw new TokenCache.Unavailable("an unreadable answer from Feishu's token endpoint");
        }
    }
}
