package io.lede.bench;

import io.lede.api.Article;
import io.lede.api.LanguageGuess;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.language.SiteLanguageIdentifier;
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
 * Language identification of one item, as the enricher does it ({@link SiteLanguageIdentifier#identify}, default
 * site languages, no locale hint): a headline (~60 chars), a sentence (~120-140 chars) or a 5 KB article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LanguageDetectionBenchmark {
    @Param({"fr", "en", "de", "es", "it"})
    public String language;

    @Param({"headline", "sentence", "article5k"})
    public String item;

    private SiteLanguageIdentifier identifier;
    private Article article;

    @Setup
    public void setUp() {
        identifier = EnrichmentFactory.languageIdentifier(EnrichmentSettings.defaults());
        BenchTexts texts = BenchTexts.of(language);
        String text = switch (item) {
            case "headline" -> texts.headline();
            case "sentence" -> texts.sentence();
            case "article5k" -> texts.body(5 * 1024);
            default -> throw new IllegalArgumentException(item);
        };
        article = Article.ofText("bench", "", text);
        Checks.expect(language, identifier.identify(article).language(), "language of " + item);
    }

    @Benchmark
    public LanguageGuess identify() {
        return identifier.identify(article);
    }
}
