package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.conversation.Observer;
import dev.xiaoer.store.SqliteConversationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's channel settings: from flags, XIAOER_* variables or an @file; each channel on only with its secrets. */
class ChannelOptionsTest {
    @TempDir
    Path dir;

    private static ServeCommand parse(Map<String, String> env, String... args) {
        return ServeCommandTest.parse(env, args);
    }

    private List<ChannelState> states(ChannelOptions options) {
        try (SqliteConversationStore store = SqliteConversationStore.open(dir.resolve("data"));
             Conversations service = new Conversations(store, new Conversations.Settings(1, 1), Observer.none(),
                     Clock.systemUTC())) {
            return options.build(service, store, Clock.systemUTC()).integrations().states();
        }
    }

    @Test
    void theContractsVariablesSetTheChannelsAndTheFlagWins() {
        Map<String, String> env = new java.util.HashMap<>(Map.of("XIAOER_DINGTALK_APP_SECRET", "ding",
                "XIAOER_WECOM_TOKEN", "tok", "XIAOER_WECOM_AES_KEY", "key", "XIAOER_WECOM_CORP_ID", "corp",
                "XIAOER_WECOM_SECRET", "ws", "XIAOER_WECOM_AGENT_ID", "1000002", "XIAOER_WECOM_API", "http://127.0.0.1:1"));
        env.putAll(Map.of("XIAOER_FEISHU_ENCRYPT_KEY", "ek", "XIAOER_FEISHU_VERIFICATION_TOKEN", "vt",
                "XIAOER_FEISHU_APP_ID", "cli_1", "XIAOER_FEISHU_APP_SECRET", "fs", "XIAOER_FEISHU_API", "http://127.0.0.1:2"));
        ServeCommand s = parse(env, "--dingtalk-app-secret", "from-flag");
        ChannelOptions o = s.channelOptions;
        assertEquals("from-flag", o.dingtalkAppSecret);
        assertEquals(List.of("tok", "key", "corp", "ws", "1000002", "http://127.0.0.1:1"),
                List.of(o.wecomToken, o.wecomAesKey, o.wecomCorpId, o.wecomSecret, o.wecomAgentId, o.wecomApi));
        assertEquals(List.of("ek", "vt", "cli_1", "fs", "http://127.0.0.1:2"),
                List.of(o.feishuEncryptKey, o.feishuVerificationToken, o.feishuAppId, o.feishuAppSecret, o.feishuApi));
        ServeCommand retries = parse(Map.of("XIAOER_OUTBOX_RETRY_BASE", "250ms", "XIAOER_WEBHOOK_KEYS", "a:b"));
        assertEquals(Duration.ofMillis(250), retries.channelOptions.retryBase);
        assertEquals(Duration.ofMinutes(10), retries.channelOptions.retryCap);
        assertEquals(12, retries.channelOptions.maxAttempts);
        assertEquals("a:b", retries.channelOptions.webhookKeys);
    }

    @Test
    void settingsMayComeFromAnArgumentFile() throws Exception {
        Path file = dir.resolve("serve.args");
        Files.writeString(file, "--dingtalk-app-secret\nfrom-file\n--outbox-max-attempts\n5\n");
        ServeCommand s = parse(Map.of(), "@" + file);
        assertEquals("from-file", s.channelOptions.dingtalkAppSecret);
        assertEquals(5, s.channelOptions.maxAttempts);
    }

    @Test
    void aChannelWithoutItsSecretsIsOffAndSaysWhichAreMissing() {
        ServeCommand s = parse(Map.of("XIAOER_DINGTALK_APP_SECRET", "ding-secret-value",
                "XIAOER_WECOM_TOKEN", "tok", "XIAOER_FEISHU_ENCRYPT_KEY", "feishu-key-value"));
        List<ChannelState> states = states(s.channelOptions);
        assertEquals(List.of("dingtalk: on (replies to each message's sessionWebhook, or in the response)",
                "wecom: off (XIAOER_WECOM_AES_KEY, XIAOER_WECOM_CORP_ID not set)",
                "feishu: off (XIAOER_FEISHU_VERIFICATION_TOKEN, XIAOER_FEISHU_APP_ID, XIAOER_FEISHU_APP_SECRET not set)"),
                states.stream().map(ChannelState::toString).toList());
        assertFalse(states.toString().contains("secret-value") || states.toString().contains("key-value"));
    }

    @Test
    void wecomWithoutTheSendApiStillAnswersPassively() {
        ServeCommand s = parse(Map.of("XIAOER_WECOM_TOKEN", "tok", "XIAOER_WECOM_AES_KEY",
                "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt", "XIAOER_WECOM_CORP_ID", "ww1436e0e65a779aee",
                "XIAOER_WECOM_AGENT_ID", "not-a-number", "XIAOER_WECOM_SECRET", "s"));
        assertEquals("wecom: on (passive replies only (XIAOER_WECOM_SECRET, XIAOER_WECOM_AGENT_ID not set))",
                states(s.channelOptions).get(1).toString());
    }

    @Test
    void malformedWebhookKeysStopServe() {
        ServeCommand s = parse(Map.of("XIAOER_WEBHOOK_KEYS", "no-secret-here"));
        assertThrows(IllegalArgumentException.class, () -> states(s.channelOptions));
    }
}
