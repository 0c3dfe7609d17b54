package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code spanish} analyzer: Lucene's {@link SpanishAnalyzer} with its default stop words and stemmer. */
@NamedComponent("spanish")
public final class SpanishAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new SpanishAnalyzer();
    }
}
