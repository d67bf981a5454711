package dev.xiaoer.knowledge;

/** Where a piece of knowledge was written: a file relative to the knowledge root, and a 1-based line. */
public record Source(String path, int line) {
    @Override
    public String toString() {
        return path + ":" + line;
    }
}
