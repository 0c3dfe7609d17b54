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
    private final NgramModels models;
    private final NgramTable table;
    private final ScoringParameters parameters;
    private final int languageCount;
    private final int[] scoredAt;
    private final double[] scores;
    private int position;

    LanguageScorer(NgramModels models, ScoringParameters parameters) {
        this.models = models;
        this.table = models.table();
        this.parameters = parameters;
        this.languageCount = models.languages().size();
        this.scoredAt = new int[languageCount];
        this.scores = new double[languageCount];
    }

    /** Clears the scores. */
    void reset() {
        Arrays.fill(scores, 0);
    }

    /** Adds the text's first {@code maxLetters} letters to the scores; returns how many letters were scored. */
    int add(CharSequence text, int maxLetters) {
        return LetterWords.visit(text, maxLetters, this);
    }

    /** Log-likelihood per language (index as in {@link NgramModels#languages()}), in nats. */
    double[] scores() {
        return scores;
    }

    @Override
    public void word(char[] chars, int length) {
        double step = models.costStep();
        double backoff = parameters.backoffCost();
        for (int i = 0; i < length; i++) {
            int stamp = ++position;
            int top = Math.min(i + 1, NgramModels.MAX_ORDER);
            int resolved = 0;
            for (int order = top; order >= 1 && resolved < languageCount; order--) {
                int index = table.find(NgramKey.of(chars, i + 1 - order, i + 1));
                if (index < 0) {
                    continue;
                }
                for (int p = table.postingStart(index), end = table.postingEnd(index); p < end; p++) {
                    int language = table.language(p);
                    if (scoredAt[language] != stamp) {
                        scoredAt[language] = stamp;
                        int missing = Math.min(top, models.highestOrder(language)) - order;
                        scores[language] -= table.cost(p) * step + missing * backoff;
                        resolved++;
                    }
                }
            }
            if (resolved < languageCount) {
                for (int language = 0; language < languageCount; language++) {
                    if (scoredAt[language] != stamp) {
                        scores[language] -= parameters.unseenCost();
                    }
                }
            }
        }
    }
}
