package dev.xiaoer.channel.dingtalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** DingTalk's own signature example: secret "this is secret", timestamp 1577262236757. */
class DingTalkSignatureTest {

    @Test
    void theDocumentedExampleSignsAsDingTalkDoes() {
        // Base64(HmacSHA256("this is secret", "1577262236757\nthis is secret")), as openssl computes it
        assertEquals("hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=", DingTalkSignature.sign("this is secret", "1577262236757"));
    }

    @Test
    void anotherTimestampOrSecretSignsDifferently() {
        String sign = DingTalkSignature.sign("this is secret", "1577262236757");
        assertNotEquals(sign, DingTalkSignature.sign("this is secret", "1577262236758"));
        assertNotEquals(sign, DingTalkSignature.sign("this is secreT", "1577262236757"));
    }
}
