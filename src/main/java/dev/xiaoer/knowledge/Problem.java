package dev.xiaoer.knowledge;

/** One thing wrong with the knowledge files, printed as {@code path:line: message}. */
public record Problem(String path, int line, String message) {

    static Problem at(Source source, String message) {
        return new Problem(source.path(), source.line(), message);
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
