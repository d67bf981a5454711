package dev.xiaoer.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bearer tokens that open the staff ({@code /v1/suggest}, handoffs, transcripts) and admin
 * ({@code /admin/*}) endpoints. A side without a token is closed (403). Tokens are compared in
 * constant time, on their SHA-256 digests so that not even their length shows; they are never
 * printed ({@link #toString} hides them).
 */
public final class AccessTokens {
    private final byte[] staff;
    private final byte[] admin;

    /** @param staff the staff token, or null/blank for none; @param admin likewise */
    public AccessTokens(String staff, String admin) {
        this.staff = digest(staff);
        this.admin = digest(admin);
    }

    /** No tokens: every staff and admin endpoint answers 403. */
    public static AccessTokens none() {
        return new AccessTokens(null, null);
    }

    public boolean staffEnabled() {
        return staff != null;
    }

    public boolean adminEnabled() {
        return admin != null;
    }

    /**
     * Whether staff and admin were given the same token: then every staff member is an admin too,
     * which is rarely meant (serve warns about it).
     */
    public boolean sameForBoth() {
        return staff != null && admin != null && MessageDigest.isEqual(staff, admin);
    }

    /**
     * Checks a request's {@code Authorization} header for {@code access}.
     *
     * @throws ApiError 403 when no token is configured for that side, 401 when the header is missing,
     *                  not a bearer token, or the wrong token
     */
    void check(Routes.Access access, String authorization) {
        if (access == Routes.Access.PUBLIC) {
            return;
        }
        byte[] expected = access == Routes.Access.STAFF ? staff : admin;
        String side = access == Routes.Access.STAFF ? "staff" : "admin";
        if (expected == null) {
            throw new ApiError(403, "forbidden", "the " + side + " endpoints are off: no " + side
                    + " token is configured (--" + side + "-token, XIAOER_" + side.toUpperCase(java.util.Locale.ROOT)
                    + "_TOKEN)");
        }
        String given = bearer(authorization);
        if (given == null) {
            throw new ApiError(401, "unauthorized", "send the " + side + " token as 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(expected, digest(given))) {
            throw new ApiError(401, "unauthorized", "the " + side + " token is wrong");
        }
    }

    private static String bearer(String header) {
        if (header == null) {
            return null;
        }
        String h = header.strip();
        if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = h.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static byte[] digest(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.strip().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AccessTokens[staff=" + (staff == null ? "none" : "set") + ", admin=" + (admin == null ? "none" : "set") + "]";
    }
}
