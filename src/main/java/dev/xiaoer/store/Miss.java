package dev.xiaoer.store;

import java.time.Instant;

/** A seller's question the bot answered weakly (a fallback or a low-confidence answer). */
public record Miss(String conversationId, String msgId, String question, String kind, String faqId,
                   double confidence, Instant at) {
}
