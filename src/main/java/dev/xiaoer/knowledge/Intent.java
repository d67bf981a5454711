package dev.xiaoer.knowledge;

import java.util.List;

/**
 * The phrases of one conversation intent (handoff, cancel, resume): {@code whole} ones count only
 * as the whole message, {@code inside} ones anywhere in it.
 */
public record Intent(List<String> whole, List<String> inside) {
    public Intent {
        whole = List.copyOf(whole);
        inside = List.copyOf(inside);
    }
}
