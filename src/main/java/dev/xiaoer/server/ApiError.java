package dev.xiaoer.server;

import dev.xiaoer.conversation.Outcome;

/** An error answer: its HTTP status and the contract's {@code {"error": {"code", "message"}}}. */
final class ApiError extends RuntimeException {
    static final String SHUTTING_DOWN = "the service is shutting down";
    static final String LOADING = "the knowledge is still loading";
    static final String STORE_UNAVAILABLE = "the conversation could not be saved now; nothing was changed, retry";

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

    /**
     * How the HTTP API answers a message (or staff work) the use case turned away: 503 with a
     * Retry-After where waiting helps (the store that cannot write included: nothing was stored, and
     * it retries by itself), 500 where something broke.
     */
    static ApiError rejected(Outcome.Rejected why) {
        return switch (why) {
            case BUSY -> new ApiError(503, "overloaded", "too many messages waiting; retry shortly", 1);
            case SHUTTING_DOWN -> new ApiError(503, "shutting_down", SHUTTING_DOWN, 1);
            case NOT_READY -> new ApiError(503, "not_ready", LOADING, 1);
            case STORE_UNAVAILABLE -> new ApiError(503, "store_unavailable", STORE_UNAVAILABLE, 5);
            case FAILED -> new ApiError(500, "internal_error", "the message could not be answered; retry");
        };
    }
}
