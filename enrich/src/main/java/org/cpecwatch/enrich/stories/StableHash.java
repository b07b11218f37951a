package org.cpecwatch.enrich.stories;

/**
 * 64-bit hashes that are the same in every JVM and on every run: story ids are kept in changelogged stores, so a
 * restarted or restored instance must compute exactly the buckets and signatures the earlier one stored.
 */
final class StableHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    /** FNV-1a over the UTF-16 chars, then {@link #mix} so that similar strings land far apart. */
    static long of(CharSequence text) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            hash = (hash ^ (c & 0xff)) * FNV_PRIME;
            hash = (hash ^ (c >>> 8)) * FNV_PRIME;
        }
        return mix(hash);
    }

    /** The SplitMix64 finaliser: a bijection that spreads every input bit over the whole word. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
