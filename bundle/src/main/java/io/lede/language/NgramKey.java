package io.lede.language;

/** The 48-bit hash that identifies a character n-gram in {@link NgramTable}. */
final class NgramKey {
    private NgramKey() {
    }

    static long of(CharSequence chars, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h = (h ^ chars.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    static long of(char[] chars, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            h = (h ^ chars[i]) * 0x100000001b3L;
        }
        return mix(h);
    }

    static long of(CharSequence chars) {
        return of(chars, 0, chars.length());
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h >>> 16;
    }
}
