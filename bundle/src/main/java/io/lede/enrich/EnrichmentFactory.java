package io.lede.enrich;

import io.lede.api.EntityExtractor;
import io.lede.api.TopicTagger;
import io.lede.entities.PlaceholderEntityExtractor;
import io.lede.language.LedeLanguageDetector;
import io.lede.language.SiteLanguageIdentifier;
import io.lede.topics.LexiconTopicTagger;
import io.lede.topics.TopicSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;

/** Builds Lede's default enrichment pipeline from plain settings (used by the bundle and the command line). */
public final class EnrichmentFactory {
    private EnrichmentFactory() {
    }

    public static Enricher create(EnrichmentSettings settings) {
        return new Enricher(languageIdentifier(settings), entityExtractor(settings), topicTagger(settings));
    }

    public static SiteLanguageIdentifier languageIdentifier(EnrichmentSettings settings) {
        try {
            LedeLanguageDetector detector = new LedeLanguageDetector();
            detector.loadModels(new HashSet<>(settings.siteLanguages()));
            return new SiteLanguageIdentifier(detector, settings.siteLanguages(), settings.defaultLanguage(),
                    settings.languageHintWeight());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language models", e);
        }
    }

    public static EntityExtractor entityExtractor(EnrichmentSettings settings) {
        return new PlaceholderEntityExtractor();
    }

    public static TopicTagger topicTagger(EnrichmentSettings settings) {
        return LexiconTopicTagger.create(settings.topics());
    }

    /**
     * Settings shared by the pipeline's steps.
     *
     * @param siteLanguages      the languages the site publishes in (ISO 639-1); text in any other is "und"
     * @param defaultLanguage    the language of texts without letters
     * @param languageHintWeight how much the CMS locale multiplies its language's probability (1 = ignored)
     * @param topics             the topic tagger's settings
     */
    public record EnrichmentSettings(List<String> siteLanguages, String defaultLanguage, double languageHintWeight,
                                     TopicSettings topics) {
        public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl", "pt");

        public EnrichmentSettings {
            topics = topics == null ? TopicSettings.defaults() : topics;
        }

        public EnrichmentSettings(List<String> siteLanguages, String defaultLanguage, double languageHintWeight) {
            this(siteLanguages, defaultLanguage, languageHintWeight, TopicSettings.defaults());
        }

        public static EnrichmentSettings defaults() {
            return new EnrichmentSettings(DEFAULT_LANGUAGES, "en", 3.0);
        }
    }
}
