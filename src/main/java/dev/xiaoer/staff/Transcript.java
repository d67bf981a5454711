package dev.xiaoer.staff;

import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.TranscriptEntry;
import java.util.List;

/** One conversation as staff read it: its current session and every line, oldest first. */
public record Transcript(String conversationId, Session session, List<TranscriptEntry> entries) {
    public Transcript {
        entries = List.copyOf(entries);
    }
}
