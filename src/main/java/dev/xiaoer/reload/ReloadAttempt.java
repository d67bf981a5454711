package dev.xiaoer.reload;

import dev.xiaoer.knowledge.Problem;
import java.time.Instant;
import java.util.List;

/**
 * One attempt to load the knowledge again.
 *
 * @param trigger  what asked for it: {@code "watch"} (a file changed) or {@code "admin"} (POST /admin/reload)
 * @param ok       true when the knowledge was valid (and is now serving, or was already)
 * @param changed  true when it differed from the knowledge serving and was swapped in
 * @param version  the version serving after the attempt
 * @param problems why it was refused, as {@code path:line: message}; empty when ok
 */
public record ReloadAttempt(Instant at, String trigger, boolean ok, boolean changed, String version,
                            List<Problem> problems) {
    public ReloadAttempt {
        problems = List.copyOf(problems);
    }
}
