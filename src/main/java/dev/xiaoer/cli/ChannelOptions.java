package dev.xiaoer.cli;

import dev.xiaoer.channel.Callbacks;
import dev.xiaoer.channel.Channel;
import dev.xiaoer.channel.dingtalk.DingTalkChannel;
import dev.xiaoer.channel.dingtalk.DingTalkCourier;
import dev.xiaoer.channel.feishu.FeishuChannel;
import dev.xiaoer.channel.feishu.FeishuCourier;
import dev.xiaoer.channel.wecom.WeComChannel;
import dev.xiaoer.channel.wecom.WeComCourier;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.outbox.Courier;
import dev.xiaoer.outbox.HttpSend;
import dev.xiaoer.outbox.Outbox;
import dev.xiaoer.outbox.OutboxSettings;
import dev.xiaoer.server.CallbackCourier;
import dev.xiaoer.server.Integrations;
import dev.xiaoer.server.WebhookKeys;
import dev.xiaoer.staff.ReplyRoute;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.web.WebChat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code serve}'s flags for the IM channels, the signed webhook and the outbox, and how they are
 * built. A channel without its secret is off. Secrets are best given as {@code XIAOER_*} variables
 * (or in an {@code @file} of arguments): flags show in the process list.
 */
public final class ChannelOptions {

    @Option(names = "--dingtalk-app-secret", paramLabel = "SECRET",
            description = "DingTalk robot AppSecret: turns on POST /channels/dingtalk. Prefer XIAOER_DINGTALK_APP_SECRET.")
    String dingtalkAppSecret;

    @Option(names = "--wecom-token", paramLabel = "TOKEN", description = "WeCom callback Token (with --wecom-aes-key and --wecom-corp-id turns on /channels/wecom).")
    String wecomToken;

    @Option(names = "--wecom-aes-key", paramLabel = "KEY", description = "WeCom callback EncodingAESKey (43 characters).")
    String wecomAesKey;

    @Option(names = "--wecom-corp-id", paramLabel = "ID", description = "WeCom corp id (the callbacks' ReceiveId).")
    String wecomCorpId;

    @Option(names = "--wecom-secret", paramLabel = "SECRET", description = "WeCom app Secret, for replies through the send API.")
    String wecomSecret;

    @Option(names = "--wecom-agent-id", paramLabel = "ID", description = "WeCom app AgentId, for replies through the send API.")
    String wecomAgentId;

    @Option(names = "--wecom-api", paramLabel = "URL", description = "WeCom API base URL (default: https://qyapi.weixin.qq.com).")
    String wecomApi;

    @Option(names = "--feishu-encrypt-key", paramLabel = "KEY", description = "Feishu event Encrypt Key (with the three below turns on /channels/feishu).")
    String feishuEncryptKey;

    @Option(names = "--feishu-verification-token", paramLabel = "TOKEN", description = "Feishu event Verification Token.")
    String feishuVerificationToken;

    @Option(names = "--feishu-app-id", paramLabel = "ID", description = "Feishu App ID, for replies through the message API.")
    String feishuAppId;

    @Option(names = "--feishu-app-secret", paramLabel = "SECRET", description = "Feishu App Secret, for replies through the message API.")
    String feishuAppSecret;

    @Option(names = "--feishu-api", paramLabel = "URL", description = "Feishu API base URL (default: https://open.feishu.cn; Lark: https://open.larksuite.com).")
    String feishuApi;

    @Option(names = "--webhook-keys", paramLabel = "ID:SECRET,...",
            description = "Keys of the integrations posting to /v1/messages: with any, messages must carry X-Xiaoer-Signature and may name a callbackUrl.")
    String webhookKeys;

    @Option(names = "--outbox-retry-base", defaultValue = "2s", converter = Durations.Converter.class,
            description = "Wait after a failed delivery; doubles with each failure (default: ${DEFAULT-VALUE}).")
    Duration retryBase;

    @Option(names = "--outbox-retry-cap", defaultValue = "10m", converter = Durations.Converter.class,
            description = "Longest wait between two delivery attempts (default: ${DEFAULT-VALUE}).")
    Duration retryCap;

    @Option(names = "--outbox-max-attempts", defaultValue = "12",
            description = "Delivery attempts before a reply becomes a dead letter (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    /**
     * The outbox and the channels (the web chat among them), built over the use case and its store; the
     * outbox is not started. {@code staffReplies}: where a staff reply to a conversation goes.
     */
    record Built(Integrations integrations, Outbox outbox, ReplyRoute staffReplies) {
    }

    /** @throws IllegalArgumentException on settings that cannot work (a malformed key list, a bad retry setting) */
    Built build(Conversations service, ConversationStore store, Clock clock) {
        WebhookKeys keys = WebhookKeys.parse(webhookKeys);
        OutboxSettings defaults = OutboxSettings.defaults();
        OutboxSettings settings = new OutboxSettings(retryBase, retryCap, maxAttempts, defaults.senders(), defaults.keepSent());
        HttpSend http = HttpSend.defaults();
        WeComChannel.Settings wecom = new WeComChannel.Settings(wecomToken, wecomAesKey, wecomCorpId, wecomSecret,
                wecomAgentId, wecomApi);
        FeishuChannel.Settings feishu = new FeishuChannel.Settings(feishuEncryptKey, feishuVerificationToken, feishuAppId,
                feishuAppSecret, feishuApi);
        WebChat webChat = new WebChat();
        List<Courier> couriers = new ArrayList<>(List.of(new DingTalkCourier(http, clock), new CallbackCourier(keys, http, clock),
                webChat.courier()));
        if (wecom.canSend()) {
            couriers.add(new WeComCourier(wecom, http, clock));
        }
        if (feishu.appId() != null && feishu.appSecret() != null) {
            couriers.add(new FeishuCourier(feishu, http, clock));
        }
        Outbox outbox = new Outbox(store.outbox(), couriers, settings, clock);
        Callbacks callbacks = new Callbacks(service, outbox, clock);
        List<Channel> channels = List.of(new DingTalkChannel(dingtalkAppSecret, callbacks),
                new WeComChannel(wecom, callbacks), new FeishuChannel(feishu, callbacks));
        // staff replies go out through the conversation's channel: the web chat's, else the one its last pushed reply took
        ReplyRoute staffReplies = webChat.route().orElse(store.outbox()::lastOutbound);
        return new Built(new Integrations(channels, keys, outbox, webChat), outbox, staffReplies);
    }
}
