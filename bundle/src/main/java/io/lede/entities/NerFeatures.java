package io.lede.entities;

/** The features of one token for the name tagger; training and tagging share this code. */
final class NerFeatures {
    static final int MAX = 96;
    private static final String START = "<s>";
    private static final String END = "</s>";

    private final FeatureHasher hasher;

    NerFeatures(int bits) {
        this.hasher = new FeatureHasher(bits);
    }

    /** Writes the feature buckets of token i into out and returns how many. */
    int extract(TaggerInput in, int i, String prevTag, String prevPrevTag, int[] out) {
        int n = 0;
        String w = in.lower[i];
        String shape = in.shapes[i];
        String wm1 = i > 0 ? in.lower[i - 1] : START;
        String wp1 = i + 1 < in.size ? in.lower[i + 1] : END;
        String wm2 = i > 1 ? in.lower[i - 2] : START;
        String wp2 = i + 2 < in.size ? in.lower[i + 2] : END;
        String sm1 = i > 0 ? in.shapes[i - 1] : START;
        String sp1 = i + 1 < in.size ? in.shapes[i + 1] : END;
        boolean caps = in.upperCaseLine[i];
        String ctx = (in.sentenceStart[i] ? "S" : "-") + (caps ? "U" : "-");

        out[n++] = hasher.hash(0, "bias");
        out[n++] = hasher.hash(1, w);
        out[n++] = hasher.hash(2, wm1);
        out[n++] = hasher.hash(3, wp1);
        out[n++] = hasher.hash(4, wm2);
        out[n++] = hasher.hash(5, wp2);
        out[n++] = hasher.hash(6, shape);
        out[n++] = hasher.hash(7, sm1, shape);
        out[n++] = hasher.hash(8, shape, sp1);
        out[n++] = hasher.hash(9, ctx, shape);
        out[n++] = hasher.hash(10, wm1, w);
        out[n++] = hasher.hash(11, w, wp1);
        if (w.length() > 3) {
            out[n++] = hasher.hash(12, w, w.length() - 2, w.length());
            out[n++] = hasher.hash(13, w, w.length() - 3, w.length());
            out[n++] = hasher.hash(14, w, 0, 3);
        }
        if (w.length() > 5) {
            out[n++] = hasher.hash(15, w, w.length() - 4, w.length());
        }
        if (caps) {
            out[n++] = hasher.hash(16, w);
        }
        if (WordShape.isCapitalised(in.words[i])) {
            out[n++] = hasher.hash(17, ctx, in.seenLowerCase[i] ? "lower-seen" : "no-lower");
            out[n++] = hasher.hash(18, ctx, in.seenCapitalisedInside[i] ? "cap-seen" : "no-cap");
            out[n++] = hasher.hash(19, ctx, in.functionWord[i] ? "fw" : "cw");
            out[n++] = hasher.hash(20, in.functionWord[i] ? "fw" : "cw", wm1);
            out[n++] = hasher.hash(21, Integer.toString(Math.min(w.length(), 12)));
        }
        String g = in.gazetteer[i];
        out[n++] = hasher.hash(22, g == null ? "none" : g);
        out[n++] = hasher.hash(23, g == null ? "none" : g, shape);
        out[n++] = hasher.hash(24, i > 0 && in.gazetteer[i - 1] != null ? in.gazetteer[i - 1] : "none");
        out[n++] = hasher.hash(25, i + 1 < in.size && in.gazetteer[i + 1] != null ? in.gazetteer[i + 1] : "none");
        if (in.firstName[i]) {
            out[n++] = hasher.hash(26, "fn", sp1);
        }
        if (i > 0 && in.firstName[i - 1]) {
            out[n++] = hasher.hash(27, "prev-fn", shape);
        }
        out[n++] = hasher.hash(28, prevTag);
        out[n++] = hasher.hash(29, prevTag, shape);
        out[n++] = hasher.hash(30, prevTag, w);
        out[n++] = hasher.hash(31, prevPrevTag, prevTag);
        out[n++] = hasher.hash(32, prevTag, wm1);
        out[n++] = hasher.hash(33, in.functionWord[i] ? "fw" : "cw", sm1);
        for (int d = -2; d <= 3; d++) {
            int k = i + d;
            if (k >= 0 && k < in.size && in.cues[k] != null) {
                out[n++] = hasher.hash(34 + d + 2, in.cues[k]);
                out[n++] = hasher.hash(40 + d + 2, in.cues[k], shape);
            }
        }
        return n;
    }
}
