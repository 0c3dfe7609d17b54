package io.lede.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lede.api.Article;
import io.lede.api.EnrichedArticle;
import io.lede.api.EntityExtractor;
import io.lede.api.TopicTagger;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.index.ArticleDocuments;
import io.lede.language.SiteLanguageIdentifier;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each stage of the enrichment on its own, for the article sizes and languages of {@link EnrichmentBenchmark}:
 * {@code language} (site language identification), {@code entities} (knowledge-base extractor, language known),
 * {@code topics} (lexicon tagger, language and entities known) and {@code document} (the index document built
 * and serialised to the JSON bytes a bulk request carries). Tika parsing is {@link TikaParseBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageBenchmark {
    @Param({"language", "entities", "topics", "document"})
    public String stage;

    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    @Param({"1", "5", "20", "100"})
    public int kilobytes;

    private SiteLanguageIdentifier identifier;
    private EntityExtractor entities;
    private TopicTagger topics;
    private ArticleDocuments documents;
    private ObjectMapper mapper;
    private Article article;
    private EnrichedArticle enriched;

    @Setup
    public void setUp() {
        EnrichmentSettings settings = EnrichmentSettings.defaults();
        identifier = EnrichmentFactory.languageIdentifier(settings);
        entities = EnrichmentFactory.entityExtractor(settings);
        topics = EnrichmentFactory.topicTagger(settings);
        mapper = new ObjectMapper();
        documents = new ArticleDocuments(mapper, Clock.systemUTC());
        BenchTexts texts = BenchTexts.of(language);
        article = new Article("/content/news/" + language + "/budget", "", "", texts.headline(), texts.sentence(),
                texts.body(kilobytes * 1024), null, null, "Local", List.of(), List.of(), language);
        enriched = new Enricher(identifier, entities, topics).enrich(article);
        Checks.expect(language, enriched.language().language(), "language of the article");
    }

    @Benchmark
    public Object run() throws Exception {
        return switch (stage) {
            case "language" -> identifier.identify(article);
            case "entities" -> entities.extract(article, language);
            case "topics" -> topics.tag(article, language, enriched.entities());
            case "document" -> mapper.writeValueAsBytes(documents.toDocument(enriched, 1L));
            default -> throw new IllegalArgumentException("unknown stage " + stage);
        };
    }
}
