package io.lede.es.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** The standard {@code dutch} analyzer: Lucene's {@link DutchAnalyzer} with its default stop words and stemmer. */
@NamedComponent("dutch")
public final class DutchAnalyzerFactory implements AnalyzerFactory {
    @Override
    public Analyzer create() {
        return new DutchAnalyzer();
    }
}
