package dev.xiaoer.store;

import java.time.Duration;
import java.util.List;

/**
 * What SQLite's check of a store's file found ({@code quick_check}, or the slower and more thorough
 * {@code integrity_check}): sound, or the problems it lists (up to 100), and how long it took.
 */
public record CheckResult(boolean ok, List<String> problems, Duration took) {
    private static final int QUOTED = 3;

    public CheckResult {
        problems = List.copyOf(problems);
    }

    /** "ok", or the first few problems and how many more. */
    public String summary() {
        return ok ? "ok" : String.join("; ", problems.subList(0, Math.min(QUOTED, problems.size())))
                + (problems.size() > QUOTED ? "; and " + (problems.size() - QUOTED) + " more" : "");
    }
}
