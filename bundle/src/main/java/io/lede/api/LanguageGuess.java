package io.lede.api;

/**
 * The language Lede settled on for an article.
 *
 * @param language   ISO 639-1 code, or {@link #UNKNOWN} when the text is in none of the site's languages
 * @param confidence 0..1
 * @param fallback   true when the detector was not confident and a configured default was used
 * @param detected   what the detector itself said, before any fallback
 */
public record LanguageGuess(String language, double confidence, boolean fallback, String detected) {
    public static final String UNKNOWN = "und";
}
