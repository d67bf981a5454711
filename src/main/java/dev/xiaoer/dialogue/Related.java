package dev.xiaoer.dialogue;

/** An FAQ entry offered next to an answer, or as a clarify option. */
public record Related(String faqId, String question) {
}
