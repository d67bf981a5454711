package dev.xiaoer.server;

/** An error answer: its HTTP status and the contract's {@code {"error": {"code", "message"}}}. */
final class ApiError extends RuntimeException {
    final int status;
    final String code;
    /** Seconds for a Retry-After header, or 0 for none. */
    final int retryAfter;

    ApiError(int status, String code, String message) {
        this(status, code, message, 0);
    }

    ApiError(int status, String code, String message, int retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }
}
