package dev.xiaoer.store;

/** The store could not read or write; the message's state was not changed. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
