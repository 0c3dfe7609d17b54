package io.lede.entities;

/** Hashes (feature kind, value) pairs into a fixed number of buckets without building strings. */
final class FeatureHasher {
    private final int mask;

    FeatureHasher(int bits) {
        this.mask = (1 << bits) - 1;
    }

    int hash(int kind, CharSequence value) {
        return hash(kind, value, 0, value.length());
    }

    /** The hash of value.subSequence(from, to), without making it. */
    int hash(int kind, CharSequence value, int from, int to) {
        int h = 0x811c9dc5 ^ (kind * 0x9E3779B1);
        for (int i = from; i < to; i++) {
            h = (h ^ value.charAt(i)) * 0x01000193;
        }
        return finish(h);
    }

    int hash(int kind, CharSequence a, CharSequence b) {
        int h = 0x811c9dc5 ^ (kind * 0x9E3779B1);
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x01000193;
        }
        h = (h ^ 0x1F) * 0x01000193;
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * 0x01000193;
        }
        return finish(h);
    }

    private int finish(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h & mask;
    }
}
