package io.lede.bench;

import io.lede.api.Article;
import io.lede.api.Topic;
import io.lede.api.TopicTagger;
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

/** IPTC Media Topic tagging of a 5 KB article whose language is known (no entities, no CMS rules). */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TopicTaggingBenchmark {
    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    private TopicTagger tagger;
    private Article article;

    @Setup
    public void setUp() {
        tagger = EnrichmentFactory.topicTagger(EnrichmentSettings.defaults());
        BenchTexts texts = BenchTexts.of(language);
        article = Article.ofText("bench", texts.headline(), texts.body(5 * 1024));
    }

    @Benchmark
    public List<Topic> tag() {
        return tagger.tag(article, language, List.of());
    }
}
