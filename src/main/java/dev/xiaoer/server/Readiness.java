package dev.xiaoer.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.conversation.Outcome;
import dev.xiaoer.store.StoreHealth;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.Locale;
import java.util.Optional;

/** {@code GET /readyz}: whether this node answers messages now, and if not, why. */
final class Readiness {
    private final Conversations service;
    private final Traffic traffic;
    private final Integrations integrations;
    private final Responses responses;

    Readiness(Conversations service, Traffic traffic, Integrations integrations, Responses responses) {
        this.service = service;
        this.traffic = traffic;
        this.integrations = integrations;
        this.responses = responses;
    }

    /**
     * 200 while messages are answered; else 503 with why: {@code not_ready} (loading, shutting down),
     * {@code store_unavailable} (the store cannot write, and why), {@code store_check_failed} (the
     * integrity check at start found the database damaged).
     */
    FullHttpResponse response() {
        Optional<Outcome.Rejected> refusal = traffic.draining ? Optional.of(Outcome.Rejected.SHUTTING_DOWN)
                : service.refusal();
        StoreHealth store = service.storeHealth();
        if (refusal.isPresent()) {
            return responses.error(switch (refusal.get()) {
                case STORE_UNAVAILABLE -> new ApiError(503, "store_unavailable", "the conversation store cannot write: "
                        + store.unwritable() + (store.unwritableSince() == null ? "" : ", since " + store.unwritableSince())
                        + "; it retries by itself");
                case SHUTTING_DOWN -> new ApiError(503, "not_ready", ApiError.SHUTTING_DOWN);
                default -> new ApiError(503, "not_ready", ApiError.LOADING);
            });
        }
        if (store.checkFailed()) {
            return responses.error(new ApiError(503, "store_check_failed", "the conversation store failed its integrity check "
                    + "at start (" + store.checkResult() + "); restore a backup or repair it (docs/operations.md)"));
        }
        ObjectNode body = Responses.status("ready");
        body.put("knowledgeVersion", service.dialogue().map(d -> d.knowledge().version()).orElse(null));
        body.put("storeCheck", store.check().name().toLowerCase(Locale.ROOT));
        ObjectNode channels = body.putObject("channels");
        for (ChannelState c : integrations.states()) {
            channels.putObject(c.name()).put("on", c.on()).put("detail", c.detail());
        }
        return Responses.json(HttpResponseStatus.OK, body);
    }
}
