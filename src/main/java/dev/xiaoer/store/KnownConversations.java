package dev.xiaoer.store;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which conversation ids the file may hold: a Bloom filter over every conversation that has a row in
 * {@code sessions}, so that the first message of a new conversation is answered without reading
 * the file ({@link SqliteConversationStore#arrival}: it holds neither a session nor an earlier reply).
 * A quarter of the load benchmark's messages, and every conversation's first in production, read the
 * file only to find nothing there.
 *
 * <p>It answers "surely not" or "maybe": never "surely not" for a conversation the file holds, once
 * {@link #loaded}. That holds because every write that stores a conversation's bot line or session
 * (an exchange, a session saved on its own; no row is ever deleted) upserts its {@code sessions} row, and:
 * <ul>
 *   <li>what the file held when the store opened is added by {@link #load} (one scan of the
 *       sessions' key, on a thread of its own: until it is done every conversation is "maybe", and
 *       the file is read, as before);</li>
 *   <li>the writer thread adds each write's conversation before it begins the transaction
 *       ({@link #add}), so whatever a commit may store is in the filter first; a conversation's next
 *       message waits for that commit, so it sees the addition.</li>
 * </ul>
 * A false "maybe" (one in a few hundred at the planned size, more once many more conversations than
 * planned are added) only costs the read it would have cost anyway. Thread-safe.
 */
final class KnownConversations {
    /** Hash functions per id: 4 at 16 bits an id gives ~0.2 % false "maybe"s. */
    private static final int HASHES = 4;
    private static final int BITS_PER_ID = 16;
    /** The least size, 2^23 bits (1 MiB): two million conversations at the planned rate of false "maybe"s. */
    private static final int MIN_BITS_LOG2 = 23;
    /** The largest size, 2^30 bits (128 MiB). */
    private static final int MAX_BITS_LOG2 = 30;

    private final AtomicLongArray words;
    private final long mask;
    private volatile boolean loaded;

    /** A filter planned for {@code expected} conversations (it takes more, with more false "maybe"s). */
    KnownConversations(long expected) {
        int log2 = MIN_BITS_LOG2;
        while (log2 < MAX_BITS_LOG2 && (1L << log2) < expected * BITS_PER_ID) {
            log2++;
        }
        this.words = new AtomicLongArray((int) ((1L << log2) >>> 6));
        this.mask = (1L << log2) - 1;
    }

    /** Adds a conversation the file may hold from now on. */
    void add(String conversationId) {
        long h = hash(conversationId);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + (long) i * h2) & mask;
            int word = (int) (bit >>> 6);
            long m = 1L << bit;
            long w = words.get(word);
            while ((w & m) == 0 && !words.compareAndSet(word, w, w | m)) {
                w = words.get(word);
            }
        }
    }

    /** After every conversation the file held at the scan's start has been {@link #add}ed. */
    void loaded() {
        loaded = true;
    }

    boolean isLoaded() {
        return loaded;
    }

    /**
     * True when the file surely holds nothing of the conversation (no session, so no reply either);
     * false when it may (or the filter is not {@link #loaded} yet).
     */
    boolean surelyAbsent(String conversationId) {
        if (!loaded) {
            return false;
        }
        long h = hash(conversationId);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + (long) i * h2) & mask;
            if ((words.get((int) (bit >>> 6)) & (1L << bit)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** 64 bits of FNV-1a over the id's characters, finished with a 64-bit mix: two 32-bit hashes. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
