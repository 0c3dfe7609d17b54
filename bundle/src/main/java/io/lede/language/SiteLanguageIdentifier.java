package io.lede.language;

import io.lede.api.Article;
import io.lede.api.LanguageGuess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Decides an article's language among the site's languages with any Tika {@link LanguageDetector}.
 * <ul>
 *   <li>Title, standfirst and body are read together.</li>
 *   <li>Text the detector places outside the site's languages is {@link LanguageGuess#UNKNOWN}, not forced into
 *       a site language.</li>
 *   <li>The CMS locale is a prior: it multiplies its language's probability by {@code hintWeight}, which tips
 *       close calls (short texts) but cannot outweigh clear text.</li>
 *   <li>Short texts get the most likely language with the detector's (low) confidence; the configured default
 *       language is used when the text has no letters at all, or when the confidence is below {@code minConfidence}
 *       (off by default: 0); then {@code fallback} is true and the detector's own answer is kept as
 *       {@code detected}.</li>
 *   <li>Long bodies are sampled ({@link SpreadSample}: {@value #BODY_BUDGET} characters in {@value #BODY_PIECES}
 *       pieces spread over the text): accuracy is decided by a few hundred letters, cost grows with every one.</li>
 *   <li>Thread-safe: with a detector factory each thread gets its own detector (the n-gram tables are shared);
 *       a single detector given directly is used by one thread at a time.</li>
 * </ul>
 */
public final class SiteLanguageIdentifier {
    static final int BODY_BUDGET = 480;
    static final int BODY_PIECES = 16;
    private static final SpreadSample BODY_SAMPLE = new SpreadSample(BODY_BUDGET, BODY_PIECES);

    private final ThreadLocal<LanguageDetector> detectors;
    private final LanguageDetector shared;
    private final List<String> siteLanguages;
    private final String defaultLanguage;
    private final double hintWeight;
    private final double minConfidence;

    public SiteLanguageIdentifier(LanguageDetector detector, List<String> siteLanguages, String defaultLanguage,
                                  double hintWeight) {
        this(detector, siteLanguages, defaultLanguage, hintWeight, 0.0);
    }

    public SiteLanguageIdentifier(LanguageDetector detector, List<String> siteLanguages, String defaultLanguage,
                                  double hintWeight, double minConfidence) {
        this(Objects.requireNonNull(detector), null, siteLanguages, defaultLanguage, hintWeight, minConfidence);
    }

    /** Each thread that identifies gets its own detector from {@code detectorFactory}, made on first use. */
    public SiteLanguageIdentifier(Supplier<? extends LanguageDetector> detectorFactory, List<String> siteLanguages,
                                  String defaultLanguage, double hintWeight, double minConfidence) {
        this(null, Objects.requireNonNull(detectorFactory), siteLanguages, defaultLanguage, hintWeight, minConfidence);
    }

    private SiteLanguageIdentifier(LanguageDetector shared, Supplier<? extends LanguageDetector> detectorFactory,
                                   List<String> siteLanguages, String defaultLanguage, double hintWeight,
                                   double minConfidence) {
        this.minConfidence = minConfidence;
        this.shared = shared;
        this.detectors = detectorFactory == null ? null : ThreadLocal.withInitial(detectorFactory);
        this.siteLanguages = List.copyOf(siteLanguages);
        this.defaultLanguage = normalise(defaultLanguage);
        if (hintWeight < 1) {
            throw new IllegalArgumentException("the locale hint weight must be at least 1, got " + hintWeight);
        }
        this.hintWeight = hintWeight;
    }

    public List<String> siteLanguages() {
        return siteLanguages;
    }

    public LanguageGuess identify(Article article) {
        String sample = sample(article);
        List<LanguageResult> results;
        if (shared == null) {
            results = detect(detectors.get(), sample);
        } else {
            synchronized (shared) {
                results = detect(shared, sample);
            }
        }
        if (results.isEmpty()) {
            return withoutLetters(article);
        }
        String detected = normalise(results.get(0).getLanguage());
        Map<String, Double> probabilities = siteProbabilities(results);
        String hint = normalise(article.languageHint());
        if (probabilities.containsKey(hint)) {
            probabilities.computeIfPresent(hint, (language, p) -> p * hintWeight);
        }
        double total = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
        Map.Entry<String, Double> best = probabilities.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow();
        double confidence = total > 0 ? best.getValue() / total : 0;
        String said = detected.isEmpty() ? LanguageGuess.UNKNOWN : detected;
        if (confidence < minConfidence) {
            String language = siteLanguages.contains(hint) ? hint : defaultLanguage;
            return new LanguageGuess(language, confidence, true, best.getKey());
        }
        return new LanguageGuess(best.getKey(), confidence, false, said);
    }

    private static List<LanguageResult> detect(LanguageDetector detector, String sample) {
        detector.reset();
        detector.addText(sample);
        return detector.detectAll();
    }

    /** The detector's probabilities folded onto the site languages, everything else summed as unknown. */
    private Map<String, Double> siteProbabilities(List<LanguageResult> results) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (String language : siteLanguages) {
            probabilities.put(language, 0.0);
        }
        probabilities.put(LanguageGuess.UNKNOWN, 0.0);
        for (LanguageResult result : results) {
            String language = normalise(result.getLanguage());
            String key = probabilities.containsKey(language) ? language : LanguageGuess.UNKNOWN;
            probabilities.merge(key, (double) Math.max(0f, result.getRawScore()), Double::sum);
        }
        return probabilities;
    }

    private LanguageGuess withoutLetters(Article article) {
        String hint = normalise(article.languageHint());
        String language = siteLanguages.contains(hint) ? hint : defaultLanguage;
        return new LanguageGuess(language, 0.0, true, LanguageGuess.UNKNOWN);
    }

    static String sample(Article article) {
        StringBuilder sample = new StringBuilder(article.title()).append('\n');
        if (!article.description().isEmpty()) {
            sample.append(article.description()).append('\n');
        }
        return BODY_SAMPLE.appendTo(sample, article.text()).toString();
    }

    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String c = code.toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = c.indexOf('-');
        return dash > 0 ? c.substring(0, dash) : c;
    }
}
