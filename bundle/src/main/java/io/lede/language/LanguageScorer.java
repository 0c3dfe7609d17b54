package io.lede.language;

import java.util.Arrays;

/**
 * Scores a text against every language's character n-gram model: the sum, over each letter, of
 * ln P(letter | up to four preceding letters of its word), backing off to shorter contexts (at a cost per
 * step) where a language does not know the longer n-gram, and a flat cost for letters it does not know at all.
 * <p>
 * Not thread-safe: one scorer per detector.
 */
final class LanguageScorer implements LetterWords.Visitor {
    /** Marks the start of a word in the models' n-grams. */
    static final char WORD_START = '\u0002';
    /** Marks the end of a word in the models' n-grams. */
    static final char WORD_END = '\u0003';
    private final NgramModels models;
    private final NgramTable table;
    private final ScoringParameters parameters;
    private final int languageCount;
    private final int[] scoredAt;
    private final double[] scores;
    private final double[] mixture;
    private final double[] product;
    private final double[] probability;
    private final double unseen;
    private int position;
    private char[] symbols = new char[64];
    static double[] WEIGHTS = {0, Double.parseDouble(System.getProperty("w1","0.03")), Double.parseDouble(System.getProperty("w2","0.07")), Double.parseDouble(System.getProperty("w3","0.15")), Double.parseDouble(System.getProperty("w4","0.25")), Double.parseDouble(System.getProperty("w5","0.5"))};
    static double[] TOTAL = {1, WEIGHTS[1], WEIGHTS[1]+WEIGHTS[2], WEIGHTS[1]+WEIGHTS[2]+WEIGHTS[3], WEIGHTS[1]+WEIGHTS[2]+WEIGHTS[3]+WEIGHTS[4], 1};
    static double FLOOR = Double.parseDouble(System.getProperty("floor","1e-6"));

    LanguageScorer(NgramModels models, ScoringParameters parameters) {
        this.models = models;
        this.table = models.table();
        this.parameters = parameters;
        this.languageCount = models.languages().size();
        this.scoredAt = new int[languageCount];
        this.scores = new double[languageCount];
        this.mixture = new double[languageCount];
        this.product = new double[languageCount];
        Arrays.fill(product, 1);
        this.unseen = Math.exp(-parameters.unseenCost());
        this.probability = new double[256];
        for (int cost = 0; cost < probability.length; cost++) {
            probability[cost] = Math.exp(-cost * models.costStep());
        }
    }

    /** Clears the scores. */
    void reset() {
        Arrays.fill(scores, 0);
        Arrays.fill(product, 1);
    }

    /** Adds the text's first {@code maxLetters} letters to the scores; returns how many letters were scored. */
    int add(CharSequence text, int maxLetters) {
        return LetterWords.visit(text, maxLetters, this);
    }

    /** Log-likelihood per language (index as in {@link NgramModels#languages()}), in nats. */
    double[] scores() {
        for (int language = 0; language < languageCount; language++) {
            scores[language] += Math.log(product[language]);
            product[language] = 1;
        }
        return scores;
    }

    @Override
    public void word(char[] chars, int length) {
        if (symbols.length < length + 2) {
            symbols = new char[length + 2];
        }
        symbols[0] = WORD_START;
        System.arraycopy(chars, 0, symbols, 1, length);
        symbols[length + 1] = WORD_END;
        char[] chars2 = symbols;
        for (int i = 1; i <= length + 1; i++) {
            int stamp = ++position;
            int top = Math.min(i + 1, NgramModels.MAX_ORDER);
            boolean boundary = i == length + 1;
            for (int order = top; order >= 1; order--) {
                int index = table.find(NgramKey.of(chars2, i + 1 - order, i + 1));
                if (index < 0) {
                    continue;
                }
                double weight = WEIGHTS[order];
                for (int p = table.postingStart(index), end = table.postingEnd(index); p < end; p++) {
                    int language = table.language(p);
                    if (scoredAt[language] != stamp) {
                        scoredAt[language] = stamp;
                        mixture[language] = 0;
                    }
                    mixture[language] += weight * probability[table.cost(p)];
                }
            }
            for (int language = 0; language < languageCount; language++) {
                if (boundary && models.highestOrder(language) == 1) {
                    continue;
                }
                if (scoredAt[language] == stamp) {
                    int orders = Math.min(top, models.highestOrder(language));
                    product[language] *= mixture[language] / TOTAL[orders] + FLOOR;
                } else {
                    product[language] *= unseen;
                }
                if (product[language] < 1e-200) {
                    scores[language] += Math.log(product[language]);
                    product[language] = 1;
                }
            }
        }
    }
}
