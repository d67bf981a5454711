package dev.xiaoer.channel.feishu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xiaoer.channel.Refusal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feishu's decrypt example (key "test key"), and the signature over timestamp, nonce, key and body. */
class FeishuCryptoTest {
    private final FeishuCrypto crypto = new FeishuCrypto("test key");

    @Test
    void theDocumentedExampleDecryptsToHelloWorld() throws Refusal {
        assertEquals("hello world", crypto.decrypt("P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk="));
    }

    @Test
    void theSignatureIsTheHexSha256OfTimestampNonceKeyAndBody() {
        String body = "{\"encrypt\":\"P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=\"}";
        // hashlib.sha256(b"1599360473" + b"1234567" + b"test key" + body).hexdigest()
        assertEquals("c33614b1017d3f0bb4c164899f027c2910d3fae953ac7d62192441962378623f",
                crypto.signature("1599360473", "1234567", body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void encryptingAsFeishuDoesRoundTripsAndAnotherKeyIsRefused() throws Refusal {
        byte[] iv = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String event = "{\"type\":\"url_verification\",\"challenge\":\"挑战\"}";
        assertEquals(event, crypto.decrypt(crypto.encrypt(event, iv)));
        assertThrows(Refusal.class, () -> new FeishuCrypto("another key").decrypt(crypto.encrypt(event, iv)));
        assertThrows(Refusal.class, () -> crypto.decrypt("c2hvcnQ="));
    }
}
