package io.lede.language;

/**
 * The part of a long text that language identification reads: a few pieces taken at even intervals from the
 * start to the end, each cut at word boundaries. Short texts are read whole. Reading pieces from all over the
 * text, rather than its first letters, keeps a quotation or a foreign-language introduction from deciding alone;
 * reading a few hundred letters rather than thousands keeps identification cheap for long articles.
 */
public final class SpreadSample {
    private final int budget;
    private final int pieces;

    /**
     * @param budget characters read from a long text in total (texts up to this length are read whole)
     * @param pieces how many pieces the budget is split into
     */
    public SpreadSample(int budget, int pieces) {
        if (budget < 1 || pieces < 1) {
            throw new IllegalArgumentException("budget and pieces must be positive, got " + budget + ", " + pieces);
        }
        this.budget = budget;
        this.pieces = pieces;
    }

    /** Appends the sample of {@code text} to {@code out}, pieces separated by a new line. */
    public StringBuilder appendTo(StringBuilder out, String text) {
        int length = text.length();
        if (length <= budget) {
            return out.append(text);
        }
        int piece = budget / pieces;
        for (int p = 0; p < pieces; p++) {
            long wanted = pieces == 1 ? 0 : (long) p * (length - piece) / (pieces - 1);
            int start = wordStart(text, (int) wanted);
            int end = wordEnd(text, Math.min(length, start + piece));
            if (p > 0) {
                out.append('\n');
            }
            out.append(text, start, end);
        }
        return out;
    }

    /** Moves forward to the start of the next word unless {@code i} is already at the start of one. */
    private static int wordStart(String text, int i) {
        if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return i;
        }
        int limit = Math.min(text.length(), i + 40);
        int j = i;
        while (j < limit && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** Moves back to the end of the previous word unless {@code i} ends one (a word longer than 40 is cut). */
    private static int wordEnd(String text, int i) {
        if (i == text.length() || !Character.isLetter(text.charAt(i))) {
            return i;
        }
        int limit = Math.max(0, i - 40);
        int j = i;
        while (j > limit && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return j == limit ? i : j;
    }
}
