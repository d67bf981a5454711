package dev.xiaoer.store;

import dev.xiaoer.dialogue.Reply;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff member's reply to a seller, as the store keeps it: a line of the transcript (role
 * {@link TranscriptEntry.Role#STAFF}) and, when the conversation's channel pushes replies, an outbox
 * row written in the same transaction, so that a reply staff saw accepted is delivered.
 *
 * @param lineId   the reply's own id, unique; the outbox's delivery id derives from it
 * @param staffId  who wrote it, or null
 * @param reply    what the outbox delivers (its text is the line's text)
 * @param outbound where to push it, or null when the conversation has no channel that pushes (the
 *                 transcript is then the only place it shows)
 */
public record StaffLine(String conversationId, String lineId, String staffId, Reply reply, Instant at,
                        Outbound outbound) {
    /** The kind staff lines carry in the transcript. */
    public static final String KIND = "staff";

    public StaffLine {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(at, "at");
    }
}
