package dev.xiaoer.dialogue;

import java.util.Locale;

/** What kind of reply the bot gave; serialised in lower case, as the contract names them. */
public enum Kind {
    FAQ, FLOW, CLARIFY, FALLBACK, HANDOFF, HUMAN, SMALLTALK, CANCEL;

    /** The name in lower case, made once: it is written several times for every reply (store, log, body). */
    private final String wire = name().toLowerCase(Locale.ROOT);

    public String wire() {
        return wire;
    }

    public static Kind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
