package dev.xiaoer.channel.wecom;

import dev.xiaoer.channel.Refusal;
import dev.xiaoer.channel.Secrets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback encryption (its {@code WXBizMsgCrypt}): {@code msg_signature} is the SHA-1 of the
 * sorted token, timestamp, nonce and ciphertext; the ciphertext is AES-256-CBC with the key
 * {@code Base64(EncodingAESKey + "=")}, the IV its first 16 bytes, PKCS#7 padding to 32, over
 * 16 random bytes + the message's 4-byte big-endian length + the message + the ReceiveId (the corp id).
 */
public final class WeComCrypto {
    private static final int BLOCK = 32;

    private final String token;
    private final byte[] key;
    private final String receiveId;

    /**
     * @throws IllegalArgumentException when the EncodingAESKey is not 43 Base64 characters (32 bytes)
     */
    public WeComCrypto(String token, String encodingAesKey, String receiveId) {
        byte[] k;
        try {
            k = Base64.getDecoder().decode(encodingAesKey + "=");
        } catch (IllegalArgumentException e) {
            k = new byte[0];
        }
        if (encodingAesKey.length() != 43 || k.length != 32) {
            throw new IllegalArgumentException("the EncodingAESKey must be 43 Base64 characters");
        }
        this.token = token;
        this.key = k;
        this.receiveId = receiveId;
    }

    /** The {@code msg_signature} of a ciphertext (or, for the URL check, of {@code echostr}). */
    public String signature(String timestamp, String nonce, String encrypted) {
        String[] parts = {token, timestamp, nonce, encrypted};
        Arrays.sort(parts);
        return HexFormat.of().formatHex(Secrets.digest("SHA-1", Secrets.utf8(String.join("", parts))));
    }

    /** Refuses a callback whose signature does not match. */
    public void verify(String signature, String timestamp, String nonce, String encrypted) throws Refusal {
        if (signature == null || timestamp == null || nonce == null || encrypted == null) {
            throw Refusal.unauthorized("msg_signature, timestamp, nonce and the ciphertext are required");
        }
        if (!Secrets.same(signature(timestamp, nonce, encrypted), signature.toLowerCase(java.util.Locale.ROOT))) {
            throw Refusal.unauthorized("the msg_signature does not match");
        }
    }

    /** The message inside a ciphertext; refused when it does not decrypt or was meant for another ReceiveId. */
    public String decrypt(String encrypted) throws Refusal {
        byte[] plain;
        try {
            byte[] data = Base64.getDecoder().decode(encrypted);
            plain = cipher(Cipher.DECRYPT_MODE).doFinal(data);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw Refusal.unauthorized("the message does not decrypt with the configured EncodingAESKey");
        }
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < 20 + pad) {
            throw Refusal.unauthorized("the message does not decrypt with the configured EncodingAESKey");
        }
        int end = plain.length - pad;
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw Refusal.unauthorized("the decrypted message is malformed");
        }
        String id = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
        if (!Secrets.same(receiveId, id)) {
            throw Refusal.unauthorized("the message is for another ReceiveId (corp id)");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    /** {@code message} encrypted for a passive reply, after {@code random16} (16 random bytes). */
    public String encrypt(String message, byte[] random16) {
        byte[] msg = Secrets.utf8(message);
        byte[] id = Secrets.utf8(receiveId);
        int unpadded = 16 + 4 + msg.length + id.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer b = ByteBuffer.allocate(unpadded + pad);
        b.put(random16, 0, 16).putInt(msg.length).put(msg).put(id);
        for (int i = 0; i < pad; i++) {
            b.put((byte) pad);
        }
        try {
            return Base64.getEncoder().encodeToString(cipher(Cipher.ENCRYPT_MODE).doFinal(b.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/NoPadding");
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
        return c;
    }
}
