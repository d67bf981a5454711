package dev.xiaoer.channel;

import java.util.concurrent.CompletableFuture;

/**
 * A channel whose callbacks go through the shared {@link Callbacks} pipeline: a platform supplies its
 * steps ({@link Callbacks.Platform}) and its state, and gets its name and {@link #handle} from here.
 */
public abstract class CallbackChannel<C> implements Channel, Callbacks.Platform<C> {
    private final String name;
    protected final Callbacks callbacks;

    protected CallbackChannel(String name, Callbacks callbacks) {
        this.name = name;
        this.callbacks = callbacks;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public CompletableFuture<ChannelResponse> handle(ChannelRequest request) {
        return callbacks.handle(name, this, request);
    }
}
