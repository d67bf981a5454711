package dev.xiaoer.channel;

/**
 * A callback refused before it reached the use case, so nothing was stored: 401 when it is not
 * the platform's (a bad or stale signature, a wrong token), 400 when it cannot be read. Its message
 * says what was wrong, never what was expected.
 */
public final class Refusal extends Exception {
    private final int status;
    private final String code;

    private Refusal(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static Refusal unauthorized(String message) {
        return new Refusal(401, "bad_signature", message);
    }

    public static Refusal badRequest(String code, String message) {
        return new Refusal(400, code, message);
    }

    public ChannelResponse response() {
        return new ChannelResponse.Refused(status, code, getMessage());
    }
}
