package dev.xiaoer.channel.wecom;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xiaoer.channel.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WeCom's WXBizMsgCrypt sample: the URL check of its documentation, then messages both ways. */
class WeComCryptoTest {
    static final String TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo";
    static final String AES_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt";
    static final String CORP_ID = "ww1436e0e65a779aee";
    static final String SIGNATURE = "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb";
    static final String TIMESTAMP = "1476416373";
    static final String NONCE = "47744683";
    static final String ECHOSTR = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";

    private final WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY, CORP_ID);

    @Test
    void theDocumentedUrlCheckVerifiesAndDecrypts() throws Refusal {
        assertEquals(SIGNATURE, crypto.signature(TIMESTAMP, NONCE, ECHOSTR));
        assertDoesNotThrow(() -> crypto.verify(SIGNATURE, TIMESTAMP, NONCE, ECHOSTR));
        assertEquals("1288432023552776189", crypto.decrypt(ECHOSTR));
    }

    @Test
    void aWrongSignatureAnotherCorpOrAnotherKeyIsRefused() {
        assertThrows(Refusal.class, () -> crypto.verify(SIGNATURE, TIMESTAMP, "47744684", ECHOSTR));
        assertThrows(Refusal.class, () -> crypto.verify(SIGNATURE.replace('0', '1'), TIMESTAMP, NONCE, ECHOSTR));
        assertThrows(Refusal.class, () -> crypto.verify(null, TIMESTAMP, NONCE, ECHOSTR));
        assertThrows(Refusal.class, () -> new WeComCrypto(TOKEN, AES_KEY, "ww-another-corp").decrypt(ECHOSTR));
        assertThrows(Refusal.class, () -> new WeComCrypto(TOKEN, "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", CORP_ID)
                .decrypt(ECHOSTR));
        assertThrows(Refusal.class, () -> crypto.decrypt("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> new WeComCrypto(TOKEN, "short", CORP_ID));
    }

    @Test
    void aMessageEncryptedForAPassiveReplyDecryptsAsWeComWould() throws Refusal {
        String xml = "<xml><Content><![CDATA[保证金退回分3步]]></Content></xml>";
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        String encrypted = crypto.encrypt(xml, salt);
        assertEquals(0, java.util.Base64.getDecoder().decode(encrypted).length % 32, "padded to 32");
        assertEquals(xml, crypto.decrypt(encrypted));
        // every padding length 1..32 comes back
        for (int n = 0; n < 40; n++) {
            String m = "x".repeat(n);
            assertEquals(m, crypto.decrypt(crypto.encrypt(m, salt)));
        }
    }

    @Test
    void theXmlReaderRefusesEntitiesAndKeepsCdataWhole() throws Refusal {
        assertEquals(Map.of("Content", "a]]>b"), WeComXml.read("<xml><Content>" + WeComXml.cdata("a]]>b") + "</Content></xml>"));
        assertThrows(Refusal.class, () -> WeComXml.read(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml><C>&e;</C></xml>"));
        assertThrows(Refusal.class, () -> WeComXml.read("not xml"));
    }
}
