package io.lede.bench;

import io.lede.api.Article;
import io.lede.api.EnrichedArticle;
import io.lede.enrich.Enricher;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
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
 * The whole enrichment of an already parsed article ({@link Enricher#enrich}: language, entities, topics) with
 * the default settings, for article texts of 1, 5, 20 and 100 KB; the CMS locale is given as a hint.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnrichmentBenchmark {
    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    @Param({"1", "5", "20", "100"})
    public int kilobytes;

    private Enricher enricher;
    private Article article;

    @Setup
    public void setUp() {
        enricher = EnrichmentFactory.create(EnrichmentSettings.defaults());
        BenchTexts texts = BenchTexts.of(language);
        article = new Article("/content/news/" + language + "/budget", "", "", texts.headline(), texts.sentence(),
                texts.body(kilobytes * 1024), null, null, "Local", List.of(), List.of(), language);
        Checks.expect(language, enricher.enrich(article).language().language(), "language of the article");
    }

    @Benchmark
    public EnrichedArticle enrich() {
        return enricher.enrich(article);
    }
}
