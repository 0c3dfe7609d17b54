package io.lede.enrich;

import io.lede.api.Article;
import io.lede.api.EnrichedArticle;
import io.lede.api.Entity;
import io.lede.api.EntityExtractor;
import io.lede.api.LanguageGuess;
import io.lede.api.Topic;
import io.lede.api.TopicTagger;
import io.lede.language.SiteLanguageIdentifier;
import java.util.List;
import java.util.Objects;

/**
 * The enrichment pipeline: a pure function from an article to the document that gets indexed. It knows
 * nothing of OSGi, HTTP or Elasticsearch, so the bundle, the command line, the benchmarks and the
 * evaluation all run exactly this code.
 */
public final class Enricher {
    /** Bumped whenever enrichment output changes in a way that warrants a reindex. */
    public static final String VERSION = "1";

    private final SiteLanguageIdentifier languages;
    private final EntityExtractor entities;
    private final TopicTagger topics;

    public Enricher(SiteLanguageIdentifier languages, EntityExtractor entities, TopicTagger topics) {
        this.languages = Objects.requireNonNull(languages);
        this.entities = Objects.requireNonNull(entities);
        this.topics = Objects.requireNonNull(topics);
    }

    public EnrichedArticle enrich(Article article) {
        LanguageGuess language = languages.identify(article);
        List<Entity> found = entities.extract(article, language.language());
        List<Topic> tagged = topics.tag(article, language.language(), found);
        return new EnrichedArticle(article, language, found, tagged, VERSION);
    }
}
