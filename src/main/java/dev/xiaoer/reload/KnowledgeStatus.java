package dev.xiaoer.reload;

import java.time.Instant;

/**
 * What knowledge is serving and how reloading goes, for {@code GET /admin/knowledge}.
 *
 * @param location    where the knowledge is read from
 * @param watched     true when edits under it are picked up by themselves
 * @param version     the version serving
 * @param loadedAt    when the serving version was swapped in
 * @param lastAttempt the latest reload, or null when none happened yet
 * @param reloads     reloads that swapped new knowledge in (the first load is not one)
 * @param unchanged   reloads that found the knowledge unchanged
 * @param failures    reloads refused because the knowledge was invalid
 */
public record KnowledgeStatus(String location, boolean watched, String version, Instant loadedAt,
                              ReloadAttempt lastAttempt, long reloads, long unchanged, long failures) {
}
