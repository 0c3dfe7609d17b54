package io.lede.language;

import java.util.Arrays;

/**
 * All languages' n-gram probabilities in one open-addressing hash table: an n-gram's key leads to the list of
 * languages that know it, each with its quantised -ln P(last char | preceding chars).
 */
final class NgramTable {
    private final int[] slots;
    private final int mask;
    private final long[] keys;
    private final int[] postingStart;
    private final byte[] postingLanguage;
    private final byte[] postingCost;

    private NgramTable(int[] slots, long[] keys, int[] postingStart, byte[] postingLanguage, byte[] postingCost) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.keys = keys;
        this.postingStart = postingStart;
        this.postingLanguage = postingLanguage;
        this.postingCost = postingCost;
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
        return postingLanguage[posting];
    }

    /** Quantised -ln p, 0..255. */
    int cost(int posting) {
        return postingCost[posting] & 0xff;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & mask;
    }

    long memoryBytes() {
        return 4L * slots.length + 8L * keys.length + 4L * postingStart.length + 2L * postingCost.length;
    }

    /** Collects (key, language, cost) entries, then builds the table. */
    static final class Builder {
        private long[] entries;
        private int size;

        Builder(int expectedEntries) {
            entries = new long[Math.max(16, expectedEntries)];
        }

        void add(long key, int language, int cost) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = (key << 15) | ((long) language << 8) | cost;
        }

        NgramTable build() {
            long[] sorted = entries;
            entries = null;
            Arrays.sort(sorted, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || (sorted[i] >>> 15) != (sorted[i - 1] >>> 15)) {
                    distinct++;
                }
            }
            long[] keys = new long[distinct];
            int[] postingStart = new int[distinct + 1];
            byte[] language = new byte[size];
            byte[] cost = new byte[size];
            int k = -1;
            for (int i = 0; i < size; i++) {
                long key = sorted[i] >>> 15;
                if (k < 0 || keys[k] != key) {
                    keys[++k] = key;
                    postingStart[k] = i;
                }
                language[i] = (byte) ((sorted[i] >>> 8) & 0x7f);
                cost[i] = (byte) sorted[i];
            }
            postingStart[distinct] = size;
            int capacity = Integer.highestOneBit(Math.max(4, distinct + distinct / 2)) << 1;
            int[] slots = new int[capacity];
            NgramTable table = new NgramTable(slots, keys, postingStart, language, cost);
            for (int i = 0; i < distinct; i++) {
                int s = table.slot(keys[i]);
                while (slots[s] != 0) {
                    s = (s + 1) & table.mask;
                }
                slots[s] = i + 1;
            }
            return table;
        }
    }
}
