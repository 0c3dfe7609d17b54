package io.lede.language;

/**
 * The detector's tuning, in nats unless said otherwise (tuned on Lingua's development test data, see
 * docs/LANGUAGE.md).
 *
 * @param unseenCost      charged when a language does not know a letter at all
 * @param backgroundCost  per letter, for the "none of the known languages" hypothesis
 * @param temperature     divides the log-likelihoods before they become probabilities (n-grams of one text are
 *                        far from independent, so raw likelihood ratios are over-confident)
 * @param siteShare       prior probability that a text is in one of the site's languages, when restricted
 * @param maxLetters      letters of a text that are scored (the rest adds cost, not accuracy)
 */
record ScoringParameters(double unseenCost, double backgroundCost, double temperature,
                         double siteShare, int maxLetters) {
    static final ScoringParameters DEFAULTS = new ScoringParameters(12.0, 9.0, 2.0, 0.8, 2000);
}
