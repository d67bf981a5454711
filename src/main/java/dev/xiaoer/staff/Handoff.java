package dev.xiaoer.staff;

import dev.xiaoer.store.TranscriptEntry;
import java.time.Instant;
import java.util.List;

/** A conversation waiting for a person: why, since when, and its last lines. */
public record Handoff(String conversationId, String reason, Instant since, Instant lastActivity,
                      List<TranscriptEntry> lastMessages) {
    public Handoff {
        lastMessages = List.copyOf(lastMessages);
    }
}
