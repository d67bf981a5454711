package dev.xiaoer.server;

import dev.xiaoer.conversation.Message;
import dev.xiaoer.conversation.Observer;
import dev.xiaoer.dialogue.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server keeps of each message the use case answers, whichever transport brought it: the
 * {@link Metrics} and one log line (logfmt, {@code event=message}).
 */
public final class Telemetry implements Observer {
    private static final Logger log = LoggerFactory.getLogger(Telemetry.class);

    private final Metrics metrics;
    private final boolean logText;

    /** @param logText whether the log line includes the seller's text */
    public Telemetry(Metrics metrics, boolean logText) {
        this.metrics = metrics;
        this.logText = logText;
    }

    @Override
    public void replied(Message message, Reply reply, boolean duplicate, long nanos) {
        metrics.message(reply.kind(), duplicate, nanos);
        if (!log.isInfoEnabled()) {
            return;
        }
        LogLine line = new LogLine()
                .add("event", "message")
                .add("conversation", message.conversationId())
                .add("msgId", message.msgId())
                .add("kind", reply.kind().wire())
                .add("faqId", reply.faqId())
                .add("confidence", reply.confidence(), 3)
                .add("flow", reply.flow() == null ? null : reply.flow().id() + "/" + reply.flow().step())
                .add("replay", String.valueOf(duplicate))
                .add("latencyMs", nanos / 1e6, 1);
        if (logText) {
            line.add("text", message.text());
        }
        log.info(line.toString());
    }

    @Override
    public void storeCall(long nanos) {
        metrics.storeCall(nanos);
    }
}
