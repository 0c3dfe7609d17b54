package io.lede.language;

import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Lede's language detector behind Tika's {@link LanguageDetector} API: character 1- to 5-gram models of
 * 75 languages (derived from Lingua's, see NOTICE) plus a "none of these" hypothesis for scripts no model
 * covers.
 * <p>
 * After {@link #loadModels(Set)} the answers are restricted to those (site) languages: every other language
 * still competes, but its probability is reported as {@link #UNKNOWN}, so text in another language is not
 * forced into a site language. Site languages together get a prior of {@link ScoringParameters#siteShare()},
 * which decides close calls on very short texts and hardly matters on sentences. {@link #detectAll()} lists
 * results best first; raw scores are posterior probabilities that add up to 1.
 * <p>
 * Not thread-safe (like Tika's detectors): use one instance per thread or synchronise.
 */
public class LedeLanguageDetector extends LanguageDetector {
    /** Reported for text in none of the restricted languages, or in no language Lede knows. */
    public static final String UNKNOWN = "und";
    private static final double MIN_REPORTED = 1e-4;

    private final NgramModels models;
    private final ScoringParameters parameters;
    private final LanguageScorer scorer;
    private final Map<String, Float> priorWeights = new HashMap<>();
    private Set<String> restriction;
    private int letters;

    public LedeLanguageDetector() {
        this(ScoringParameters.DEFAULTS);
    }

    LedeLanguageDetector(ScoringParameters parameters) {
        this.models = NgramModels.shared();
        this.parameters = parameters;
        this.scorer = new LanguageScorer(models, parameters);
    }

    @Override
    public LanguageDetector loadModels() {
        restriction = null;
        return this;
    }

    /** Restricts the answers to these languages (ISO 639-1 codes), all of which must have a model. */
    @Override
    public LanguageDetector loadModels(Set<String> languages) throws IOException {
        Set<String> codes = new LinkedHashSet<>();
        for (String language : languages) {
            String code = language.toLowerCase(Locale.ROOT);
            if (!hasModel(code)) {
                throw new IOException("no language model for " + language);
            }
            codes.add(code);
        }
        restriction = codes;
        return this;
    }

    @Override
    public boolean hasModel(String language) {
        return models.languages().contains(language);
    }

    /** Multiplies the prior of each given language by its weight (1 = no change). */
    @Override
    public LanguageDetector setPriors(Map<String, Float> languageProbabilities) {
        priorWeights.clear();
        priorWeights.putAll(languageProbabilities);
        return this;
    }

    @Override
    public void reset() {
        scorer.reset();
        letters = 0;
    }

    @Override
    public void addText(char[] cbuf, int off, int len) {
        if (letters < parameters.maxLetters()) {
            letters += scorer.add(CharBuffer.wrap(cbuf, off, len), parameters.maxLetters() - letters);
        }
    }

    @Override
    public boolean hasEnoughText() {
        return letters >= parameters.maxLetters();
    }

    /** Results best first; empty when the text had no letters. */
    @Override
    public List<LanguageResult> detectAll() {
        if (letters == 0) {
            return List.of();
        }
        double[] posterior = posterior();
        List<String> languages = models.languages();
        Map<String, Double> reported = new HashMap<>();
        for (int l = 0; l < languages.size(); l++) {
            String code = languages.get(l);
            String answer = restriction == null || restriction.contains(code) ? code : UNKNOWN;
            reported.merge(answer, posterior[l], Double::sum);
        }
        reported.merge(UNKNOWN, posterior[languages.size()], Double::sum);
        List<LanguageResult> results = new ArrayList<>();
        reported.forEach((code, p) -> {
            if (p >= MIN_REPORTED) {
                results.add(new LanguageResult(code, confidence(p), p.floatValue()));
            }
        });
        results.sort(Comparator.comparingDouble(LanguageResult::getRawScore).reversed());
        return results;
    }

    /** Posterior per language, the last entry being the "none of them" hypothesis. */
    private double[] posterior() {
        List<String> languages = models.languages();
        int n = languages.size();
        double[] scores = scorer.logLikelihoods();
        double[] logPosterior = new double[n + 1];
        double otherPrior = restriction == null ? 1.0 / (n + 1)
                : (1 - parameters.siteShare()) / (n + 1 - restriction.size());
        double sitePrior = restriction == null ? otherPrior : parameters.siteShare() / restriction.size();
        double max = Double.NEGATIVE_INFINITY;
        for (int l = 0; l <= n; l++) {
            boolean known = l < n;
            String code = known ? languages.get(l) : UNKNOWN;
            double prior = known && restriction != null && restriction.contains(code) ? sitePrior : otherPrior;
            prior *= priorWeights.getOrDefault(code, 1f);
            double likelihood = known ? scores[l] : -parameters.backgroundCost() * letters;
            logPosterior[l] = Math.log(prior) + likelihood / parameters.temperature();
            max = Math.max(max, logPosterior[l]);
        }
        double sum = 0;
        for (int l = 0; l <= n; l++) {
            logPosterior[l] = Math.exp(logPosterior[l] - max);
            sum += logPosterior[l];
        }
        for (int l = 0; l <= n; l++) {
            logPosterior[l] /= sum;
        }
        return logPosterior;
    }

    private static LanguageConfidence confidence(double p) {
        if (p >= 0.9) {
            return LanguageConfidence.HIGH;
        }
        if (p >= 0.6) {
            return LanguageConfidence.MEDIUM;
        }
        return p >= 0.3 ? LanguageConfidence.LOW : LanguageConfidence.NONE;
    }
}
