package dev.xiaoer.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.channel.dingtalk.DingTalkChannel;
import dev.xiaoer.channel.dingtalk.DingTalkCourier;
import dev.xiaoer.channel.feishu.FeishuChannel;
import dev.xiaoer.channel.feishu.FeishuCourier;
import dev.xiaoer.channel.wecom.WeComChannel;
import dev.xiaoer.channel.wecom.WeComCourier;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.conversation.Observer;
import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxSettings;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.server.Backoffice;
import dev.xiaoer.server.Integrations;
import dev.xiaoer.server.Metrics;
import dev.xiaoer.server.ServerConfig;
import dev.xiaoer.server.WebhookKeys;
import dev.xiaoer.server.XiaoerServer;
import dev.xiaoer.store.OutboxItem;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.TranscriptEntry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real service with all three channels over the real dialogue and knowledge, the SQLite store
 * and the outbox, every platform's API pointed at one {@link FakeApi}; for the channels' socket tests.
 */
public final class ChannelHarness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    public static final String DINGTALK_SECRET = "dingtalk-app-secret-for-tests";
    public static final String WECOM_TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    public static final String WECOM_AES_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    public static final String WECOM_CORP = "ww1436e0e65a779aee";
    public static final String FEISHU_KEY = "feishu-encrypt-key-for-tests";
    public static final String FEISHU_TOKEN = "feishu-verification-token";
    /** Retries within milliseconds, so tests see them. */
    static final OutboxSettings FAST = new OutboxSettings(Duration.ofMillis(20), Duration.ofMillis(200), 6, 4, Duration.ofDays(1));

    private static Dialogue dialogue;

    public final FakeApi api;
    public final SqliteConversationStore store;
    public final Conversations service;
    public final Outbox outbox;
    public final XiaoerServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The real dialogue over ./knowledge, loaded once for all channel tests. */
    static synchronized Dialogue dialogue() {
        if (dialogue == null) {
            dialogue = DialogueEngine.create(KnowledgeLoader.load(Path.of("knowledge")).knowledge(), RetrievalSettings.defaults(),
                    Duration.ofMinutes(30));
        }
        return dialogue;
    }

    /** @param clock the channels' and the outbox's clock (a clock ahead makes every reply late for WeCom's passive reply) */
    public ChannelHarness(Path data, Clock clock) throws IOException, InterruptedException {
        api = new FakeApi();
        store = SqliteConversationStore.open(data);
        service = new Conversations(store, new Conversations.Settings(4, 100), Observer.none(), Clock.systemUTC());
        service.swap(dialogue());
        HttpSend send = new HttpSend(Duration.ofSeconds(2), Duration.ofSeconds(5));
        WeComChannel.Settings wecom = new WeComChannel.Settings(WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP, "wecom-secret",
                "1000002", api.base());
        FeishuChannel.Settings feishu = new FeishuChannel.Settings(FEISHU_KEY, FEISHU_TOKEN, "cli_test", "feishu-secret",
                api.base());
        outbox = new Outbox(store.outbox(), List.of(new DingTalkCourier(send, clock), new WeComCourier(wecom, send, clock),
                new FeishuCourier(feishu, send, clock)), FAST, clock).start();
        Callbacks callbacks = new Callbacks(service, outbox, clock);
        Integrations integrations = new Integrations(List.of(new DingTalkChannel(DINGTALK_SECRET, callbacks),
                new WeComChannel(wecom, callbacks), new FeishuChannel(feishu, callbacks)), WebhookKeys.none(), outbox);
        server = new XiaoerServer(ServerConfig.defaults("127.0.0.1", 0), service, new Metrics(), Backoffice.closed(),
                integrations);
        server.start();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public HttpResponse<String> post(String pathAndQuery, Map<String, String> headers, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The stored reply to a message. */
    public Reply reply(String conversationId, String msgId) {
        return store.answered(conversationId, msgId).orElseThrow(() -> new AssertionError("no reply stored for "
                + conversationId + "/" + msgId));
    }

    /** Whether anything at all is stored for the conversation: transcript lines or outbox items. */
    public boolean storedAnything(String conversationId) {
        List<TranscriptEntry> lines = store.transcript(conversationId);
        boolean queued = store.outbox().list(null, 500).stream().map(OutboxItem::conversationId)
                .anyMatch(conversationId::equals);
        return !lines.isEmpty() || queued || store.session(conversationId).isPresent();
    }

    public long botLines(String conversationId) {
        return store.transcript(conversationId).stream().filter(e -> e.role() == TranscriptEntry.Role.BOT).count();
    }

    public static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    /** The error code of an error response. */
    public static String code(HttpResponse<String> r) throws IOException {
        return json(r.body()).path("error").path("code").asText();
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(5));
        service.close(Duration.ofSeconds(5));
        outbox.close(Duration.ofSeconds(5));
        store.close();
        api.close();
    }
}
