package dev.xiaoer.knowledge;

/**
 * Where a flow step goes on an answer: to step {@code next}, or, when {@code next} is null, it
 * stays on the same step; {@code say} is what the bot says on taking the branch (may be null).
 */
public record Branch(String next, String say) {
    public boolean stays() {
        return next == null;
    }
}
