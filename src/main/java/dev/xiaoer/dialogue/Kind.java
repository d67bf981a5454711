package dev.xiaoer.dialogue;

import java.util.Locale;

/** What kind of reply the bot gave; serialised in lower case, as the contract names them. */
public enum Kind {
    FAQ, FLOW, CLARIFY, FALLBACK, HANDOFF, HUMAN, SMALLTALK, CANCEL;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
