package dev.xiaoer.channel.dingtalk;

import dev.xiaoer.channel.Secrets;
import java.util.Base64;

/**
 * DingTalk's robot callback signature: {@code sign = Base64(HmacSHA256(appSecret, timestamp + "\n" + appSecret))},
 * with {@code timestamp} in milliseconds, sent in the {@code timestamp} and {@code sign} headers.
 */
public final class DingTalkSignature {
    private DingTalkSignature() {
    }

    public static String sign(String appSecret, String timestamp) {
        byte[] mac = Secrets.hmacSha256(Secrets.utf8(appSecret), Secrets.utf8(timestamp + "\n" + appSecret));
        return Base64.getEncoder().encodeToString(mac);
    }
}
