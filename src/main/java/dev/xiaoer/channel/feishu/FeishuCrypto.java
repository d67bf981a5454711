package dev.xiaoer.channel.feishu;

import dev.xiaoer.channel.Refusal;
import dev.xiaoer.channel.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Feishu / Lark event security: bodies encrypted with AES-256-CBC (key = SHA-256 of the Encrypt
 * Key, IV = the first 16 bytes of the decoded {@code encrypt}, PKCS#7), and {@code X-Lark-Signature}
 * = hex SHA-256 of timestamp + nonce + Encrypt Key + the raw body.
 */
public final class FeishuCrypto {
    private final String encryptKey;
    private final byte[] key;

    public FeishuCrypto(String encryptKey) {
        this.encryptKey = encryptKey;
        this.key = Secrets.digest("SHA-256", Secrets.utf8(encryptKey));
    }

    public String signature(String timestamp, String nonce, byte[] body) {
        byte[] head = Secrets.utf8(timestamp + nonce + encryptKey);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return HexFormat.of().formatHex(Secrets.digest("SHA-256", all));
    }

    public String decrypt(String encrypted) throws Refusal {
        try {
            byte[] raw = Base64.getDecoder().decode(encrypted);
            if (raw.length < 32) {
                throw Refusal.unauthorized("the event does not decrypt with the configured Encrypt Key");
            }
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(raw, 0, 16));
            return new String(c.doFinal(raw, 16, raw.length - 16), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw Refusal.unauthorized("the event does not decrypt with the configured Encrypt Key");
        }
    }

    /** {@code plain} encrypted as Feishu does it, after the IV {@code iv16}. */
    public String encrypt(String plain, byte[] iv16) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv16, 0, 16));
            byte[] ct = c.doFinal(Secrets.utf8(plain));
            byte[] all = Arrays.copyOf(Arrays.copyOf(iv16, 16), 16 + ct.length);
            System.arraycopy(ct, 0, all, 16, ct.length);
            return Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
