package io.lede.bench;

import io.lede.api.Article;
import io.lede.api.EntityExtractor;
import io.lede.api.TopicTagger;
import io.lede.enrich.EnrichmentFactory;
import io.lede.enrich.EnrichmentFactory.EnrichmentSettings;
import io.lede.language.SiteLanguageIdentifier;
import io.lede.parse.TikaParsing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Loads the pipeline's parts one after the other and prints, for each, the wall time it took to load (first use
 * included) and the growth of the used heap after {@code System.gc()}. Run in a fresh JVM: see {@code run.sh}.
 */
public final class HeapFootprint {
    private static final double MB = 1024.0 * 1024.0;
    /** Keeps every loaded part reachable so that the next measurement still counts it. */
    private static final List<Object> KEPT = new ArrayList<>();

    private HeapFootprint() {
    }

    public static void main(String[] args) {
        EnrichmentSettings settings = EnrichmentSettings.defaults();
        Article probe = Article.ofText("probe", BenchTexts.of("fr").headline(), BenchTexts.of("fr").body(2048));
        long baseline = usedAfterGc();
        System.out.printf("%-32s %10s %14s %14s%n", "part", "load ms", "heap +MB", "heap total MB");
        System.out.printf("%-32s %10s %14s %14.1f%n", "baseline (JVM + benchmark texts)", "-", "-", baseline / MB);
        long before = baseline;
        before = measure("language models + identifier", before, () -> {
            SiteLanguageIdentifier identifier = EnrichmentFactory.languageIdentifier(settings);
            identifier.identify(probe);
            return identifier;
        });
        before = measure("topic tagger", before, () -> {
            TopicTagger tagger = EnrichmentFactory.topicTagger(settings);
            tagger.tag(probe, "fr", List.of());
            return tagger;
        });
        before = measure("entity extractor", before, () -> {
            EntityExtractor extractor = EnrichmentFactory.entityExtractor(settings);
            extractor.extract(probe, "fr");
            return extractor;
        });
        before = measure("Tika (project config)", before, TikaParsing::withDefaults);
        System.out.printf("%-32s %10s %14.1f %14.1f%n", "all parts", "-", (before - baseline) / MB, before / MB);
    }

    private static long measure(String part, long before, Supplier<Object> load) {
        long start = System.nanoTime();
        KEPT.add(load.get());
        double millis = (System.nanoTime() - start) / 1e6;
        long after = usedAfterGc();
        System.out.printf("%-32s %10.0f %14.1f %14.1f%n", part, millis, (after - before) / MB, after / MB);
        return after;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
