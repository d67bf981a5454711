package dev.xiaoer.dialogue;

/** Where a conversation is in a guided flow, as the reply's {@code flow} object shows it. */
public record FlowPosition(String id, String step, boolean done) {
}
