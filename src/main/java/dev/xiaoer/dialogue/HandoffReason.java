package dev.xiaoer.dialogue;

/** Why a conversation was handed to a person; {@link #wire()} is how the store and the API spell it. */
public enum HandoffReason {
    /** The seller asked for a person. */
    REQUESTED("requested"),
    /** The bot fell back twice in a row. */
    FALLBACKS("fallbacks"),
    /** A flow step could not read three answers in a row. */
    UNREADABLE("unreadable"),
    /** A staff member took the conversation over from the bot. */
    TAKEN_OVER("taken_over");

    private final String wire;

    HandoffReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The reason spelled {@code wire}; an unknown spelling is an error, not a guess. */
    public static HandoffReason fromWire(String wire) {
        for (HandoffReason r : values()) {
            if (r.wire.equals(wire)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown handoff reason: " + wire);
    }
}
