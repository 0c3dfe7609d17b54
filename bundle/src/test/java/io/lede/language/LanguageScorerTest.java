package io.lede.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LanguageScorerTest {
    private static final String TEXT = "Le gouvernement a présenté lundi un nouveau projet de loi sur le budget de l'État.";

    private static double[] score(LanguageScorer scorer, String text) {
        scorer.reset();
        scorer.add(text, 10_000);
        return scorer.logLikelihoods();
    }

    @Test
    void remembered_words_score_exactly_as_new_ones() {
        double[] fresh = score(new LanguageScorer(NgramModels.shared(), ScoringParameters.DEFAULTS), TEXT);
        LanguageScorer warm = new LanguageScorer(NgramModels.shared(), ScoringParameters.DEFAULTS);
        score(warm, "Le projet de budget présenté par le gouvernement, un nouveau projet de loi de l'État lundi.");
        score(warm, "The government presented a new budget bill on Monday.");
        assertArrayEquals(fresh, score(warm, TEXT), 0.0);
    }

    @Test
    void words_sharing_a_prefix_are_not_confused() {
        LanguageScorer scorer = new LanguageScorer(NgramModels.shared(), ScoringParameters.DEFAULTS);
        double[] longer = score(scorer, "gouvernements");
        double[] shorter = score(scorer, "gouvernement");
        assertArrayEquals(shorter, score(new LanguageScorer(NgramModels.shared(), ScoringParameters.DEFAULTS),
                "gouvernement"), 0.0);
        assertNotEquals(longer[0], shorter[0]);
    }

    @Test
    void a_full_cache_starts_afresh_without_changing_scores() {
        LanguageScorer scorer = new LanguageScorer(NgramModels.shared(), ScoringParameters.DEFAULTS);
        double[] before = score(scorer, TEXT);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append(Integer.toString(i, 26).replace('0', 'q').chars()
                    .map(c -> Character.isDigit(c) ? 'a' + c - '0' : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append(' ');
        }
        score(scorer, many.toString());
        assertArrayEquals(before, score(scorer, TEXT), 0.0);
    }
}
