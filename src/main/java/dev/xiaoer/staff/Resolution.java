package dev.xiaoer.staff;

/**
 * The outcome of handing a conversation back to the bot.
 *
 * @param resolved       true when it was with a person and is now back with the bot
 * @param previousReason why it had been handed off, or null when it was not
 */
public record Resolution(String conversationId, boolean resolved, String previousReason) {
}
