package io.lede.language;

import io.lede.api.Article;
import io.lede.api.LanguageGuess;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Decides an article's language with any Tika {@link LanguageDetector}, restricted to the site's languages:
 * title and body together, the CMS's locale as a prior only when the text itself is inconclusive, and a
 * configured default (recorded as a fallback) when nothing is confident.
 */
public final class SiteLanguageIdentifier {
    private final LanguageDetector detector;
    private final List<String> siteLanguages;
    private final String defaultLanguage;
    private final double minConfidence;

    public SiteLanguageIdentifier(LanguageDetector detector, List<String> siteLanguages, String defaultLanguage,
                                  double minConfidence) {
        this.detector = Objects.requireNonNull(detector);
        this.siteLanguages = List.copyOf(siteLanguages);
        this.defaultLanguage = defaultLanguage;
        this.minConfidence = minConfidence;
    }

    public List<String> siteLanguages() {
        return siteLanguages;
    }

    public LanguageGuess identify(Article article) {
        String sample = sample(article);
        if (sample.isBlank()) {
            return fallback(article, LanguageGuess.UNKNOWN, 0.0);
        }
        LanguageResult best;
        synchronized (detector) {
            detector.reset();
            detector.addText(sample);
            List<LanguageResult> results = detector.detectAll();
            best = results.isEmpty() ? null : results.get(0);
        }
        if (best == null || best.getLanguage() == null || best.getLanguage().isEmpty()) {
            return fallback(article, LanguageGuess.UNKNOWN, 0.0);
        }
        String lang = normalise(best.getLanguage());
        double confidence = best.getRawScore();
        if (!siteLanguages.contains(lang)) {
            return new LanguageGuess(LanguageGuess.UNKNOWN, confidence, false, lang);
        }
        if (confidence < minConfidence) {
            return fallback(article, lang, confidence);
        }
        return new LanguageGuess(lang, confidence, false, lang);
    }

    private LanguageGuess fallback(Article article, String detected, double confidence) {
        String hint = normalise(article.languageHint());
        if (siteLanguages.contains(hint)) {
            return new LanguageGuess(hint, confidence, true, detected);
        }
        if (siteLanguages.contains(detected)) {
            return new LanguageGuess(detected, confidence, true, detected);
        }
        return new LanguageGuess(defaultLanguage, confidence, true, detected);
    }

    private static String sample(Article article) {
        String text = article.text();
        if (text.length() > 4000) {
            text = text.substring(0, 4000);
        }
        return (article.title() + "\n" + text).strip();
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
