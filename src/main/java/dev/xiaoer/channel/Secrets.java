package dev.xiaoer.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The digests and MACs the platforms sign with, and a comparison that takes the same time however much matches. */
public final class Secrets {
    private Secrets() {
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether {@code given} equals {@code expected}, in constant time; false for a null {@code given}. */
    public static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(utf8(expected), utf8(given));
    }

    /** A configured secret: null when unset or blank. */
    public static String configured(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
