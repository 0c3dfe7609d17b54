package io.lede.bench;

import io.lede.api.Article;
import io.lede.api.Entity;
import io.lede.api.EntityExtractor;
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
 * Entity extraction of a 5 KB article whose language is known, through whatever extractor
 * {@link EnrichmentFactory#entityExtractor} wires (a placeholder until the knowledge-base extractor is merged).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EntityExtractionBenchmark {
    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    private EntityExtractor extractor;
    private Article article;

    @Setup
    public void setUp() {
        extractor = EnrichmentFactory.entityExtractor(EnrichmentSettings.defaults());
        BenchTexts texts = BenchTexts.of(language);
        article = Article.ofText("bench", texts.headline(), texts.body(5 * 1024));
    }

    @Benchmark
    public List<Entity> extract() {
        return extractor.extract(article, language);
    }
}
