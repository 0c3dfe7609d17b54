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
import io.lede.parse.TikaParsing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * CPU time (not wall time) per call of each enrichment stage and of the whole enrichment, for 1, 5, 20 and
 * 100 KB articles in five languages, in one JVM on one thread. On a machine shared with other jobs wall-clock
 * benchmarks measure the queue for the CPU; the thread's own CPU time does not (caches and frequency still
 * suffer). Tika hands parsing to its own thread, so its line is the whole process's CPU time (GC and JIT
 * included) over batches of ten calls, each sample being a batch's mean per call. Complements the JMH benchmarks ({@link StageBenchmark}, {@link EnrichmentBenchmark}).
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/classpath.txt) io.lede.bench.StageCpuTimes \
 *     [millisPerCell (300)] [warmUpSeconds (20, CPU time, every stage and size)]</pre>
 */
public final class StageCpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StageCpuTimes() {
    }

    public static void main(String[] args) throws Exception {
        long budgetNanos = (args.length > 0 ? Long.parseLong(args[0]) : 300) * 1_000_000L;
        EnrichmentSettings settings = EnrichmentSettings.defaults();
        SiteLanguageIdentifier identifier = EnrichmentFactory.languageIdentifier(settings);
        EntityExtractor entities = EnrichmentFactory.entityExtractor(settings);
        TopicTagger topics = EnrichmentFactory.topicTagger(settings);
        Enricher enricher = new Enricher(identifier, entities, topics);
        ObjectMapper mapper = new ObjectMapper();
        ArticleDocuments documents = new ArticleDocuments(mapper, Clock.systemUTC());
        long warmUpNanos = (args.length > 1 ? Long.parseLong(args[1]) : 20) * 1_000_000_000L;
        try (TikaParsing tika = TikaParsing.withDefaults()) { // let the JIT compile everything first
            long start = THREADS.getCurrentThreadCpuTime();
            while (THREADS.getCurrentThreadCpuTime() - start < warmUpNanos) {
                for (String language : List.of("fr", "en", "de", "es", "it")) {
                    BenchTexts texts = BenchTexts.of(language);
                    for (int kilobytes : new int[] {1, 5, 20}) {
                        Article article = Article.ofText("warm-up", texts.headline(), texts.body(kilobytes * 1024));
                        mapper.writeValueAsBytes(documents.toDocument(enricher.enrich(article), 1L));
                        tika.parse(HtmlPages.page(language, kilobytes * 1024), "text/html; charset=UTF-8", "w.html");
                    }
                }
            }
        }
        System.out.println("| stage | kilobytes | language | calls | median CPU (µs) | p99 CPU (µs) |");
        System.out.println("|---|---|---|---|---|---|");
        try (TikaParsing tika = TikaParsing.withDefaults()) {
            for (int kilobytes : new int[] {1, 5, 20, 100}) {
                for (String language : List.of("fr", "en", "de", "es", "it")) {
                    BenchTexts texts = BenchTexts.of(language);
                    Article article = new Article("/content/news/" + language + "/budget", "", "", texts.headline(),
                            texts.sentence(), texts.body(kilobytes * 1024), null, null, "Local", List.of(), List.of(),
                            language);
                    EnrichedArticle enriched = enricher.enrich(article);
                    Checks.expect(language, enriched.language().language(), "language of the article");
                    byte[] page = HtmlPages.page(language, kilobytes * 1024);
                    row("tika", kilobytes, language, budgetNanos, true,
                            () -> tika.parse(page, "text/html; charset=UTF-8", "bench.html"));
                    row("language", kilobytes, language, budgetNanos, false, () -> identifier.identify(article));
                    row("entities", kilobytes, language, budgetNanos, false, () -> entities.extract(article, language));
                    row("topics", kilobytes, language, budgetNanos, false,
                            () -> topics.tag(article, language, enriched.entities()));
                    row("document", kilobytes, language, budgetNanos, false,
                            () -> mapper.writeValueAsBytes(documents.toDocument(enriched, 1L)));
                    row("whole enrichment", kilobytes, language, budgetNanos, false, () -> enricher.enrich(article));
                }
            }
        }
    }

    private static void row(String stage, int kilobytes, String language, long budgetNanos, boolean process,
                            Callable<?> call) throws Exception {
        measure(call, budgetNanos / 2, process); // warm-up
        long[] samples = measure(call, budgetNanos, process);
        Arrays.sort(samples);
        System.out.printf("| %s | %d | %s | %d | %s | %s |%n", stage, kilobytes, language, samples.length,
                micros(samples[samples.length / 2]), micros(samples[Math.min(samples.length - 1,
                        (int) Math.ceil(samples.length * 0.99) - 1)]));
    }

    private static long[] measure(Callable<?> call, long budgetNanos, boolean process) throws Exception {
        long[] samples = new long[1024];
        int n = 0;
        long spent = 0;
        while ((spent < budgetNanos || n < 20) && n < 100_000) {
            int batch = process ? 10 : 1;
            long before = process ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
            Object result = call.call();
            for (int i = 1; i < batch; i++) {
                result = call.call();
            }
            long took = ((process ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime()) - before) / batch;
            if (result == null) {
                throw new IllegalStateException("no result");
            }
            if (n == samples.length) {
                samples = Arrays.copyOf(samples, n * 2);
            }
            samples[n++] = took;
            spent += took * batch;
        }
        return Arrays.copyOf(samples, n);
    }

    private static String micros(long nanos) {
        return String.format("%,.0f", nanos / 1000.0);
    }
}
