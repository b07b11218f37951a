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
        return mix(fnv(FNV_OFFSET, text));
    }

    /** The hash of {@code parts[from..to)} joined by {@code separator}, without building the joined string. */
    static long ofJoined(java.util.List<String> parts, int from, int to, char separator) {
        long hash = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            if (i > from) {
                hash = fnv(hash, separator);
            }
            hash = fnv(hash, parts.get(i));
        }
        return mix(hash);
    }

    private static long fnv(long hash, CharSequence text) {
        long h = hash;
        for (int i = 0; i < text.length(); i++) {
            h = fnv(h, text.charAt(i));
        }
        return h;
    }

    private static long fnv(long hash, char c) {
        long h = (hash ^ (c & 0xff)) * FNV_PRIME;
        return (h ^ (c >>> 8)) * FNV_PRIME;
    }

    /** The SplitMix64 finaliser: a bijection that spreads every input bit over the whole word. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
