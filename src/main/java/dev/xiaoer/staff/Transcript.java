package dev.xiaoer.staff;

import dev.xiaoer.dialogue.Session;
import dev.xiaoer.store.TranscriptEntry;
import java.util.List;

/**
 * One conversation as staff read it: its current session and a page of its lines, oldest first.
 *
 * @param next where the next page of lines starts, or null when these are the last
 */
public record Transcript(String conversationId, Session session, List<TranscriptEntry> entries, String next) {
    public Transcript {
        entries = List.copyOf(entries);
    }
}
