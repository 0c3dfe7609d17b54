package io.lede.language;

/**
 * All languages' n-gram probabilities in one open-addressing hash table: an n-gram's key leads to the list of
 * languages that know it, each with its quantised -ln P(last char | preceding chars).
 */
final class NgramTable {
    private final int[] slots;
    private final int mask;
    private final long[] keys;
    private final int[] postingStart;
    /** A posting's language (high byte) and cost (low byte) side by side: one memory read for both. */
    private final char[] postings;

    private NgramTable(int[] slots, long[] keys, int[] postingStart, byte[] postingLanguage, byte[] postingCost) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.keys = keys;
        this.postingStart = postingStart;
        this.postings = new char[postingLanguage.length];
        for (int p = 0; p < postings.length; p++) {
            postings[p] = (char) ((postingLanguage[p] & 0xff) << 8 | postingCost[p] & 0xff);
        }
    }

    /** Index of the key's posting list, or -1. */
    int find(long key) {
        for (int s = slot(key); ; s = (s + 1) & mask) {
            int k = slots[s];
            if (k == 0) {
                return -1;
            }
            if (keys[k - 1] == key) {
                return k - 1;
            }
        }
    }

    int postingStart(int index) {
        return postingStart[index];
    }

    int postingEnd(int index) {
        return postingStart[index + 1];
    }

    int language(int posting) {
        return postings[posting] >>> 8;
    }

    /** Quantised -ln p, 0..255. */
    int cost(int posting) {
        return postings[posting] & 0xff;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    /**
     * The table over n-grams given in posting order: n-gram {@code i} has key {@code keys[i]} and the postings
     * {@code postingStart[i]} (inclusive) to {@code postingStart[i + 1]} (exclusive). Should two n-grams share a
     * 48-bit key (about one chance in a hundred for the whole model), the first one wins.
     */
    static NgramTable of(long[] keys, int[] postingStart, byte[] postingLanguage, byte[] postingCost) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.length + keys.length / 2)) << 1;
        NgramTable table = new NgramTable(new int[capacity], keys, postingStart, postingLanguage, postingCost);
        for (int i = 0; i < keys.length; i++) {
            table.insert(i);
        }
        return table;
    }

    private void insert(int index) {
        int s = slot(keys[index]);
        while (slots[s] != 0) {
            if (keys[slots[s] - 1] == keys[index]) {
                return;
            }
            s = (s + 1) & mask;
        }
        slots[s] = index + 1;
    }
}
