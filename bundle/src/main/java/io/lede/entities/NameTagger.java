package io.lede.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * A greedy left-to-right averaged-perceptron tagger that marks names with BIO tags
 * (PER, ORG, LOC, and MISC, which Lede drops).
 */
public final class NameTagger {
    public static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
            "B-MISC", "I-MISC");
    static final int CLASSES = TAGS.size();
    private static final int MAGIC = 0x4C4E5431;


    final int bits;
    final float[] weights;
    private final NerFeatures features;

    NameTagger(int bits, float[] weights) {
        this.bits = bits;
        this.weights = weights;
        this.features = new NerFeatures(bits);
    }

    NerFeatures features() {
        return features;
    }

    /**
     * Tag indices (into {@link #TAGS}) for every token.
     *
     * @param outsidePenalty subtracted from the score of "O": above 0 the tagger finds more names
     */
    int[] tag(TaggerInput in, float outsidePenalty) {
        int[] tags = new int[in.size];
        int[] feats = new int[NerFeatures.MAX];
        float[] scores = new float[CLASSES];
        for (int i = 0; i < in.size; i++) {
            if ((i == 0 || tags[i - 1] == 0) && cannotStartName(in.words[i])) {
                continue;
            }
            String prev = i > 0 ? TAGS.get(tags[i - 1]) : "<s>";
            String prevPrev = i > 1 ? TAGS.get(tags[i - 2]) : "<s>";
            int n = features.extract(in, i, prev, prevPrev, feats);
            score(feats, n, scores);
            scores[0] -= outsidePenalty;
            tags[i] = best(scores, i > 0 ? tags[i - 1] : 0);
        }
        return tags;
    }

    /**
     * Names start with a capital letter or a digit; other words outside a name stay outside without being
     * scored, which saves most of the work.
     */
    private static boolean cannotStartName(String word) {
        int c = word.codePointAt(0);
        return !Character.isUpperCase(c) && !Character.isDigit(c) && !Character.isTitleCase(c);
    }

    void score(int[] feats, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (int k = 0; k < n; k++) {
            int base = feats[k] * CLASSES;
            for (int c = 0; c < CLASSES; c++) {
                scores[c] += weights[base + c];
            }
        }
    }

    /** The best tag that may follow prev: an I- tag only continues a name of its own type. */
    static int best(float[] scores, int prev) {
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            if (isInside(c) && prev != c && prev != c - 1) {
                continue;
            }
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        return best;
    }

    static boolean isInside(int tag) {
        return tag > 0 && tag % 2 == 0;
    }

    /** Writes the buckets that have a weight, each as a distance from the previous one and its weights. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(bits);
        int buckets = 1 << bits;
        int last = -1;
        for (int f = 0; f < buckets; f++) {
            boolean any = false;
            for (int c = 0; c < CLASSES; c++) {
                any |= weights[f * CLASSES + c] != 0f;
            }
            if (!any) {
                continue;
            }
            data.writeInt(f - last);
            last = f;
            for (int c = 0; c < CLASSES; c++) {
                data.writeFloat(weights[f * CLASSES + c]);
            }
        }
        data.writeInt(0);
        data.flush();
    }

    static NameTagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Lede name tagger model");
        }
        int bits = data.readInt();
        float[] weights = new float[(1 << bits) * CLASSES];
        int f = -1;
        for (int delta; (delta = data.readInt()) != 0; ) {
            f += delta;
            for (int c = 0; c < CLASSES; c++) {
                weights[f * CLASSES + c] = data.readFloat();
            }
        }
        return new NameTagger(bits, weights);
    }
}
