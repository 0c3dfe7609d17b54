package io.lede.enrich;

import io.lede.api.Article;
import io.lede.api.EnrichedArticle;
import io.lede.api.Entity;
import io.lede.api.EntityExtractor;
import io.lede.api.LanguageGuess;
import io.lede.api.Topic;
import io.lede.api.TopicTagger;
import io.lede.language.SiteLanguageIdentifier;
import io.lede.stages.Stage;
import io.lede.stages.StageRecorder;
import java.util.List;
import java.util.Objects;

/**
 * The enrichment pipeline: a pure function from an article to the document that gets indexed. It knows
 * nothing of OSGi, HTTP or Elasticsearch, so the bundle, the command line, the benchmarks and the
 * evaluation all run exactly this code.
 */
public final class Enricher {
    /**
     * Bumped whenever the enrichment code changes its output in a way that warrants a reindex; documents carry
     * it with a hash of the models and settings ({@link EnrichmentVersion}).
     */
    public static final String VERSION = "2";

    private final SiteLanguageIdentifier languages;
    private final EntityExtractor entities;
    private final TopicTagger topics;
    private final String version;

    public Enricher(SiteLanguageIdentifier languages, EntityExtractor entities, TopicTagger topics) {
        this(languages, entities, topics, VERSION);
    }

    /** {@code version} is what documents carry as {@code enrichmentVersion} (see {@link EnrichmentVersion}). */
    public Enricher(SiteLanguageIdentifier languages, EntityExtractor entities, TopicTagger topics, String version) {
        this.version = Objects.requireNonNull(version);
        this.languages = Objects.requireNonNull(languages);
        this.entities = Objects.requireNonNull(entities);
        this.topics = Objects.requireNonNull(topics);
    }

    public EnrichedArticle enrich(Article article) {
        return enrich(article, StageRecorder.NONE);
    }

    /** Enriches and reports how long language detection, entity extraction and topic tagging took. */
    public EnrichedArticle enrich(Article article, StageRecorder stages) {
        LanguageGuess language = stages.time(Stage.LANGUAGE, () -> languages.identify(article));
        List<Entity> found = stages.time(Stage.ENTITIES, () -> entities.extract(article, language.language()));
        List<Topic> tagged = stages.time(Stage.TOPICS, () -> topics.tag(article, language.language(), found));
        return new EnrichedArticle(article, language, found, tagged, version);
    }

    public String version() {
        return version;
    }
}
