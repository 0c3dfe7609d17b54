package io.lede.enrich;

import io.lede.api.EntityExtractor;
import io.lede.api.TopicTagger;
import io.lede.entities.KnowledgeBaseEntityExtractor;
import io.lede.entities.NewsroomExtension;
import io.lede.language.LedeLanguageDetector;
import io.lede.language.SiteLanguageIdentifier;
import io.lede.topics.LexiconTopicTagger;
import io.lede.topics.TopicSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.nio.file.Path;
import java.util.List;

/** Builds Lede's default enrichment pipeline from plain settings (used by the bundle and the command line). */
public final class EnrichmentFactory {
    private EnrichmentFactory() {
    }

    public static Enricher create(EnrichmentSettings settings) {
        return new Enricher(languageIdentifier(settings), entityExtractor(settings), topicTagger(settings),
                EnrichmentVersion.of(settings));
    }

    public static SiteLanguageIdentifier languageIdentifier(EnrichmentSettings settings) {
        detector(settings); // fails here, not on a worker thread, when a site language has no model
        return new SiteLanguageIdentifier(() -> detector(settings), settings.siteLanguages(),
                settings.defaultLanguage(), settings.languageHintWeight(), settings.minLanguageConfidence());
    }

    private static LedeLanguageDetector detector(EnrichmentSettings settings) {
        try {
            LedeLanguageDetector detector = new LedeLanguageDetector();
            detector.loadModels(new HashSet<>(settings.siteLanguages()));
            return detector;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load language models", e);
        }
    }

    /** The knowledge-base extractor, its models already loading in the background. */
    public static EntityExtractor entityExtractor(EnrichmentSettings settings) {
        NewsroomExtension extension = NewsroomExtension.NONE;
        if (!settings.entityExtensionFile().isBlank()) {
            try {
                extension = NewsroomExtension.read(Path.of(settings.entityExtensionFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the newsroom entity file " + settings.entityExtensionFile(), e);
            }
        }
        KnowledgeBaseEntityExtractor extractor = new KnowledgeBaseEntityExtractor(extension);
        extractor.load();
        return extractor;
    }

    public static TopicTagger topicTagger(EnrichmentSettings settings) {
        return LexiconTopicTagger.create(settings.topics());
    }

    /**
     * Settings shared by the pipeline's steps.
     *
     * @param siteLanguages         the languages the site publishes in (ISO 639-1); text in any other is "und"
     * @param defaultLanguage       the language of texts without letters (or below the confidence floor)
     * @param languageHintWeight    how much the CMS locale multiplies its language's probability (1 = ignored)
     * @param minLanguageConfidence below this the locale or default language is used, marked as a fallback (0 = off)
     * @param topics                the topic tagger's settings
     * @param entityExtensionFile   path of the newsroom's JSON file of extra entities and blocked names, or ""
     */
    public record EnrichmentSettings(List<String> siteLanguages, String defaultLanguage, double languageHintWeight,
                                     double minLanguageConfidence, TopicSettings topics, String entityExtensionFile) {
        public static final List<String> DEFAULT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl", "pt");

        public EnrichmentSettings {
            topics = topics == null ? TopicSettings.defaults() : topics;
            entityExtensionFile = entityExtensionFile == null ? "" : entityExtensionFile;
        }

        public EnrichmentSettings(List<String> siteLanguages, String defaultLanguage, double languageHintWeight) {
            this(siteLanguages, defaultLanguage, languageHintWeight, 0.0, TopicSettings.defaults(), "");
        }

        public static EnrichmentSettings defaults() {
            return new EnrichmentSettings(DEFAULT_LANGUAGES, "en", 3.0);
        }
    }
}
