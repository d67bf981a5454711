package dev.xiaoer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pages served by xiaoer itself: the seller web chat, the staff console and the editors' pages,
 * static files from the jar ({@code /web/} on the class path), read once. No CDN, no build step.
 * Every page and asset goes out with a Content-Security-Policy that lets only the app's own scripts,
 * styles and connections run: no inline script, no other origin, no framing.
 */
public final class Pages {
    /** What every page and asset is served with. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** A file as served: its bytes and content type. */
    public record Asset(byte[] body, String contentType) {
    }

    private static final List<String> ASSETS = List.of("app.css", "common.js", "chat.js", "console.js", "knowledge.js");
    private static final Map<String, String> PAGES = Map.of("/chat", "chat.html", "/console", "console.html",
            "/console/knowledge", "knowledge.html");

    private final Map<String, Asset> pages = new HashMap<>();
    private final Map<String, Asset> assets = new HashMap<>();

    /** Reads every page and asset from the class path. */
    public Pages() {
        PAGES.forEach((path, file) -> pages.put(path, read(file)));
        for (String file : ASSETS) {
            assets.put(file, read(file));
        }
    }

    /** The page at {@code path} ({@code /chat}, {@code /console}, {@code /console/knowledge}). */
    public Optional<Asset> page(String path) {
        return Optional.ofNullable(pages.get(path));
    }

    /** The asset {@code /assets/<name>}; only the listed files, so no path reaches anything else. */
    public Optional<Asset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    private static Asset read(String file) {
        try (InputStream in = Pages.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks /web/" + file);
            }
            return new Asset(in.readAllBytes(), type(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String file) {
        if (file.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (file.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        return "text/javascript; charset=utf-8";
    }
}
